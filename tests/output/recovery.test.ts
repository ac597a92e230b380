import { mkdir, mkdtemp, readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverFolder, recoverOutputs, STAGING_PREFIX, writeJournal } from '../../src/output/recovery.js';
import { writeOutputs } from '../../src/output/write.js';
import { deadPid, eventually } from '../support/fs.js';

const OLD_SET = { 'a.json': 'old a', 'b.csv': 'old b', 'c.html': 'old c' };
const NEW_SET = { 'a.json': 'new a', 'b.csv': 'new b', 'c.html': 'new c', 'd.pdf': 'new d' };

async function outputFolder(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'alpes-recovery-'));
  for (const [name, content] of Object.entries(OLD_SET)) await writeFile(join(out, name), content);
  return out;
}

/** The folder's files and their contents, hidden ones included. */
async function contents(out: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of (await readdir(out)).sort()) found[name] = await readFile(join(out, name), 'utf8').catch(() => '(dossier)');
  return found;
}

/** A replacement frozen after `moves` files were moved into place, as a process killed there leaves it. */
async function frozenAfter(out: string, moves: number): Promise<string> {
  let moved = 0;
  void writeOutputs(out, NEW_SET, { afterMove: () => (++moved === moves ? new Promise<void>(() => undefined) : undefined) });
  await eventually(() => moved === moves, { what: `${moves} fichier(s) déplacé(s)` });
  const [staging] = (await readdir(out)).filter((name) => name.startsWith(STAGING_PREFIX));
  return join(out, staging!);
}

describe('a replacement of the outputs interrupted at any point', () => {
  it('is completed when some files were moved: the new set, whole', async () => {
    for (const moves of [1, 2, 3, 4]) {
      const out = await outputFolder();
      const staging = await frozenAfter(out, moves);
      expect(await recoverFolder(out, staging)).toBe('completed');
      expect(await contents(out)).toEqual(NEW_SET);
    }
  });

  it('is completed when killed between setting a file aside and moving its replacement in', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 1);
    // The second file set aside, its replacement not yet moved: `b.csv` is missing from the folder.
    await rename(join(out, 'b.csv'), join(staging, 'old', 'b.csv'));
    expect(Object.keys(await contents(out))).not.toContain('b.csv');
    expect(await recoverFolder(out, staging)).toBe('completed');
    expect(await contents(out)).toEqual(NEW_SET);
  });

  it('leaves the earlier set when nothing was moved yet, journal written or not', async () => {
    const out = await outputFolder();
    const staging = join(out, `${STAGING_PREFIX}${deadPid()}-abc123`);
    await mkdir(join(staging, 'new'), { recursive: true });
    await mkdir(join(staging, 'old'));
    await writeFile(join(staging, 'new', 'a.json'), 'new a, half wri');
    expect(await recoverOutputs(out)).toEqual([]);
    expect(await contents(out)).toEqual(OLD_SET);

    const complete = join(out, `${STAGING_PREFIX}${deadPid()}-def456`);
    await mkdir(join(complete, 'new'), { recursive: true });
    await mkdir(join(complete, 'old'));
    for (const [name, content] of Object.entries(NEW_SET)) await writeFile(join(complete, 'new', name), content);
    await writeJournal(complete, { direction: 'forward', files: Object.keys(NEW_SET) });
    expect(await recoverOutputs(out)).toEqual([]);
    expect(await contents(out)).toEqual(OLD_SET);
  });

  it('is undone when the run had started undoing it, even if killed while undoing', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 3);
    await writeJournal(staging, { direction: 'back', files: Object.keys(NEW_SET) });
    // Killed half-way through the undoing: `a.json` is back, `b.csv` and `c.html` are still the new ones.
    await rename(join(out, 'a.json'), join(staging, 'new', 'a.json'));
    await rename(join(staging, 'old', 'a.json'), join(out, 'a.json'));
    expect(await recoverFolder(out, staging)).toBe('undone');
    expect(await contents(out)).toEqual(OLD_SET);
  });

  it('only removes the staging folder once every file is in place', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 4);
    await writeFile(join(staging, 'journal.json'), '');
    await rename(join(staging, 'journal.json'), join(staging, 'gone'));
    expect(await recoverFolder(out, staging)).toBe('removed');
    expect(await contents(out)).toEqual(NEW_SET);
  });

  it('finishes only what an ended process left, and says so', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 2);
    // This process is alive: its own replacement under way is left alone.
    expect(await recoverOutputs(out)).toEqual([]);
    expect(await readdir(staging)).toContain('journal.json');
    await rename(staging, join(out, `${STAGING_PREFIX}${deadPid()}-xyz789`));
    const said = await recoverOutputs(out);
    expect(said).toEqual([`Le remplacement des fichiers de ${out}, interrompu lors d’une exécution précédente, a été terminé.`]);
    expect(await contents(out)).toEqual(NEW_SET);
  });

  it('is completed when its folder bears this process’s own id but is older than this process (a container’s process 1, run again)', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 2);
    const earlierRun = join(out, `${STAGING_PREFIX}${process.pid}-pid001`);
    await rename(staging, earlierRun);
    const before = new Date(Date.now() - process.uptime() * 1000 - 60_000);
    await utimes(earlierRun, before, before);
    expect(await recoverOutputs(out)).toEqual([`Le remplacement des fichiers de ${out}, interrompu lors d’une exécution précédente, a été terminé.`]);
    expect(await contents(out)).toEqual(NEW_SET);
  });

  it('is finished by the next write into the folder, which then replaces the set whole', async () => {
    const out = await outputFolder();
    const staging = await frozenAfter(out, 1);
    await rename(staging, join(out, `${STAGING_PREFIX}${deadPid()}-next01`));
    await writeOutputs(out, { 'a.json': 'newest a' });
    expect(await contents(out)).toEqual({ ...NEW_SET, 'a.json': 'newest a' });
  });
});
