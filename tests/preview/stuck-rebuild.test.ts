import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPreview } from '../../src/preview/server.js';
import { VALID_PLIE } from '../bad-input/inputs.js';
import { eventually, fifo } from '../support/fs.js';
import { buildAfter } from '../support/preview.js';

/** While set, reading the data never ends: a read the system never answers (a hung network share). */
const { stuck, reads } = vi.hoisted(() => ({ stuck: { reading: false }, reads: { stuck: 0 } }));
vi.mock('../../src/dataset/load.js', async (original) => {
  const actual = await original<typeof import('../../src/dataset/load.js')>();
  const loadDataset = (...args: Parameters<typeof actual.loadDataset>) => {
    if (!stuck.reading) return actual.loadDataset(...args);
    reads.stuck++;
    return new Promise<never>(() => undefined);
  };
  return { ...actual, loadDataset };
});
afterEach(() => {
  stuck.reading = false;
  reads.stuck = 0;
});

async function yearFolder(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'alpes-stuck-')), '2023');
  await mkdir(dir);
  for (const [name, content] of Object.entries(VALID_PLIE)) await writeFile(join(dir, name), content);
  return dir;
}

/** Saves `name` as editors do: written beside the folder, then renamed into place. */
async function save(dir: string, name: string, content: string): Promise<void> {
  await writeFile(join(dir, '..', name), content);
  await rename(join(dir, '..', name), join(dir, name));
}

describe('a preview build that cannot finish (a read the system never answers)', () => {
  it('is abandoned at its time limit, and said in the page', async () => {
    const dir = await yearFolder();
    // The first build is the stuck one: nothing but the read can make it outlast the limit.
    stuck.reading = true;
    const server = await startPreview({ year: 2023, dataDir: dir, rebuildTimeoutMs: 1_000 });
    try {
      expect(server.current()).toMatchObject({
        version: 1,
        ok: false,
        message:
          'la mise à jour de l’aperçu a été abandonnée après 1 s (un fichier qui ne se lit pas jusqu’au bout ?) : enregistrez de nouveau un fichier pour réessayer',
      });
      const page = await (await fetch(server.url)).text();
      expect(page).toContain('ne peut pas être produit');
      expect(page).toContain('abandonnée après 1 s');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('gives way to the next save, which shows the report again', async () => {
    const dir = await yearFolder();
    const server = await startPreview({ year: 2023, dataDir: dir });
    try {
      expect(server.current().ok).toBe(true);
      const good = server.current().version;
      stuck.reading = true;
      await save(dir, 'etapes.csv', VALID_PLIE['etapes.csv']!);
      // The rebuild is under way, stuck in its read, until the next save abandons it for a new one.
      await eventually(() => reads.stuck > 0, { what: 'une lecture bloquée' });
      expect(server.current().version).toBe(good);
      stuck.reading = false;
      await save(dir, 'etapes.csv', VALID_PLIE['etapes.csv']!);
      const fixed = await buildAfter(server, good);
      expect(fixed).toMatchObject({ ok: true, changed: [join(dir, 'etapes.csv')] });
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('a FIFO in place of an export, in the preview', () => {
  it('is refused at once, named in the page, and the real file put back shows the report again', async () => {
    const dir = await yearFolder();
    const server = await startPreview({ year: 2023, dataDir: dir });
    try {
      expect(server.current().ok).toBe(true);
      // Made beside the folder, then put in place of the export at once.
      await fifo(join(dir, '..', 'fifo'));
      await rename(join(dir, '..', 'fifo'), join(dir, 'etapes.csv'));
      const refused = await buildAfter(server, server.current().version);
      expect(refused.ok).toBe(false);
      expect(refused.issues).toContainEqual(
        expect.objectContaining({ file: expect.stringMatching(/(^|\/)etapes\.csv$/), message: 'un tube nommé (FIFO) se trouve à la place du fichier attendu' }),
      );

      await save(dir, 'etapes.csv', VALID_PLIE['etapes.csv']!);
      let fixed = await buildAfter(server, refused.version);
      while (!fixed.ok) fixed = await buildAfter(server, fixed.version);
      expect(fixed.ok).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
