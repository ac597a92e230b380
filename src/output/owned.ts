import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Temporary folders this tool makes (the staging folder of the outputs, the printed page, the
 * browser's profile) carry the id of the process that made them: `<prefix><pid>-<random>`. A
 * process killed outright (kill -9, out of memory) cannot remove them; the next run can, knowing
 * which ones belong to a process that is gone — and never touches those of a run still going.
 * A process id is no name for life: in a container the command is process 1 on every run, and a
 * busy system reuses ids. A folder is its named process's only if that process started before the
 * folder was last changed (which is not earlier than its making); otherwise the id now names
 * another process, this one included, and the folder's maker is gone.
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

/** Clock ticks per second of /proc's times: USER_HZ, 100 on every architecture Linux runs Node on. */
const TICKS_PER_SECOND = 100;
/**
 * How much later than a folder's last change a process must have started to be taken for another
 * process than its maker: room for a small step of the system clock (a folder is never taken from
 * a live maker; at worst it waits for a later run).
 */
const CLOCK_SLACK_MS = 1_000;

/** When the system started (ms since the epoch), from /proc/uptime (to the hundredth; /proc/stat's btime is whole seconds); undefined without /proc. */
async function bootTime(): Promise<number | undefined> {
  const text = await readFile('/proc/uptime', 'utf8').catch(() => undefined);
  const uptime = Number(text?.split(' ')[0]);
  return text !== undefined && Number.isFinite(uptime) ? Date.now() - uptime * 1000 : undefined;
}

/**
 * When the process of that id started (ms since the epoch): field 22 of /proc/<pid>/stat (ticks
 * after the boot); for this process without /proc, its uptime (the process's, not a worker
 * thread's like `performance.timeOrigin`). Undefined where the system does not say.
 */
export async function startOf(pid: number): Promise<number | undefined> {
  const own = pid === process.pid ? Date.now() - process.uptime() * 1000 : undefined;
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  const boot = await bootTime();
  if (text === undefined || boot === undefined) return own;
  // The command name is in parentheses and may hold spaces: the third field follows its closing one.
  const ticks = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[22 - 3]);
  return Number.isFinite(ticks) ? boot + (ticks * 1000) / TICKS_PER_SECOND : own;
}

/** Whether the folder's maker, process `owner`, may still be running: the id is alive and started before the folder last changed. */
async function makerRuns(owner: number, folder: string): Promise<boolean> {
  if (owner !== process.pid && !isRunning(owner)) return false;
  const [started, changed] = await Promise.all([
    startOf(owner),
    stat(folder).then(
      (s) => s.mtimeMs,
      () => undefined,
    ),
  ]);
  // Unknown either way: a live id is taken for the maker.
  if (started === undefined || changed === undefined) return true;
  return started <= changed + CLOCK_SLACK_MS;
}

/** The folders under `parent` left by a process that has ended (never one of a process still running, this one's included). */
export async function abandonedFolders(parent: string, prefix: string): Promise<string[]> {
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const owner = entry.isDirectory() ? ownerOf(entry.name, prefix) : undefined;
    if (owner !== undefined && !(await makerRuns(owner, join(parent, entry.name)))) found.push(join(parent, entry.name));
  }
  return found;
}
