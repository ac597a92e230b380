import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitUntilStable } from '../../src/preview/stable.js';

describe('waiting for a saved file to be whole', () => {
  it('waits while the file keeps growing, and returns once it stays the same for an interval', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-stable-')), 'evenements.csv');
    await writeFile(file, 'en-tête\n');
    const interval = 250;
    let settledAt = 0;
    const waiting = waitUntilStable([file], undefined, interval).then(() => (settledAt = performance.now()));
    // A save in several writes, far closer together than the interval.
    let lastWrite = 0;
    for (let line = 1; line <= 10; line++) {
      await appendFile(file, `ligne ${line}\n`);
      lastWrite = performance.now();
      await new Promise((r) => setTimeout(r, 10));
    }
    await waiting;
    expect(settledAt - lastWrite).toBeGreaterThanOrEqual(interval - 5);
  });

  it('costs a single interval when the file is already whole, and takes a removed file as settled', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'alpes-stable-'));
    const start = performance.now();
    await waitUntilStable([join(folder, 'gone.csv')], undefined, 30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(29);
  });

  it('stops waiting as soon as it is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const start = performance.now();
    await waitUntilStable(['/nonexistent'], controller.signal, 10_000);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
