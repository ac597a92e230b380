import { access, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, ReportError } from '../errors.js';
import { abandonedFolders } from './owned.js';

/*
 * Replacing a set of outputs so that a crash at any point leaves the folder with one whole set.
 *
 * Each replacement works in a staging folder inside the output folder (same disk: a rename is
 * atomic), named after its process: S = `<out>/.alpes-report-<pid>-<random>/`, holding
 *   new/<name>     the new files, until moved into place;
 *   old/<name>     the files they replace, set aside;
 *   journal.json   { direction: "forward" | "back", files: [names], removed: [names] }, written
 *                  whole (temporary file, sync, rename), so that it is either absent or complete;
 *                  `removed` are earlier outputs the new set no longer holds (a commune's PDF).
 *
 * The order, and what a crash after each step leaves:
 *   1. every new file written into new/ and synced.      No journal: nothing has moved; the next
 *                                                         run removes S, the earlier set is whole.
 *   2. the journal, direction forward.                   The new set is whole in S; no file moved
 *                                                         yet: the next run removes S.
 *   3. for each file: <out>/<name> → old/<name>,          Some files moved (a new/ file missing or
 *      then new/<name> → <out>/<name>; then each         an old/ one present): the next run moves
 *      removed one: <out>/<name> → old/<name>.           the rest of new/ in, and the removed
 *                                                         ones to old/ (forward).
 *   4. the journal removed, then S.                      No journal but every move done: removing
 *                                                         S is all that is left.
 * A failure in step 3 within the run (a file that cannot be replaced) first rewrites the journal
 * with direction back, then undoes: each moved file goes back to new/, each set-aside file back
 * to its place. Both ways are idempotent (a crash while recovering is recovered again): a name is
 * "moved" exactly when new/<name> is absent, which only the move into place (forward) and the
 * return to new/ (back) change.
 *
 * Recovery runs before anything else of a build (even one that then fails on its data), and only
 * on staging folders whose maker has ended (see `owned.ts`): two builds into one folder never undo each other.
 */

export const STAGING_PREFIX = '.alpes-report-';
export const NEW = 'new';
export const OLD = 'old';
const JOURNAL = 'journal.json';

const journalSchema = z.object({ direction: z.enum(['forward', 'back']), files: z.array(z.string()), removed: z.array(z.string()).default([]) });
export type Journal = z.input<typeof journalSchema>;

/** Forces a folder's entries (the renames) to the disk; a file system that cannot is left to its own pace. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export async function writeJournal(staging: string, journal: Journal): Promise<void> {
  const temporary = join(staging, `${JOURNAL}.tmp`);
  const handle = await open(temporary, 'w', 0o644);
  try {
    await handle.writeFile(JSON.stringify(journal));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, join(staging, JOURNAL));
  await syncFolder(staging);
}

async function readJournal(staging: string): Promise<z.output<typeof journalSchema> | undefined> {
  const text = await readFile(join(staging, JOURNAL), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = journalSchema.safeParse(value);
  // Names are ours (a file, or a file of a subfolder: `communes/<commune>.pdf`); one that would leave the folder is no journal of ours.
  if (
    !parsed.success ||
    [...parsed.data.files, ...parsed.data.removed].some(
      (name) => name.split('/').some((part) => part === '' || part === '..' || part === '.') || name.split('/').length > 2,
    )
  ) {
    return undefined;
  }
  return parsed.data;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Moves, ignoring a source that is already gone (a step done before a crash). */
const move = async (from: string, to: string) => {
  if (!(await exists(from))) return;
  // A subfolder's file (`communes/<commune>.pdf`) whose folder a crash left unmade.
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
};

/** What recovery did to a staging folder: `completed` the replacement, `undone` it, or only `removed` the folder. */
export type Recovery = 'completed' | 'undone' | 'removed';

/** Finishes or undoes one staging folder's replacement following its journal, then removes the folder. */
export async function recoverFolder(outDir: string, staging: string): Promise<Recovery> {
  const journal = await readJournal(staging);
  let done: Recovery = 'removed';
  if (journal !== undefined) {
    const movedOne = async () => {
      for (const name of journal.files) {
        if (!(await exists(join(staging, NEW, name))) || (await exists(join(staging, OLD, name)))) return true;
      }
      for (const name of journal.removed) if (await exists(join(staging, OLD, name))) return true;
      return false;
    };
    if (journal.direction === 'forward' && (await movedOne())) {
      for (const name of journal.files) await move(join(staging, NEW, name), join(outDir, name));
      for (const name of journal.removed) await move(join(outDir, name), join(staging, OLD, name));
      done = 'completed';
    } else if (journal.direction === 'back') {
      for (const name of journal.files) {
        const target = join(outDir, name);
        if (!(await exists(join(staging, NEW, name))) && (await exists(target))) await rename(target, join(staging, NEW, name));
        await move(join(staging, OLD, name), target);
      }
      for (const name of journal.removed) await move(join(staging, OLD, name), join(outDir, name));
      done = 'undone';
    }
    await syncFolder(outDir);
    await rm(join(staging, JOURNAL), { force: true });
  }
  await rm(staging, { recursive: true, force: true });
  return done;
}

/**
 * Finishes or undoes every replacement of outputs that an ended process left in `outDir`, so that
 * the folder holds one whole set. Says in French what it did (for a notice), nothing if nothing was left.
 */
export async function recoverOutputs(outDir: string): Promise<string[]> {
  const said: string[] = [];
  for (const staging of await abandonedFolders(outDir, STAGING_PREFIX)) {
    let done: Recovery;
    try {
      done = await recoverFolder(outDir, staging);
    } catch (cause) {
      throw new ReportError(
        ErrorCode.OUTPUT_FAILED,
        `le remplacement des fichiers de ${outDir} interrompu lors d’une exécution précédente ne peut être ` +
          `ni terminé ni annulé (${(cause as Error).message}) : le dossier ${staging} garde les deux versions`,
        { cause },
      );
    }
    if (done === 'completed') said.push(`Le remplacement des fichiers de ${outDir}, interrompu lors d’une exécution précédente, a été terminé.`);
    if (done === 'undone')
      said.push(`Le remplacement des fichiers de ${outDir}, interrompu lors d’une exécution précédente, a été annulé : le rapport précédent est en place.`);
  }
  return said;
}
