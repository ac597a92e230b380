import { mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Temporary folders this tool makes (the staging folder of the outputs, the printed page, the
 * browser's profile) carry the id of the process that made them: `<prefix><pid>-<random>`. A
 * process killed outright (kill -9, out of memory) cannot remove them; the next run can, knowing
 * which ones belong to a process that is gone — and never touches those of a run still going.
 */
export const makeOwnedFolder = (parent: string, prefix: string): Promise<string> => mkdtemp(join(parent, `${prefix}${process.pid}-`));

/** Whether a process of that id is running (EPERM: it is, but another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner's pid named in `<prefix><pid>-<random>`, or undefined for any other name. */
export function ownerOf(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const found = /^(\d+)-[^-/]+$/.exec(name.slice(prefix.length));
  return found ? Number(found[1]) : undefined;
}

/** The folders under `parent` left by a process that has ended (never this process's own). */
export async function abandonedFolders(parent: string, prefix: string): Promise<string[]> {
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .filter((entry) => {
      const owner = ownerOf(entry.name, prefix);
      return owner !== undefined && owner !== process.pid && !isRunning(owner);
    })
    .map((entry) => join(parent, entry.name));
}
