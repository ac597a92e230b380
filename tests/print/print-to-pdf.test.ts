import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/print/browser.js';
import { pinPdfDates } from '../../src/print/pdf-dates.js';
import { printToPdf } from '../../src/print/print-to-pdf.js';

const date = new Date(Date.UTC(2023, 11, 31));

/** Two sections with headings (bookmarks), a table (tags), the page's own size and margins. */
const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
  @page { size: A5; margin: 12mm; }
  section { break-before: page; }
</style></head><body>
  <section id="a"><h1>Accueil</h1><p>Premier paragraphe.</p></section>
  <section id="b"><h2>Sorties</h2><table><tr><th scope="col">Mois</th><th scope="col">Sorties</th></tr><tr><td>janvier</td><td>12</td></tr></table></section>
</body></html>`;

const pinned = (pdf: Uint8Array) => Buffer.from(pinPdfDates(pdf, date));

describe('printToPdf', () => {
  it('prints the bytes puppeteer’s page.pdf prints, with and without bookmarks and tags, and says when the print is asked', async () => {
    const browser = await launchBrowser();
    try {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      for (const options of [
        { outline: true, tagged: true },
        { outline: false, tagged: false },
      ]) {
        const reference = pinned(await page.pdf({ preferCSSPageSize: true, printBackground: true, ...options }));
        let sent = 0;
        const pdf = pinned(await printToPdf(page, { ...options, onSent: () => sent++ }));
        expect(sent).toBe(1);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(Buffer.compare(pdf, reference)).toBe(0);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
