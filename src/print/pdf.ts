import puppeteer, { type Browser } from 'puppeteer';
import { ErrorCode, ReportError } from '../errors.js';
import { findBrowser } from './browser-finder.js';

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
    return await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Impossible de lancer le navigateur ${executablePath} : ${(cause as Error).message}`, { cause });
  }
}

/**
 * Prints the self-contained HTML report to a PDF with bookmarks and tags. Page size, margins and
 * the footer with page numbers come from the page's own `@page` rules, so they use its fonts.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The page is self-contained: anything it would fetch is a defect, so it is refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const allowed = request.url().startsWith('data:') || request.url() === 'about:blank';
      (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${(cause as Error).message}`, { cause });
  } finally {
    // A failure to close must not hide the error that matters.
    await browser.close().catch(() => undefined);
  }
}
