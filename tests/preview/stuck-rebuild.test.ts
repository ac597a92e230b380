import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startPreview, type BuildOutcome, type PreviewServer } from '../../src/preview/server.js';
import { VALID_PLIE } from '../bad-input/inputs.js';

/** Resolves with the first build after `version` that `server` finishes. */
async function buildAfter(server: PreviewServer, version: number, ms = 30_000): Promise<BuildOutcome> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
    if (server.current().version > version) return server.current();
  }
  throw new Error('pas de nouvelle construction');
}

/** A reader left blocked opening the FIFO gets its end of file (and frees its thread). */
async function release(fifo: string): Promise<void> {
  const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
  await writer?.close();
}

describe('a preview rebuild that cannot finish', () => {
  it('never freezes the preview: bounded in time, said in the page, and the next save shows the report again', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'alpes-stuck-')), '2023');
    await mkdir(dir);
    for (const [name, content] of Object.entries(VALID_PLIE)) await writeFile(join(dir, name), content);
    const server = await startPreview({ year: 2023, dataDir: dir, rebuildTimeoutMs: 3_000 });
    try {
      expect(server.current().ok).toBe(true);
      // An export replaced by a named pipe that nobody writes: reading it would wait for ever.
      // Made beside the folder, then put in place of the export at once.
      const steps = join(dir, 'etapes.csv');
      const fifo = join(dir, '..', 'fifo');
      await promisify(execFile)('mkfifo', [fifo]);
      await rename(fifo, steps);
      const stuck = await buildAfter(server, server.current().version);
      expect(stuck.ok).toBe(false);
      // Abandoned after its time limit, or the FIFO refused outright.
      expect(`${stuck.message} ${stuck.issues.map((i) => i.message).join(' ')}`).toMatch(/abandonnée après 3 s|FIFO/);
      const page = await (await fetch(server.url)).text();
      expect(page).toContain('ne peut pas être produit');

      await release(steps);
      const version = server.current().version;
      await writeFile(join(dir, '..', 'etapes.csv'), VALID_PLIE['etapes.csv']);
      await rename(join(dir, '..', 'etapes.csv'), steps);
      let fixed = await buildAfter(server, version);
      while (!fixed.ok) fixed = await buildAfter(server, fixed.version);
      expect(fixed.ok).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
