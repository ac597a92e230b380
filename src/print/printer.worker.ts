import { parentPort, workerData } from 'node:worker_threads';
import { ErrorCode, ReportError } from '../errors.js';
import { destinationPages } from './page-map.js';
import { Printer } from './pdf.js';
import type { FromPrinter, ToPrinter } from './printer-messages.js';

/** The printer's thread (printer-thread.ts): puppeteer, Chromium's launch and every message of the print, off the build's thread. */
const port = parentPort!;
const printer = new Printer({ timeoutMs: (workerData as { timeoutMs?: number }).timeoutMs });
const say = (message: FromPrinter) => port.postMessage(message);

async function print({ id, html, date, contents, previousPages }: Extract<ToPrinter, { kind: 'print' }>): Promise<void> {
  try {
    const pdf = await printer.print(html, {
      date: new Date(date),
      pageNumbers: contents ? destinationPages : undefined,
      previousPages: Promise.resolve(previousPages && new Map(previousPages)),
      onPrinting: () => say({ kind: 'printing', id }),
    });
    say({ kind: 'printed', id, pdf });
  } catch (cause) {
    // Printer.print fails with a ReportError; anything else is said as a failed print all the same.
    const error = cause instanceof ReportError ? cause : new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${String(cause)}`);
    say({ kind: 'failed', id, code: error.code, message: error.message });
  }
}

port.on('message', (message: ToPrinter) => {
  if (message.kind === 'print') void print(message);
  // The browser closed (or killed), the thread ends: nothing else holds it.
  else void printer.close().finally(() => port.close());
});
