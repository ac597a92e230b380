import { interrupted, ReportError } from './errors.js';

/**
 * The work, or a rejection as soon as `signal` aborts (or at once, if it already has): whatever the
 * work waits for (a read the system never answers, a browser that hangs), an abort is never
 * ignored. The abandoned work runs on unheard. The rejection is the signal's reason when that is a
 * `ReportError` (a time limit says why), `interrupted()` otherwise (Ctrl-C, SIGTERM, a newer build).
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof ReportError ? signal.reason : interrupted());
    if (signal.aborted) {
      onAbort();
      // Settled already: the work's outcome is not heard, but a failure of it is not left unhandled.
      work.catch(() => undefined);
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
