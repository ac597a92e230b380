/**
 * The floor of the year's report (issue 16): Chromium's headless shell loading the report's own
 * finished HTML from a file and printing it once to PDF, nothing else —
 *   node --import tsx bench/lib/floor.ts <rapport.html>
 * The same browser (src/print/browser-finder.ts) with the same flags (src/print/pdf.ts's
 * `launchBrowser`), printed as the final pass is (`printToPdf`). Timed from the browser's launch to the
 * PDF in hand (Node's start and puppeteer's import left out: they are not the browser's work).
 * Prints one JSON line: { ms, pdfBytes }.
 */
import { pathToFileURL } from 'node:url';

const { launchBrowser } = (await import(new URL('../../dist/print/browser.js', import.meta.url).href)) as typeof import('../../src/print/browser.js');
const { printToPdf } = (await import(new URL('../../dist/print/print-to-pdf.js', import.meta.url).href)) as typeof import('../../src/print/print-to-pdf.js');

const file = process.argv[2]!;
const start = performance.now();
const browser = await launchBrowser();
try {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // As the command prints its final pass (its fonts awaited first).
  const pdf = await printToPdf(page, { outline: true, tagged: true });
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, pdfBytes: pdf.length }));
} finally {
  await browser.close();
}
