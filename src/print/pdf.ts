import { rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { ErrorCode, interrupted, ReportError } from '../errors.js';
import { abandonedFolders, makeOwnedFolder } from '../output/owned.js';
import { findBrowser, isHeadlessShell } from './browser-finder.js';
import { pinPdfDates } from './pdf-dates.js';
import { printToPdf } from './print-to-pdf.js';
import { counted, plural } from '../text/plural.js';

/** No network here: every background service is switched off. Root cannot use Chromium's sandbox. */
const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // The headless shell hints glyphs to whole pixels by default: words then print closer together
  // than the page laid them out. Unhinted, both builds print the same pages.
  '--font-render-hinting=none',
];

/**
 * The temporary folders of a print: the page, and the browser's profile (which puppeteer would
 * otherwise make as `puppeteer_dev_profile-*`, unnamed). Named after this process, so that what a
 * killed run leaves is recognised, and removed by the next one (`removePrintLeftovers`).
 */
const PAGE_PREFIX = 'alpes-print-';
const PROFILE_PREFIX = 'alpes-chromium-';

/** Removes the pages and browser profiles that ended processes left in the temporary folder. */
export async function removePrintLeftovers(): Promise<void> {
  const left = [...(await abandonedFolders(tmpdir(), PAGE_PREFIX)), ...(await abandonedFolders(tmpdir(), PROFILE_PREFIX))];
  await Promise.all(left.map((folder) => rm(folder, { recursive: true, force: true }).catch(() => undefined)));
}

/** Removes `folder` when this process exits, if nothing did before; the returned function removes it now. */
function removedOnExit(folder: string): () => void {
  const remove = () => {
    process.off('exit', remove);
    rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
  };
  process.on('exit', remove);
  return remove;
}

/**
 * The system's Chromium, headless, without network services (also what the preview's browser
 * tests drive). Driven through a pipe rather than a port: Chromium runs in its own process group,
 * out of reach of the terminal's Ctrl-C, and the pipe closing ends it even when this process dies
 * without a word (killed, out of memory); on a plain exit puppeteer kills it. Its profile is
 * removed once it has ended.
 */
export async function launchBrowser(timeoutMs = 30_000): Promise<Browser> {
  const executablePath = findBrowser();
  const profile = await makeOwnedFolder(tmpdir(), PROFILE_PREFIX);
  const removeProfile = removedOnExit(profile);
  try {
    // Loaded only when a print is asked for (the indicators' files alone do without it). puppeteer-core: the browser is
    // always given, so puppeteer's configuration files (searched for at its import) say nothing here.
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath,
      headless: isHeadlessShell(executablePath) ? 'shell' : true,
      args: CHROMIUM_ARGS,
      userDataDir: profile,
      pipe: true,
      timeout: timeoutMs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const chromium = browser.process();
    // Killed on purpose (a print abandoned, Ctrl-C), Chromium may leave unread bytes in its pipes:
    // reading them then fails with ECONNRESET, which an unwatched stream would throw at the top level.
    for (const stream of chromium?.stdio ?? []) stream?.on('error', () => undefined);
    if (chromium === null || chromium.exitCode !== null || chromium.signalCode !== null) removeProfile();
    // Removed off this thread, beside the writing of the files (rmSync held it 40 ms); at exit at once if not yet.
    else chromium.once('exit', () => void rm(profile, { recursive: true, force: true, maxRetries: 2 }).then(removeProfile, () => undefined));
    return browser;
  } catch (cause) {
    removeProfile();
    throw new ReportError(ErrorCode.RENDER_FAILED, `Impossible de lancer le navigateur ${executablePath} : ${(cause as Error).message}`, { cause });
  }
}

/** Kills Chromium and its renderer and zygote processes (its process group) at once. */
function kill(browser: Browser): void {
  const chromium = browser.process();
  if (chromium?.pid === undefined || chromium.exitCode !== null || chromium.signalCode !== null) return;
  try {
    process.kill(-chromium.pid, 'SIGKILL');
  } catch {
    chromium.kill('SIGKILL');
  }
}

/**
 * Ends the browser at once, its processes killed, and waits for its end: nothing of a print's
 * browser is kept (its profile is removed once it has ended), and its graceful `close()` took 100
 * to 230 ms at the end of every build, the PDF in hand. A print never leaves a Chromium behind.
 */
async function shutDown(browser: Browser): Promise<void> {
  const chromium = browser.process();
  const running = chromium !== null && chromium.exitCode === null && chromium.signalCode === null;
  const ended = running ? new Promise<void>((done) => chromium.once('exit', () => done())) : Promise.resolve();
  kill(browser);
  await Promise.race([ended, new Promise<void>((done) => setTimeout(done, 5000).unref())]);
}

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

  constructor(private readonly options: PrinterOptions = {}) {
    this.ready = (async () => {
      const browser = await launchBrowser(options.timeoutMs);
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

  /** Ends the browser (waiting for it to have started); the same promise on every call. */
  close(): Promise<void> {
    this.closing ??= this.ready.then(
      ({ browser }) => shutDown(browser),
      () => undefined,
    );
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
