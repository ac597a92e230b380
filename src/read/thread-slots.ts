/**
 * The reading threads of every file read in parts share a few slots (one a core): the parts of
 * several files queue for them in the order their reads started, instead of all running at once.
 * On 2 cores, the events' and the proposals' threads together would only share the cores and hold
 * twice the memory; queued, the next file's parts start as the last one's end, and the main thread
 * reads the exports that no thread can (`jeunes.csv`, `aides.csv`) meanwhile.
 */
let running = 0;
/** The most that ran at once since `mostThreadsAtOnce` was last asked. */
let most = 0;
const waiting: { limit: number; start: () => void }[] = [];

function next(): void {
  const k = waiting.findIndex((w) => running < w.limit);
  if (k === -1) return;
  const [first] = waiting.splice(k, 1);
  running++;
  most = Math.max(most, running);
  first!.start();
}

/**
 * Resolves once fewer than `limit` reading threads run (in the order asked), with the function
 * that gives the slot back; `cancelled` leaves the queue without a slot (Ctrl-C, a part that failed).
 */
export function takeSlot(limit: number, cancelled: AbortSignal): Promise<(() => void) | undefined> {
  return new Promise((resolve) => {
    if (cancelled.aborted) return resolve(undefined);
    let given = false;
    const entry = {
      limit,
      start: () => {
        given = true;
        resolve(() => {
          running--;
          next();
        });
      },
    };
    cancelled.addEventListener(
      'abort',
      () => {
        if (given) return;
        waiting.splice(waiting.indexOf(entry), 1);
        resolve(undefined);
      },
      { once: true },
    );
    waiting.push(entry);
    next();
  });
}

/** How many reading threads run now (for tests). */
export const runningThreads = (): number => running;

/** The most reading threads that ran at once since the last call (for tests); counting starts again from those running now. */
export function mostThreadsAtOnce(): number {
  const seen = most;
  most = running;
  return seen;
}
