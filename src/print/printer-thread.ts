import { Worker } from 'node:worker_threads';
import { ErrorCode, interrupted, ReportError } from '../errors.js';
import { destinationPages } from './page-map.js';
import type { PrinterOptions, PrintJob } from './pdf.js';
import type { FromPrinter, ToPrinter } from './printer-messages.js';

/** The thread's module beside this one; run from the TypeScript sources (tests), it needs tsx's loader. */
function startThread(workerData: { timeoutMs?: number }): Worker {
  const self = import.meta.url;
  return self.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./printer.worker.ts', self).href)}); });`,
        { workerData, eval: true },
      )
    : new Worker(new URL('./printer.worker.js', self), { workerData });
}

interface Waiting {
  onPrinting?: () => void;
  done: (pdf: Uint8Array) => void;
  fail: (error: ReportError) => void;
}

/**
 * A `Printer` (pdf.ts) in a thread of its own: puppeteer's modules (0,3 s to load), Chromium's
 * launch and the print's messages take the second core rather than the build's thread, which reads
 * the data meanwhile. Same prints, same failures (its `ReportError`s, by code and message), same
 * abort: a print stops at once, and `close` ends the browser. The contents' page numbers, when asked
 * for, are read back with `destinationPages`, the one reader there is.
 */
export class PrinterThread {
  private readonly thread: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private readonly ended: Promise<void>;
  private next = 0;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: PrinterOptions = {}) {
    this.thread = startThread({ timeoutMs: options.timeoutMs });
    this.thread.on('message', (message: FromPrinter) => {
      const job = this.waiting.get(message.id);
      if (message.kind === 'printing') job?.onPrinting?.();
      else if (message.kind === 'printed') job?.done(message.pdf);
      else job?.fail(new ReportError(message.code, message.message));
    });
    const failAll = (cause: unknown) => {
      for (const job of this.waiting.values()) job.fail(new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${String(cause)}`, { cause }));
    };
    this.thread.on('error', failAll);
    this.ended = new Promise((resolve) =>
      this.thread.once('exit', () => {
        failAll('l’impression s’est arrêtée');
        resolve();
      }),
    );
  }

  /** As `Printer.print`; the job's `previousPages` are awaited first (read while the data was). */
  async print(html: string, job: PrintJob): Promise<Uint8Array> {
    const { signal } = this.options;
    if (signal?.aborted) throw interrupted();
    if (this.closing !== undefined) throw new ReportError(ErrorCode.RENDER_FAILED, 'Échec de l’impression du PDF : le navigateur est fermé');
    if (job.pageNumbers !== undefined && job.pageNumbers !== destinationPages)
      throw new Error('PrinterThread reads the page numbers with destinationPages only');
    const previousPages = await job.previousPages;
    if (signal?.aborted) throw interrupted();
    const id = this.next++;
    let onAbort = () => undefined as void;
    try {
      return await new Promise<Uint8Array>((done, fail) => {
        onAbort = () => fail(interrupted());
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.set(id, { onPrinting: job.onPrinting, done, fail });
        const message: ToPrinter = {
          kind: 'print',
          id,
          html,
          date: job.date.getTime(),
          contents: job.pageNumbers !== undefined,
          previousPages: previousPages && [...previousPages],
        };
        this.thread.postMessage(message);
      });
    } finally {
      this.waiting.delete(id);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Ends the browser (started or not) and the thread; the same promise on every call. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.thread.postMessage({ kind: 'close' } satisfies ToPrinter);
      await this.ended;
    })();
    return this.closing;
  }
}
