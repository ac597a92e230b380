import puppeteer from 'puppeteer';
import { ErrorCode, ReportError } from '../errors.js';
import { findBrowser } from './browser-finder.js';

/** Root cannot sandbox; the machine has no network, so every background service is switched off. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface PdfOptions {
  /** Printed at the foot of every page, left of the page number. */
  footerText: string;
  title: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Prints the self-contained HTML report to an A4 PDF with page numbers, bookmarks and tags. */
export async function printPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const executablePath = findBrowser();
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Impossible de lancer le navigateur ${executablePath} : ${(cause as Error).message}`, { cause });
  }
  try {
    const page = await browser.newPage();
    // The page is self-contained: anything it would fetch is a defect, so it is refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
      else void request.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const footer = `<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;padding:0 14mm;display:flex;justify-content:space-between;">
      <span>${escapeHtml(options.footerText)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      outline: true,
      tagged: true,
    });
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Échec de l'impression du PDF : ${(cause as Error).message}`, { cause });
  } finally {
    await browser.close();
  }
}
