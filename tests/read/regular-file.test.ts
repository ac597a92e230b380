import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegular, readRegularBytes, readRegularText } from '../../src/read/regular-file.js';
import { fifo } from '../support/fs.js';

describe('opening only regular files', () => {
  it('says what stands instead of a file, without blocking on a FIFO', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-regular-'));
    await fifo(join(dir, 'fifo.csv'));
    await symlink(join(dir, 'nowhere.csv'), join(dir, 'broken.csv'));
    expect(await openRegular(join(dir, 'fifo.csv'))).toEqual({ problem: 'un tube nommé (FIFO) se trouve à la place du fichier attendu', absent: false });
    expect(await openRegular(dir)).toEqual({ problem: 'un dossier se trouve à la place du fichier attendu', absent: false });
    expect(await openRegular(join(dir, 'broken.csv'))).toMatchObject({ problem: expect.stringContaining('lien symbolique cassé'), absent: false });
    expect(await openRegular(join(dir, 'none.csv'))).toEqual({ problem: 'fichier introuvable', absent: true });
  });

  it('reads a text within its bound, and refuses a larger one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-regular-'));
    await writeFile(join(dir, 'a.md'), '\uFEFFBonjour');
    expect(await readRegularText(join(dir, 'a.md'), 100)).toEqual({ text: 'Bonjour' });
    expect(await readRegularText(join(dir, 'a.md'), 4)).toEqual({
      problem: 'fichier de 1\u202fKo, au-delà de la limite de 1\u202fKo pour ce fichier',
      absent: false,
      tooLarge: true,
    });
    expect(await readRegularBytes(join(dir, 'a.md'), 10)).toEqual({ bytes: Buffer.from('\uFEFFBonjour') });
    expect(await readRegularBytes(dir, 10)).toEqual({ problem: 'un dossier se trouve à la place du fichier attendu', absent: false });
  });
});
