import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/print/page-map.js';
import { printPdf } from '../../src/print/pdf.js';

const date = new Date(Date.UTC(2023, 11, 31));

/** A contents page and three sections, each on pages of its own, the second two pages long. */
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  @page { size: A5; margin: 10mm; }
  section { break-before: page; }
  .long { height: 250mm; }
</style></head><body>
  <ol>${['a', 'b', 'c'].map((id) => `<li><a href="#${id}">${id}</a> <span data-toc-page="${id}"></span></li>`).join('')}</ol>
  <section id="a"><h2>A</h2></section>
  <section id="b"><h2>B</h2><div class="long"></div></section>
  <section id="c"><h2>C</h2></section>
</body></html>`;

describe('a print guided by the previous build’s pages', () => {
  it('prints the same bytes as two passes, whether the previous pages still hold, are wrong or missing', async () => {
    const twoPasses = await printPdf(html, { date, pageNumbers: destinationPages });
    const pages = destinationPages(twoPasses);
    expect(Object.fromEntries(pages)).toEqual({ a: 2, b: 3, c: 5 });
    const same = await printPdf(html, { date, pageNumbers: destinationPages, previousPages: Promise.resolve(pages) });
    // A section moved since (and one is gone): the print is read back and made again.
    const moved = new Map([
      ['a', 2],
      ['b', 3],
      ['c', 4],
      ['gone', 9],
    ]);
    const wrong = await printPdf(html, { date, pageNumbers: destinationPages, previousPages: Promise.resolve(moved) });
    const none = await printPdf(html, { date, pageNumbers: destinationPages, previousPages: Promise.resolve(undefined) });
    for (const pdf of [same, wrong, none]) expect(Buffer.compare(Buffer.from(pdf), Buffer.from(twoPasses))).toBe(0);
  }, 60_000);
});
