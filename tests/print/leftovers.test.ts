import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removePrintLeftovers } from '../../src/print/browser.js';
import { deadPid } from '../support/fs.js';

const previous = process.env.TMPDIR;
afterEach(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
});

/** An hour before now: long before this process, or the `sleep` the test starts, began. */
const anHourAgo = () => new Date(Date.now() - 3_600_000);

describe('what a killed print leaves in the temporary folder', () => {
  it('is removed by the next run when its process has ended or its id now names a later process (a container’s process 1): a build running alongside keeps its own', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'alpes-leftovers-'));
    const ended = deadPid();
    const running = spawn('sleep', ['30']);
    try {
      const removed = [
        `alpes-print-${ended}-a1b2c3`,
        `alpes-chromium-${ended}-d4e5f6`,
        // This process's own id, on folders older than this process: an earlier run that had the same id (in a container, process 1 every time).
        `alpes-chromium-${process.pid}-p1q2r3`,
        `alpes-print-${process.pid}-s4t5u6`,
        // A live process's id, on a folder older than that process: the id was reused.
        `alpes-chromium-${running.pid}-v7w8x9`,
      ];
      const kept = [
        `alpes-print-${running.pid}-g7h8i9`,
        `alpes-chromium-${running.pid}-j1k2l3`,
        `alpes-chromium-${process.pid}-m4n5o6`,
        'puppeteer_dev_profile-XyZ123',
        'alpes-print-notapid',
      ];
      for (const name of [...removed, ...kept]) await mkdir(join(temp, name, 'Default'), { recursive: true });
      for (const name of removed.slice(2)) await utimes(join(temp, name), anHourAgo(), anHourAgo());
      process.env.TMPDIR = temp;
      await removePrintLeftovers();
      expect((await readdir(temp)).sort()).toEqual(kept.sort());
    } finally {
      running.kill();
    }
  });
});
