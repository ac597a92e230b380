import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a saved file must stay unchanged before the preview reads it. */
export const STABLE_INTERVAL_MS = 50;
/** A file that never stops changing (a log) is read anyway after this long. */
const STABLE_LIMIT_MS = 5_000;

type Stamp = string;
const stampOf = (path: string): Promise<Stamp> =>
  stat(path).then(
    (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
    () => 'absent',
  );

/**
 * Waits until none of `paths` changes (size, modification time, or the file itself replaced) over
 * `interval`: an editor or a spreadsheet can save a large export in several writes, and a file
 * read half-way would show a report with half its rows, marked « ok ». Costs one interval when the
 * save is already over. Gives up waiting at the limit, or as soon as `signal` aborts.
 */
export async function waitUntilStable(paths: readonly string[], signal?: AbortSignal, interval = STABLE_INTERVAL_MS): Promise<void> {
  if (paths.length === 0) return;
  const stamps = () => Promise.all(paths.map(stampOf)).then((all) => all.join('|'));
  const deadline = performance.now() + STABLE_LIMIT_MS;
  let before = await stamps();
  while (!signal?.aborted && performance.now() < deadline) {
    // An abort ends the wait at once, not after the interval.
    if ((await sleep(interval, true, { signal }).catch(() => false)) === false) return;
    const now = await stamps();
    if (now === before) return;
    before = now;
  }
}
