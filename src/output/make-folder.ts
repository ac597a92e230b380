import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, stat, statfs } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { kindOf } from '../files/describe.js';
import { systemProblem } from './folder-problems.js';

/*
 * The output folder is made level by level, never with `mkdir({ recursive: true })`: on a file
 * system that answers ENOENT to any new name (/proc, /sys), Node's recursive mkdir makes the
 * parent (EEXIST), retries the child (ENOENT) and loops for ever at full CPU. Here every level is
 * one plain mkdir, and any failure is said in French.
 */

/**
 * Virtual file systems of the kernel (statfs `f_type`, linux/magic.h): no folder of the user's can
 * be made there, and some of them answer ENOENT rather than EACCES, even to root.
 */
const VIRTUAL_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x62656570, 'configfs'],
  [0x6165676c, 'pstore'],
  [0xcafe4a11, 'bpf'],
  [0xde5e81e4, 'efivarfs'],
  [0xf97cff8c, 'selinuxfs'],
  [0x1cd1, 'devpts'],
]);

const virtualProblem = (path: string, name: string) =>
  `« ${path} » est dans un système de fichiers virtuel du système (${name}), où aucun dossier ne peut être créé`;

/** The nearest part of `path` that exists (the path itself, or where it will be made), with what stands there; undefined if nothing does. */
async function nearestExisting(path: string): Promise<{ path: string; stats: Stats } | NodeJS.ErrnoException | undefined> {
  for (let at = path; ;) {
    const found = await lstat(at).catch((error: NodeJS.ErrnoException) => error);
    if (!(found instanceof Error)) {
      // A link is followed: a link to a folder is a folder; a broken one is said as such.
      if (!found.isSymbolicLink()) return { path: at, stats: found };
      const target = await stat(at).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) return Object.assign(new Error(`« ${at} » est un lien symbolique cassé`), { code: 'EBROKENLINK' });
      return { path: at, stats: target };
    }
    if (found.code !== 'ENOENT' && found.code !== 'ENOTDIR') return Object.assign(found, { path: at });
    const parent = dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}

/**
 * Why the output folder (existing or to be made) cannot take the report, or undefined: the
 * nearest existing part of its path must be a folder this process may write into, on a file
 * system where folders can be made. Paths are said as the user wrote them.
 */
export async function outputFolderProblem(outDir: string): Promise<string | undefined> {
  const found = await nearestExisting(outDir);
  if (found === undefined) return undefined;
  if (found instanceof Error) return found.code === 'EBROKENLINK' ? found.message : systemProblem(found, found.path ?? outDir);
  const { path, stats } = found;
  if (!stats.isDirectory()) {
    const kind = stats.isFile() ? 'un fichier' : kindOf(stats);
    return path === outDir ? `c’est ${kind}, pas un dossier` : `« ${path} » est ${kind}`;
  }
  const system = await statfs(path).then(
    (info) => VIRTUAL_FILE_SYSTEMS.get(info.type),
    () => undefined,
  );
  if (system !== undefined) return virtualProblem(path, system);
  try {
    await access(path, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return systemProblem(error as NodeJS.ErrnoException, path);
  }
}

/** A failure to make the output folder, the French reason in its message. */
export class FolderProblem extends Error {}

/**
 * Makes the output folder and every missing level above it, each with one plain mkdir (a bounded
 * number of calls, whatever the file system answers). Throws a `FolderProblem` saying what is wrong.
 */
export async function makeOutputFolder(outDir: string): Promise<void> {
  const problem = await outputFolderProblem(outDir);
  if (problem !== undefined) throw new FolderProblem(problem);
  const existing = await nearestExisting(outDir);
  if (existing instanceof Error) throw new FolderProblem(systemProblem(existing, existing.path ?? outDir));
  const base = existing?.path ?? '';
  const rest = (existing === undefined ? outDir : relative(base, outDir)).split(sep).filter((part) => part !== '');
  let at = existing === undefined ? (outDir.startsWith(sep) ? sep : '') : base;
  for (const part of rest) {
    at = at === '' ? part : join(at, part);
    try {
      await mkdir(at);
    } catch (cause) {
      const error = cause as NodeJS.ErrnoException;
      // Made meanwhile by someone else: fine if it is a folder.
      if (error.code === 'EEXIST') {
        const stats = await stat(at).catch(() => undefined);
        if (stats?.isDirectory()) continue;
        throw new FolderProblem(
          stats === undefined ? `« ${at} » est un lien symbolique cassé` : `« ${at} » est ${stats.isFile() ? 'un fichier' : kindOf(stats)}`,
        );
      }
      // A file system that refuses new names without saying why (a virtual one the list above does not know).
      if (error.code === 'ENOENT') throw new FolderProblem(`impossible de créer « ${at} » : ce système de fichiers n’accepte pas de nouveau dossier`);
      throw new FolderProblem(systemProblem(error, at));
    }
  }
}
