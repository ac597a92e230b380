import puppeteer, { type Browser } from 'puppeteer';
import { ErrorCode, ReportError } from '../errors.js';
import { findBrowser } from './browser-finder.js';
import { pinPdfDates } from './pdf-dates.js';

/** No network here: every background service is switched off. Root cannot use Chromium's sandbox. */
const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The system's Chromium, headless, without network services (also what the preview's browser tests drive). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  try {
    return await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Impossible de lancer le navigateur ${executablePath} : ${(cause as Error).message}`, { cause });
  }
}

/** Closes the browser, and kills it if it does not close: a print never leaves a Chromium behind. */
async function shutDown(browser: Browser): Promise<void> {
  const chromium = browser.process();
  const closed = browser.close().then(() => true, () => false);
  const inTime = await Promise.race([closed, new Promise<false>((done) => setTimeout(() => done(false), 5000).unref())]);
  if (!inTime && chromium?.pid !== undefined && chromium.exitCode === null) {
    // The whole group: Chromium's renderer and zygote processes with it.
    try {
      process.kill(-chromium.pid, 'SIGKILL');
    } catch {
      chromium.kill('SIGKILL');
    }
  }
}

export interface PrintOptions {
  /** The report's date, written as the PDF's creation and modification dates (same inputs, same bytes). */
  date: Date;
  /** Beyond this the print is abandoned and the browser killed. */
  timeoutMs?: number;
  /** Ctrl-C: the print stops and the browser is closed. */
  signal?: AbortSignal;
  /**
   * The table of contents' page numbers exist only once the pages do: read them back from the
   * first print, write them into the open page (`[data-toc-page="<section id>"]`, already laid
   * out at their size) and print again — without loading the page a second time.
   */
  pageNumbers?: (pdf: Uint8Array) => Map<string, number>;
}

/**
 * Prints the self-contained HTML report to a PDF with bookmarks and tags. Page size, margins and
 * the footer with page numbers come from the page's own `@page` rules, so they use its fonts.
 * The page may load nothing: a request for anything but its own inlined data is refused, and
 * fails the print (a template that fetches is a defect, never a silent leak).
 */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const { timeoutMs = 120_000, signal } = options;
  if (signal?.aborted) throw interrupted();
  const browser = await launchBrowser();
  const blocked: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const stop = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new ReportError(ErrorCode.RENDER_FAILED, `Impression du PDF abandonnée après ${Math.round(timeoutMs / 1000)} s (print.timeoutSeconds dans la configuration)`)), timeoutMs);
    signal?.addEventListener('abort', () => fail(interrupted()), { once: true });
    // Ctrl-C while the browser was starting.
    if (signal?.aborted) fail(interrupted());
  });
  stop.catch(() => undefined);
  try {
    const print = async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const allowed = request.url().startsWith('data:') || request.url() === 'about:blank';
        if (!allowed) blocked.push(request.url());
        (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
      });
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const layout = { preferCSSPageSize: true, printBackground: true, timeout: timeoutMs };
      const printFinal = () => page.pdf({ ...layout, outline: true, tagged: true });
      if (options.pageNumbers === undefined) return printFinal();
      // The first print only tells where the sections land: without bookmarks and tags, it is quicker.
      const pages = options.pageNumbers(await page.pdf({ ...layout, outline: false, tagged: false }));
      await page.evaluate((entries: [string, number][]) => {
        for (const [id, number] of entries) {
          const slot = document.querySelector(`[data-toc-page="${CSS.escape(id)}"]`);
          if (slot) slot.textContent = `page ${number}`;
        }
      }, [...pages]);
      return printFinal();
    };
    const pdf = await Promise.race([print(), stop]);
    if (blocked.length > 0) {
      throw new ReportError(ErrorCode.RENDER_FAILED, `La page du rapport a tenté de charger ${blocked.length} ressource(s) hors de la page, refusée(s) : ${[...new Set(blocked)].slice(0, 3).join(', ')}`);
    }
    return pinPdfDates(pdf, options.date);
  } catch (cause) {
    if (cause instanceof ReportError) throw cause;
    throw new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${(cause as Error).message}`, { cause });
  } finally {
    clearTimeout(timer);
    await shutDown(browser);
  }
}

const interrupted = () => new ReportError(ErrorCode.INTERRUPTED, 'Interrompu : aucun fichier n’a été écrit.');
