import { describe, expect, it } from 'vitest';
import { runningThreads, takeSlot } from '../../src/read/thread-slots.js';

const never = new AbortController().signal;

describe('the reading threads’ slots', () => {
  it('gives at most `limit` slots at once, the next one to the first that asked when one is given back', async () => {
    const order: string[] = [];
    const take = (name: string) =>
      takeSlot(2, never).then((release) => {
        order.push(name);
        return release!;
      });
    const [a, b] = await Promise.all([take('a'), take('b')]);
    const c = take('c');
    const d = take('d');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['a', 'b']);
    expect(runningThreads()).toBe(2);
    a();
    const releaseC = await c;
    expect(order).toEqual(['a', 'b', 'c']);
    b();
    const releaseD = await d;
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    releaseC();
    releaseD();
    expect(runningThreads()).toBe(0);
  });

  it('takes a cancelled wait out of the queue without a slot, and gives none to a wait cancelled before it asked', async () => {
    const first = (await takeSlot(1, never))!;
    const stop = new AbortController();
    const cancelled = takeSlot(1, stop.signal);
    const next = takeSlot(1, never);
    stop.abort();
    expect(await cancelled).toBeUndefined();
    first();
    const release = (await next)!;
    expect(runningThreads()).toBe(1);
    expect(await takeSlot(1, stop.signal)).toBeUndefined();
    release();
    expect(runningThreads()).toBe(0);
  });
});
