import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { abortable } from '../abortable.js';
import { ErrorCode, interrupted, ReportError } from '../errors.js';
import { systemProblem, unusableFolder } from './folder-problems.js';
import { FolderProblem, makeOutputFolder, outputFolderProblem } from './make-folder.js';
import { makeOwnedFolder } from './owned.js';
import { NEW, OLD, recoverFolder, recoverOutputs, STAGING_PREFIX, syncFolder, writeJournal } from './recovery.js';

export interface WriteOptions {
  /** Called after each file is moved into place (tests stop the process there). */
  afterMove?: (name: string) => void | Promise<void>;
  /** What earlier runs left in the folder was finished or undone already (a build does it first, once). */
  recovered?: boolean;
  /**
   * Aborting stops the writing as long as no earlier file has been replaced (the folder made, the
   * new set staged), whatever it waits for: a folder the system never makes cannot hold a Ctrl-C.
   */
  signal?: AbortSignal;
  /** Called when the replacement starts: from then on it is finished (or undone) whatever happens, and not cut short. */
  onReplacing?: () => void;
  /**
   * Earlier outputs the new set no longer holds (`communes/<commune>.pdf` of a commune gone): set aside with the
   * files replaced, so removed with them, or put back with them if the replacement is undone.
   */
  remove?: readonly string[];
}

/** An earlier output the new set no longer holds, moved into the staging folder's old/ (gone already: nothing to do). */
async function setAside(outDir: string, staging: string, name: string): Promise<void> {
  await rename(join(outDir, name), join(staging, OLD, name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Writes a file and forces it to the disk: the journal may say the set is whole only once it is. */
async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A failure of the writing, in French, naming what is wrong with the folder where it can. */
async function writeFailure(outDir: string, cause: unknown): Promise<ReportError> {
  if (cause instanceof ReportError) return cause;
  if (cause instanceof FolderProblem)
    return new ReportError(ErrorCode.OUTPUT_FAILED, `Écriture impossible : ${unusableFolder(outDir, cause.message)}. Les fichiers précédents sont conservés.`, {
      cause,
    });
  const error = cause as NodeJS.ErrnoException;
  const folder = error.code === 'ENOTDIR' || error.code === 'EEXIST' ? await outputFolderProblem(outDir) : undefined;
  const problem = error.code === undefined ? error.message : systemProblem(error, error.path ?? outDir);
  const what = folder === undefined ? `Écriture impossible dans ${outDir} : ${problem}` : `Écriture impossible : ${unusableFolder(outDir, folder)}`;
  return new ReportError(ErrorCode.OUTPUT_FAILED, `${what}. Les fichiers précédents sont conservés.`, { cause });
}

/** Steps before any earlier file moves: the folder made, earlier runs' leftovers recovered, the new set written whole into a staging folder. */
async function stage(outDir: string, files: Readonly<Record<string, string | Uint8Array>>, options: WriteOptions): Promise<string> {
  const names = Object.keys(files);
  const removed = options.remove ?? [];
  const stillWanted = () => {
    if (options.signal?.aborted) throw interrupted();
  };
  let staging: string | undefined;
  try {
    await makeOutputFolder(outDir);
    stillWanted();
    if (!options.recovered) await recoverOutputs(outDir);
    // A folder where a file goes would be moved aside whole: refused before anything moves.
    for (const name of names) {
      const existing = await stat(join(outDir, name)).catch(() => undefined);
      if (existing?.isDirectory()) throw new Error(`« ${join(outDir, name)} » est un dossier à la place du fichier`);
    }
    stillWanted();
    staging = await makeOwnedFolder(outDir, STAGING_PREFIX);
    await mkdir(join(staging, NEW));
    await mkdir(join(staging, OLD));
    for (const name of removed) if (name.includes('/')) await mkdir(join(staging, OLD, dirname(name)), { recursive: true });
    // A file of a subfolder (`communes/<commune>.pdf`) has it in the staging folder's both halves.
    for (const name of names) if (name.includes('/')) for (const half of [NEW, OLD]) await mkdir(join(staging, half, dirname(name)), { recursive: true });
    stillWanted();
    // 1. The new set, whole, in the staging folder: the files written together, their flushes to the disk overlapping
    // (the report's five one after the other: 20 to 120 ms, together 8 to 21); every one ended before anything else.
    const written = await Promise.allSettled(names.map((name) => writeDurably(join(staging!, NEW, name), files[name]!)));
    const failed = written.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    return staging;
  } catch (cause) {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw await writeFailure(outDir, cause);
  }
}

/**
 * Writes the outputs as one set: the folder holds the whole new report or the whole earlier one,
 * never half a file nor a mix, even when the process is killed half-way (see `recovery.ts` for the
 * order of operations and why each crash point is recoverable). What an earlier run left half
 * done in this folder is finished or undone first, unless the caller did it already.
 */
export async function writeOutputs(outDir: string, files: Readonly<Record<string, string | Uint8Array>>, options: WriteOptions = {}): Promise<string[]> {
  const names = Object.keys(files);
  const removed = (options.remove ?? []).filter((name) => !Object.hasOwn(files, name));
  const { signal } = options;
  const staged = stage(outDir, files, { ...options, remove: removed });
  let staging: string;
  try {
    staging = await abortable(staged, signal);
  } catch (error) {
    // Abandoned while staging: what it made is removed once it ends (the next run would otherwise).
    if (signal?.aborted)
      void staged
        .then(
          (folder) => rm(folder, { recursive: true, force: true }),
          () => undefined,
        )
        .catch(() => undefined);
    throw error;
  }
  if (signal?.aborted) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw interrupted();
  }
  options.onReplacing?.();
  const placed: string[] = [];
  try {
    // 2. The journal: from here on, an interrupted replacement is completed by the next run.
    await writeJournal(staging, { direction: 'forward', files: names, removed });
    // 3. Each earlier file set aside, then the new one moved in its place.
    for (const name of names) {
      const target = join(outDir, name);
      if (name.includes('/')) await mkdir(dirname(target), { recursive: true });
      await rename(target, join(staging, OLD, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(join(staging, NEW, name), target);
      placed.push(target);
      await options.afterMove?.(name);
    }
    for (const name of removed) await setAside(outDir, staging, name);
    await syncFolder(outDir);
  } catch (cause) {
    // Undone the same way as a crash would be: the journal says so first.
    const undone = await writeJournal(staging, { direction: 'back', files: names, removed })
      .then(() => recoverFolder(outDir, staging!))
      .then(
        () => true,
        () => false,
      );
    const failure = await writeFailure(outDir, cause);
    if (!undone) {
      throw new ReportError(
        ErrorCode.OUTPUT_FAILED,
        `${failure.message.replace(/ Les fichiers précédents sont conservés\.$/, '')} ` +
          `Le remplacement n’a pas pu être annulé : il le sera à la prochaine exécution.`,
        { cause },
      );
    }
    throw failure;
  }
  // 4. The set is in place: the journal goes first, then the earlier files.
  await rm(join(staging, 'journal.json'), { force: true }).catch(() => undefined);
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  return placed;
}
