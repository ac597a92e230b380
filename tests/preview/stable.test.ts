import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWhileReading, SHRUNK_INTERVAL_MS, waitUntilStable } from '../../src/preview/stable.js';

/**
 * The waits between two looks at the files, held until the test releases them: what changes
 * between two looks is the test's choice, however slow the machine.
 */
const sleeps = vi.hoisted(() => {
  const held: { ms: number; release: () => void }[] = [];
  let asked: (() => void) | undefined;
  return {
    held,
    all: [] as number[],
    hold(ms: number, signal?: AbortSignal): Promise<unknown> {
      return new Promise((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
        this.all.push(ms);
        held.push({ ms, release: () => resolve(true) });
        asked?.();
      });
    },
    /** The next wait the code asks for (or the one it is in). */
    async next(): Promise<{ ms: number; release: () => void }> {
      while (held.length === 0) await new Promise<void>((resolve) => (asked = resolve));
      return held.shift()!;
    },
  };
});
vi.mock('node:timers/promises', async (original) => ({
  ...(await original<typeof import('node:timers/promises')>()),
  setTimeout: (ms: number, _value: unknown, options?: { signal?: AbortSignal }) => sleeps.hold(ms, options?.signal),
}));
afterEach(() => {
  sleeps.held.length = 0;
  sleeps.all.length = 0;
});

describe('waiting for a saved file to be whole', () => {
  it('waits while the file changes between two looks, and returns once it stays the same for an interval', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'evenements.csv');
    await writeFile(file, 'en-tête\n');
    let settled = false;
    const waiting = waitUntilStable([file], undefined, 250).then(() => (settled = true));
    // A save in ten writes, each one between two looks.
    for (let line = 1; line <= 10; line++) {
      const sleep = await sleeps.next();
      await appendFile(file, `ligne ${line}\n`);
      sleep.release();
    }
    const last = await sleeps.next();
    expect(settled).toBe(false);
    last.release();
    await waiting;
    expect(sleeps.all).toEqual(Array(11).fill(250));
  });

  it('costs a single interval when the file is already whole, and takes a removed file as settled', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'alpes-stable-'));
    const waiting = waitUntilStable([join(folder, 'gone.csv')], undefined, 30);
    (await sleeps.next()).release();
    await waiting;
    expect(sleeps.all).toEqual([30]);
  });

  it('stops waiting as soon as it is aborted, even in the middle of an interval', async () => {
    const aborted = new AbortController();
    aborted.abort();
    await waitUntilStable(['/nonexistent'], aborted.signal, 10_000);
    expect(sleeps.all).toEqual([]);

    const controller = new AbortController();
    const waiting = waitUntilStable(['/nonexistent'], controller.signal, 10_000);
    await sleeps.next();
    controller.abort();
    await waiting;
    expect(sleeps.all).toEqual([10_000]);
  });

  it('waits the longer interval for a CSV cut mid-row, once, and returns when the row is finished', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'evenements.csv');
    await writeFile(file, 'en-tête\nligne 1\nlig');
    const waiting = waitUntilStable([file], undefined, 30);
    (await sleeps.next()).release();
    const longer = await sleeps.next();
    await appendFile(file, 'ne 2\n');
    longer.release();
    (await sleeps.next()).release();
    await waiting;
    expect(sleeps.all).toEqual([30, SHRUNK_INTERVAL_MS, SHRUNK_INTERVAL_MS]);

    // An export without a final line break costs the longer interval once, never more.
    sleeps.all.length = 0;
    const other = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'jeunes.csv');
    await writeFile(other, 'en-tête\nligne sans fin');
    const settled = waitUntilStable([other], undefined, 30);
    (await sleeps.next()).release();
    (await sleeps.next()).release();
    await settled;
    expect(sleeps.all).toEqual([30, SHRUNK_INTERVAL_MS]);
  });

  it('waits the longer interval for a file smaller than at the previous wait (a save rewriting it in parts)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'participants.csv');
    await writeFile(file, 'en-tête\nligne 1\nligne 2\n');
    const first = waitUntilStable([file], undefined, 30);
    (await sleeps.next()).release();
    await first;
    // The first part of the next save: the file truncated, half written.
    await writeFile(file, 'en-tête\n');
    const second = waitUntilStable([file], undefined, 30);
    (await sleeps.next()).release();
    await second;
    expect(sleeps.all).toEqual([30, SHRUNK_INTERVAL_MS]);
  });

  it('lets a file that looks whole be read at once, the read counting only if the file stays the same to the interval’s end', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'participants.csv');
    await writeFile(file, 'en-tête\nligne 1\n');
    // Changed while it was read: the read does not count.
    const check = await settleWhileReading([file], undefined, 60_000);
    expect(check).toBeDefined();
    expect(sleeps.all).toEqual([]);
    const changed = check!();
    const rest = await sleeps.next();
    await appendFile(file, 'ligne 2\n');
    rest.release();
    expect(await changed).toBe(false);
    // The same to the interval's end: it counts.
    const again = await settleWhileReading([file], undefined, 60_000);
    const same = again!();
    (await sleeps.next()).release();
    expect(await same).toBe(true);
  });

  it('waits first, as before, for a CSV cut mid-row or a file smaller than at the previous wait, and then has nothing to check', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'evenements.csv');
    await writeFile(file, 'en-tête\nligne 1\nlig');
    const cut = settleWhileReading([file], undefined, 30);
    (await sleeps.next()).release();
    const longer = await sleeps.next();
    await appendFile(file, 'ne 2\n');
    longer.release();
    (await sleeps.next()).release();
    expect(await cut).toBeUndefined();
    expect(sleeps.all).toEqual([30, SHRUNK_INTERVAL_MS, SHRUNK_INTERVAL_MS]);
    sleeps.all.length = 0;
    await writeFile(file, 'en-tête\n');
    const shrunk = settleWhileReading([file], undefined, 30);
    (await sleeps.next()).release();
    expect(await shrunk).toBeUndefined();
    expect(sleeps.all).toEqual([SHRUNK_INTERVAL_MS]);
  });
});
