import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removePrintLeftovers } from '../../src/print/pdf.js';

const previous = process.env.TMPDIR;
afterEach(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
});

describe('what a killed print leaves in the temporary folder', () => {
  it('is removed by the next run, only when its process has ended: a build running alongside keeps its own', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'alpes-leftovers-'));
    const ended = spawnSync('true').pid!;
    const running = spawn('sleep', ['30']);
    try {
      const names = [
        `alpes-print-${ended}-a1b2c3`,
        `alpes-chromium-${ended}-d4e5f6`,
        `alpes-print-${running.pid}-g7h8i9`,
        `alpes-chromium-${running.pid}-j1k2l3`,
        `alpes-chromium-${process.pid}-m4n5o6`,
        'puppeteer_dev_profile-XyZ123',
        'alpes-print-notapid',
      ];
      for (const name of names) await mkdir(join(temp, name, 'Default'), { recursive: true });
      process.env.TMPDIR = temp;
      await removePrintLeftovers();
      expect((await readdir(temp)).sort()).toEqual(names.slice(2).sort());
    } finally {
      running.kill();
    }
  });
});
