import { describe, expect, it } from 'vitest';
import { ErrorCode, ReportError } from '../../src/errors.js';
import { destinationPages } from '../../src/print/page-map.js';
import { printPdf } from '../../src/print/pdf.js';
import { PrinterThread } from '../../src/print/printer-thread.js';
import { descendants, isAlive } from '../support/processes.js';

const date = new Date(Date.UTC(2023, 11, 31));
const browsers = () => descendants(process.pid).filter((p) => isAlive(p));

/** A contents page and two sections on pages of their own. */
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  @page { size: A5; margin: 10mm; }
  section { break-before: page; }
</style></head><body>
  <ol>${['a', 'b'].map((id) => `<li><a href="#${id}">${id}</a> <span data-toc-page="${id}"></span></li>`).join('')}</ol>
  <section id="a"><h2>A</h2></section>
  <section id="b"><h2>B</h2></section>
</body></html>`;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ReportError,
  );

describe('the printer in a thread of its own', () => {
  it('prints the bytes a printer in this thread prints, the contents’ pages guessed from the previous print or not', async () => {
    const here = await printPdf(html, { date, pageNumbers: destinationPages });
    const printer = new PrinterThread();
    const said: string[] = [];
    try {
      const first = await printer.print(html, { date, pageNumbers: destinationPages, onPrinting: () => said.push('printing') });
      const again = await printer.print(html, { date, pageNumbers: destinationPages, previousPages: Promise.resolve(destinationPages(first)) });
      for (const pdf of [first, again]) expect(Buffer.compare(Buffer.from(pdf), Buffer.from(here))).toBe(0);
      expect(Object.fromEntries(destinationPages(first))).toEqual({ a: 2, b: 3 });
      // Said once a print is asked of Chromium: the hidden pass, then the final one.
      expect(said).toEqual(['printing']);
    } finally {
      await printer.close();
    }
    expect(browsers()).toEqual([]);
  }, 60_000);

  it('fails as the printer fails (its error’s code and message), and stops a print at once on an abort', async () => {
    const slow = new PrinterThread({ timeoutMs: 1 });
    const late = await failure(slow.print('<p>lent</p>', { date }));
    await slow.close();
    expect(late).toBeInstanceOf(ReportError);
    expect(late?.code).toBe(ErrorCode.RENDER_FAILED);
    expect(late?.message).toContain('Impression du PDF abandonnée');

    const abort = new AbortController();
    const printer = new PrinterThread({ signal: abort.signal });
    const stopped = failure(printer.print(html, { date, pageNumbers: destinationPages }));
    abort.abort();
    expect((await stopped)?.code).toBe(ErrorCode.INTERRUPTED);
    await printer.close();
    // A closed printer prints no more.
    expect((await failure(slow.print(html, { date })))?.code).toBe(ErrorCode.RENDER_FAILED);
    expect(browsers()).toEqual([]);
  }, 60_000);
});
