import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { ErrorCode, interrupted, ReportError } from '../errors.js';
import { makeOwnedFolder } from '../output/owned.js';
import { launchBrowser, PAGE_PREFIX, removedOnExit, shutDown, SHUT_DOWN_WAIT_MS } from './browser.js';
import { pinPdfDates } from './pdf-dates.js';
import { printToPdf } from './print-to-pdf.js';
import { counted, plural } from '../text/plural.js';

export interface PrinterOptions {
  /** Beyond this a print is abandoned and the browser killed. */
  timeoutMs?: number;
  /** Ctrl-C: the print stops and the browser is closed. */
  signal?: AbortSignal;
}

export interface PrintJob {
  /** The report's date, written as the PDF's creation and modification dates (same inputs, same bytes). */
  date: Date;
  /**
   * The table of contents' page numbers exist only once the pages do: read them back from a
   * first print, write them into the open page (`[data-toc-page="<section id>"]`, already laid
   * out at their size) and print again — without loading the page a second time.
   */
  pageNumbers?: (pdf: Uint8Array) => Map<string, number>;
  /**
   * Where the sections landed in the previous build (read back from its PDF): written into the
   * contents before a single print, whose own pages are then read back; only if a section moved is
   * the page printed again with the pages it really has. A wrong guess costs one print more, never
   * a wrong number.
   */
  previousPages?: Promise<Map<string, number> | undefined>;
  /** Called once the page is loaded and its final print asked of Chromium: from then on, until the PDF comes back, this process has nothing to answer. */
  onPrinting?: () => void;
}

/** The same sections on the same pages. */
const samePages = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/** Hides every glyph and image of the first print: it is read only for where the sections land, which visibility does not move. */
const FIRST_PASS_STYLE = 'alpes-first-pass';

/**
 * A browser with a blank page, started as soon as a PDF is asked for so that Chromium's start
 * overlaps the reading of the data; `print` waits for it. The page may load nothing: a request
 * for anything but its own inlined data is refused, and fails the print (a template that fetches
 * is a defect, never a silent leak). `close` always ends the browser, started or not.
 */
export class Printer {
  private readonly ready: Promise<{ browser: Browser; page: Page }>;
  private readonly blocked: string[] = [];
  /** The page's own file: the one address it may load besides its inlined data. */
  private pageUrl = 'about:blank';
  private closing: Promise<void> | undefined;
  /** Kills the browser while it starts: a close cannot wait for a start that may never end. */
  private readonly launch = new AbortController();

  constructor(private readonly options: PrinterOptions = {}) {
    this.ready = (async () => {
      const browser = await launchBrowser(options.timeoutMs, this.launch.signal);
      try {
        // The blank tab Chromium opens with: a second one would start a second renderer.
        const page = (await browser.pages())[0] ?? (await browser.newPage());
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const allowed = request.url().startsWith('data:') || request.url() === this.pageUrl || request.url() === 'about:blank';
          if (!allowed) this.blocked.push(request.url());
          (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
        });
        return { browser, page };
      } catch (cause) {
        await shutDown(browser);
        throw cause;
      }
    })();
    // A browser that cannot start is said when the print needs it, not before the data's errors.
    this.ready.catch(() => undefined);
  }

  /**
   * Prints the self-contained HTML report to a PDF with bookmarks and tags. Page size, margins and
   * the footer with page numbers come from the page's own `@page` rules, so they use its fonts.
   */
  async print(html: string, job: PrintJob): Promise<Uint8Array> {
    const { timeoutMs = 120_000, signal } = this.options;
    if (signal?.aborted) throw interrupted();
    let timer: NodeJS.Timeout | undefined;
    let onAbort = () => undefined as void;
    const stop = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () =>
          fail(
            new ReportError(
              ErrorCode.RENDER_FAILED,
              `Impression du PDF abandonnée après ${Math.round(timeoutMs / 1000)} s (print.timeoutSeconds dans la configuration)`,
            ),
          ),
        timeoutMs,
      );
      onAbort = () => fail(interrupted());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    stop.catch(() => undefined);
    try {
      const pdf = await Promise.race([this.printPage(html, job, timeoutMs), stop]);
      if (this.blocked.length > 0) {
        throw new ReportError(
          ErrorCode.RENDER_FAILED,
          `La page du rapport a tenté de charger ${counted(this.blocked.length, 'ressource')} hors ` +
            `de la page, ${plural(this.blocked.length, 'refusée')} : ${[...new Set(this.blocked)].slice(0, 3).join(', ')}`,
        );
      }
      return pinPdfDates(pdf, job.date);
    } catch (cause) {
      if (cause instanceof ReportError) throw cause;
      throw new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${(cause as Error).message}`, { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async printPage(html: string, job: PrintJob, timeout: number): Promise<Uint8Array> {
    const { page } = await this.ready;
    // Loaded from a file, which Chromium parses as it streams in: `setContent` writes it through
    // `document.write`, a third slower on the report's megabyte.
    const folder = await makeOwnedFolder(tmpdir(), PAGE_PREFIX);
    // The page is the whole report: it never outlives the load, even if this process exits meanwhile
    // (and if it is killed, the next run removes it).
    const removeNow = removedOnExit(folder);
    try {
      const file = join(folder, 'rapport.html');
      await writeFile(file, html, { mode: 0o600 });
      this.pageUrl = pathToFileURL(file).href;
      await page.goto(this.pageUrl, { waitUntil: 'load', timeout });
    } finally {
      removeNow();
    }
    const printFinal = () => printToPdf(page, { outline: true, tagged: true, onSent: job.onPrinting });
    if (job.pageNumbers === undefined) return printFinal();
    // Every slot is written afresh: one a wrong guess filled and the real pages lack stays empty, as after the hidden pass.
    const writeContents = (entries: [string, number][]) =>
      page.evaluate(
        (id: string, entries: [string, number][]) => {
          document.getElementById(id)?.remove();
          document.querySelectorAll('[data-toc-page]').forEach((slot) => (slot.textContent = ''));
          for (const [section, number] of entries) {
            const slot = document.querySelector(`[data-toc-page="${CSS.escape(section)}"]`);
            if (slot) slot.textContent = `page ${number}`;
          }
        },
        FIRST_PASS_STYLE,
        entries,
      );
    const guess = await job.previousPages;
    if (guess !== undefined && guess.size > 0) {
      await writeContents([...guess]);
      const pdf = await printFinal();
      const landed = job.pageNumbers(pdf);
      if (samePages(landed, guess)) return pdf;
      // A section moved: this print told where each one is, as the hidden pass would have.
      await writeContents([...landed]);
      return printFinal();
    }
    // The first print only tells where the sections land: without glyphs, images, bookmarks or tags, it is quicker.
    await page.evaluate((id: string) => {
      const style = document.createElement('style');
      style.id = id;
      style.textContent = '* { visibility: hidden !important; }';
      document.head.append(style);
    }, FIRST_PASS_STYLE);
    await writeContents([...job.pageNumbers(await printToPdf(page, { outline: false, tagged: false }))]);
    return printFinal();
  }

  /**
   * Ends the browser, started or still starting (killed at once either way); the same promise on
   * every call. A start that hangs, killed, is waited for no longer than its end is in `shutDown`.
   */
  close(): Promise<void> {
    this.launch.abort();
    this.closing ??= Promise.race([
      this.ready.then(
        ({ browser }) => shutDown(browser),
        () => undefined,
      ),
      new Promise<void>((done) => setTimeout(done, SHUT_DOWN_WAIT_MS).unref()),
    ]);
    return this.closing;
  }
}

/** One print in its own browser. */
export async function printPdf(html: string, options: PrinterOptions & PrintJob): Promise<Uint8Array> {
  if (options.signal?.aborted) throw interrupted();
  const printer = new Printer(options);
  try {
    return await printer.print(html, options);
  } finally {
    await printer.close();
  }
}
