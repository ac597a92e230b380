import { open, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a saved file must stay unchanged before the preview reads it. */
export const STABLE_INTERVAL_MS = 50;
/**
 * How long a file that got smaller since the last look of an earlier wait must stay unchanged: a
 * spreadsheet that saves in several writes first truncates the file, then writes it in parts that
 * may be far apart (0,45 s seen). Only such saves pay it; a save that grows the file or keeps its
 * size costs `STABLE_INTERVAL_MS`.
 */
export const SHRUNK_INTERVAL_MS = 600;
/** A file that never stops changing (a log) is read anyway after this long. */
const STABLE_LIMIT_MS = 5_000;

/** Each file's size at the end of the last wait: a file smaller now is being rewritten (bounded by the files the preview watches). */
const settledSizes = new Map<string, number>();

interface Look {
  stamp: string;
  size: number | undefined;
  /** A CSV export whose last byte is not a line break is cut mid-row: still being written. */
  cut: boolean;
}

async function lastByteIsBreak(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return true;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    // UTF-16 exports end with `\n\0`: the break is one byte earlier.
    return bytesRead === 1 && (buffer[0] === 0x0a || buffer[0] === 0x0d || buffer[0] === 0x00);
  } finally {
    await handle.close();
  }
}

async function look(path: string): Promise<Look> {
  const s = await stat(path).catch(() => undefined);
  if (s === undefined) return { stamp: 'absent', size: undefined, cut: false };
  const cut = s.isFile() && s.size > 0 && path.toLowerCase().endsWith('.csv') && !(await lastByteIsBreak(path, s.size));
  return { stamp: `${s.ino}:${s.size}:${s.mtimeMs}`, size: s.size, cut };
}

/** How a file looks (its inode, size and modification time; `absent`): another look differs once it is written. */
export const stampOf = async (path: string): Promise<string> => (await look(path)).stamp;

/**
 * Waits until none of `paths` changes (size, modification time, or the file itself replaced) over
 * `interval`: an editor or a spreadsheet can save a large export in several writes, and a file
 * read half-way would show a report with half its rows, marked « ok ». Two cheap signals more make
 * the wait the longer `SHRUNK_INTERVAL_MS`: a file smaller than at the end of the previous wait
 * (rewritten from the start), and a CSV export whose last byte is not a line break (cut mid-row;
 * or an export without a final line break, which then costs that interval once, never more). Costs one interval when the save is already over. Gives up
 * waiting at the limit, or as soon as `signal` aborts.
 */
export async function waitUntilStable(paths: readonly string[], signal?: AbortSignal, interval = STABLE_INTERVAL_MS): Promise<void> {
  if (paths.length === 0) return;
  const looks = () => Promise.all(paths.map(look));
  const deadline = performance.now() + STABLE_LIMIT_MS;
  let before = await looks();
  const shrunk = before.some((now, i) => now.size !== undefined && now.size < (settledSizes.get(paths[i]!) ?? 0));
  let wait = shrunk ? Math.max(interval, SHRUNK_INTERVAL_MS) : interval;
  try {
    while (!signal?.aborted && performance.now() < deadline) {
      // An abort ends the wait at once, not after the interval.
      if ((await sleep(wait, true, { signal }).catch(() => false)) === false) return;
      const now = await looks();
      const same = now.every((file, i) => file.stamp === before[i]!.stamp);
      before = now;
      // A file cut mid-row that stays so may just lack a final line break: confirmed over the longer interval, once.
      if (same && (wait >= SHRUNK_INTERVAL_MS || !now.some((file) => file.cut))) return;
      if (same) wait = SHRUNK_INTERVAL_MS;
    }
  } finally {
    before.forEach((file, i) => (file.size === undefined ? settledSizes.delete(paths[i]!) : settledSizes.set(paths[i]!, file.size)));
  }
}

/**
 * The wait of `waitUntilStable` overlapped with the work that reads the files (the preview's
 * rebuild, 100 ms and more): when a first look finds nothing amiss (no file smaller than at the
 * previous wait, no CSV cut mid-row), returns at once a check to call once the files are read.
 * The check says whether every file kept its first look until `interval` after it at least (it
 * waits for what is left of the interval): then the files were read inside a quiet interval, which
 * is what the wait guarantees, and the work counts; otherwise it is done again. When the first look
 * finds something amiss, waits as `waitUntilStable` does (the longer interval) and returns undefined.
 */
export async function settleWhileReading(
  paths: readonly string[],
  signal?: AbortSignal,
  interval = STABLE_INTERVAL_MS,
): Promise<(() => Promise<boolean>) | undefined> {
  if (paths.length === 0) return undefined;
  const start = performance.now();
  const first = await Promise.all(paths.map(look));
  const shrunk = first.some((now, i) => now.size !== undefined && now.size < (settledSizes.get(paths[i]!) ?? 0));
  if (shrunk || first.some((file) => file.cut)) {
    await waitUntilStable(paths, signal, interval);
    return undefined;
  }
  return async () => {
    const left = start + interval - performance.now();
    if (left > 0 && (await sleep(left, true, { signal }).catch(() => false)) === false) return false;
    const now = await Promise.all(paths.map(look));
    now.forEach((file, i) => (file.size === undefined ? settledSizes.delete(paths[i]!) : settledSizes.set(paths[i]!, file.size)));
    return !signal?.aborted && now.every((file, i) => file.stamp === first[i]!.stamp && !file.cut);
  };
}
