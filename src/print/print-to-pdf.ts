import type { CDPSession, Page } from 'puppeteer-core';

export interface PdfOptions {
  /** The PDF's bookmarks, one per heading (with them, the PDF is tagged too, as puppeteer does). */
  outline: boolean;
  /** A tagged PDF (its structure tree, for screen readers). */
  tagged: boolean;
  /** Called once the print is asked of Chromium: from then on, until the PDF comes back, this process has nothing to answer. */
  onSent?: () => void;
}

/** One session a page, opened at its first print. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * The page printed as `page.pdf({ preferCSSPageSize: true, printBackground: true, ...options })`
 * prints it — the same command with the same parameters, so the same bytes — but the PDF comes
 * back in the command's answer rather than as a stream then read in chunks (`IO.read`): one round
 * trip and one copy of the report's 1,6 MB in base64 fewer. Page size and margins come from the
 * page's own `@page` rules; the size given is puppeteer's default, which they override.
 */
export async function printToPdf(page: Page, { outline, tagged, onSent }: PdfOptions): Promise<Uint8Array> {
  let opened = sessions.get(page);
  if (opened === undefined) sessions.set(page, (opened = page.createCDPSession()));
  // What `page.pdf` waits for first (its `waitForFonts`).
  const [session] = await Promise.all([opened, page.evaluate(() => document.fonts.ready.then(() => undefined))]);
  const answer = session.send('Page.printToPDF', {
    transferMode: 'ReturnAsBase64',
    landscape: false,
    displayHeaderFooter: false,
    headerTemplate: '',
    footerTemplate: '',
    printBackground: true,
    scale: 1,
    paperWidth: 8.5,
    paperHeight: 11,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    pageRanges: '',
    preferCSSPageSize: true,
    // Puppeteer's quirk, kept: bookmarks need the tags (crbug.com/840455).
    generateTaggedPDF: tagged || outline,
    generateDocumentOutline: outline,
  });
  onSent?.();
  const { data } = await answer;
  const pdf = Buffer.from(data, 'base64');
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
