import { mkdir, mkdtemp, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderProblem, makeOutputFolder } from '../../src/output/make-folder.js';
import { writeOutputs } from '../../src/output/write.js';

const problemOf = (outDir: string) =>
  makeOutputFolder(outDir).then(
    () => undefined,
    (error: unknown) => error,
  );

describe('makeOutputFolder', () => {
  it('makes every missing level, and accepts a folder that exists or a link to one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-mk-'));
    await makeOutputFolder(join(root, 'a', 'b', 'c'));
    expect((await stat(join(root, 'a', 'b', 'c'))).isDirectory()).toBe(true);
    await makeOutputFolder(join(root, 'a', 'b', 'c'));
    await symlink(join(root, 'a'), join(root, 'lien'));
    await makeOutputFolder(join(root, 'lien', 'd'));
    expect((await stat(join(root, 'a', 'd'))).isDirectory()).toBe(true);
  });

  it('fails at once, in French, where Node’s recursive mkdir loops for ever (/proc answers ENOENT)', async () => {
    const error = await problemOf('/proc/alpes-nope/sous');
    expect(error).toBeInstanceOf(FolderProblem);
    expect((error as Error).message).toBe('« /proc » est dans un système de fichiers virtuel du système (proc), où aucun dossier ne peut être créé');
  });

  it('names a file or a broken link in the way', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-mk-'));
    await writeFile(join(root, 'fichier'), 'x');
    await symlink(join(root, 'absent'), join(root, 'casse'));
    expect(((await problemOf(join(root, 'fichier', 'sous'))) as Error).message).toBe(`« ${join(root, 'fichier')} » est un fichier`);
    expect(((await problemOf(join(root, 'casse', 'sous'))) as Error).message).toBe(`« ${join(root, 'casse')} » est un lien symbolique cassé`);
  });
});

describe('writeOutputs, aborted', () => {
  it('writes nothing once aborted before the replacement, and says it was interrupted', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-mk-'));
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out', 'a.json'), 'old');
    const controller = new AbortController();
    controller.abort();
    let replacing = false;
    const error = await writeOutputs(join(root, 'out'), { 'a.json': 'new' }, { signal: controller.signal, onReplacing: () => (replacing = true) }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('Interrompu : aucun fichier n’a été écrit.');
    expect(replacing).toBe(false);
    expect((await stat(join(root, 'out', 'a.json'))).size).toBe(3);
  });
});
