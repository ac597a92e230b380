import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemProblem } from '../../src/output/folder-problems.js';
import { outputFolderProblem } from '../../src/output/make-folder.js';
import { writeOutputs } from '../../src/output/write.js';

describe('writeOutputs', () => {
  it('replaces the earlier files and leaves no staging folder behind', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old');
    await writeOutputs(out, { 'a.json': 'new', 'b.html': 'page' });
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('new');
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.html']);
  });

  it('keeps the whole earlier report when one file cannot be put in place', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old json');
    await mkdir(join(out, 'b.html', 'blocking'), { recursive: true }); // a non-empty folder where a file should go
    const error = await writeOutputs(out, { 'a.json': 'new json', 'b.html': 'page' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'OUTPUT_FAILED' });
    expect((error as Error).message).toContain('b.html » est un dossier à la place du fichier');
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('old json');
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.html']);
  });

  it('writes the new files together, and leaves the earlier report whole and no staging folder when one of them fails', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old json');
    const files = { 'a.json': 'new json', 'b.html': 'page', 'c.pdf': 42 as unknown as string, 'd.csv': 'rows' };
    const error = await writeOutputs(out, files).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(await readdir(out)).toEqual(['a.json']);
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('old json');
    await writeOutputs(out, { ...files, 'c.pdf': 'pdf' });
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.html', 'c.pdf', 'd.csv']);
  });

  it('undoes the moves already made when a later one fails', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old a');
    await writeFile(join(out, 'b.csv'), 'old b');
    const failing = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const error = await writeOutputs(
      out,
      { 'a.json': 'new a', 'b.csv': 'new b', 'c.pdf': 'new c' },
      { afterMove: (name) => (name === 'b.csv' ? failing() : undefined) },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`Écriture impossible dans ${out} : disque plein. Les fichiers précédents sont conservés.`);
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.csv']);
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('old a');
    expect(await readFile(join(out, 'b.csv'), 'utf8')).toBe('old b');
  });

  it('says in French what is wrong with an output folder under a file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(root, 'file'), 'x');
    const error = await writeOutputs(join(root, 'file', 'sub'), { 'a.json': 'new' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `Écriture impossible : le dossier de sortie ${join(root, 'file', 'sub')} n’est pas utilisable : « ${join(root, 'file')} » est un fichier. Les fichiers précédents sont conservés.`,
    );
  });
});

describe('the output folder, checked before the long work', () => {
  it('names the file in the way, or the folder that is a file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(root, 'file'), 'x');
    expect(await outputFolderProblem(join(root, 'file', 'sub', 'deeper'))).toBe(`« ${join(root, 'file')} » est un fichier`);
    expect(await outputFolderProblem(join(root, 'file'))).toBe('c’est un fichier, pas un dossier');
    expect(await outputFolderProblem(join(root, 'new', 'folder'))).toBeUndefined();
    expect(await outputFolderProblem(root)).toBeUndefined();
  });

  it('says a virtual file system of the kernel (/proc), where no folder can be made', async () => {
    expect(await outputFolderProblem('/proc/self/alpes')).toBe(
      '« /proc/self » est dans un système de fichiers virtuel du système (proc), où aucun dossier ne peut être créé',
    );
    expect(await outputFolderProblem('/proc/alpes-nope/sous')).toBe(
      '« /proc » est dans un système de fichiers virtuel du système (proc), où aucun dossier ne peut être créé',
    );
  });

  it('says each system failure in French', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(systemProblem(error('ENOSPC'), '/out')).toBe('disque plein');
    expect(systemProblem(error('EDQUOT'), '/out')).toBe('quota de disque atteint');
    expect(systemProblem(error('EROFS'), '/out')).toBe('« /out » est sur un disque en lecture seule');
    expect(systemProblem(error('EACCES'), '/out')).toBe('droits insuffisants pour écrire dans « /out »');
  });
});
