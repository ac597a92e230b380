import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A folder the system never makes (a hung network share): the mkdir never answers.
vi.mock('../../src/output/make-folder.js', async (actual) => ({
  ...(await actual<typeof import('../../src/output/make-folder.js')>()),
  makeOutputFolder: () => new Promise<void>(() => undefined),
}));

const { writeOutputs } = await import('../../src/output/write.js');

describe('writeOutputs, the output folder never made', () => {
  it('stops on an abort all the same, before replacing anything', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'alpes-stuck-')), 'out');
    const controller = new AbortController();
    let replacing = false;
    const writing = writeOutputs(out, { 'a.json': 'new' }, { signal: controller.signal, onReplacing: () => (replacing = true) });
    setTimeout(() => controller.abort(), 20);
    await expect(writing).rejects.toThrow('Interrompu : aucun fichier n’a été écrit.');
    expect(replacing).toBe(false);
  });
});
