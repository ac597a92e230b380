import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { pagePieces, piecewisePage } from '../../src/preview/page-pieces.js';
import { computeReport, reportView } from '../../src/report.js';
import { pageFonts, renderHtml } from '../../src/render/html.js';
import { typesetHtml } from '../../src/render/typeset-html.js';
import { sectionIds } from '../../src/sections/index.js';

/** The fixtures' page as the layout writes it, before it is typeset. */
async function fixturesPage(): Promise<string> {
  const config = await loadConfig(undefined, sectionIds);
  const dataset = await loadDataset({ year: 2023, dataDir: 'fixtures/2023', config, sectionIds });
  let written = '';
  await renderHtml({ ...reportView(dataset, computeReport(dataset, config), config), methodology: true }, undefined, {
    typeset: (html) => (written = html),
  });
  return written;
}

const section = (text: string) => `<section class="s"><p>${text}</p></section>\n`;

describe('the preview typesetting its page and cutting its fonts piece by piece', () => {
  it('gives the whole page’s typesetting and fonts for the fixtures’ page, and for it changed', async () => {
    const page = await fixturesPage();
    expect(pagePieces(page).length).toBeGreaterThan(20);
    const { typeset, fonts, finish, piecesOf } = piecewisePage();
    const first = typeset(page);
    expect(first).toBe(typesetHtml(page));
    expect(await fonts(first)).toBe(await pageFonts(first));
    // The fonts put in their slot in the head's piece: the page as a whole replace gives it, and its pieces kept.
    const finished = finish(first, '/* font-faces */', '@font-face{}');
    expect(finished).toBe(first.replace('/* font-faces */', '@font-face{}'));
    expect(piecesOf(finished)?.join('')).toBe(finished);
    expect(piecesOf(first)).toBeUndefined();
    const changed = page.replace('id="plie-sorties"', 'id="plie-sorties" data-x="1"').replace(/(<section class="method-group">)/, '$1<p>Sorties : 12 %</p>');
    expect(changed).not.toBe(page);
    const next = typeset(changed);
    expect(next).toBe(typesetHtml(changed));
    // New characters in a section: the fonts keep them.
    const accented = typeset(changed.replace('id="plie-sorties"', 'id="plie-sorties" title="Ŵ ŷ ǅ 𝔸"'));
    expect(await fonts(accented)).toBe(await pageFonts(accented));
    expect(await fonts(accented)).not.toBe(await fonts(next));
    expect(typeset(page)).toBe(typesetHtml(page));
  }, 60_000);

  it('cuts the page before its sections, and not where a verbatim element, a comment or a style runs on', () => {
    expect(pagePieces(`<main>${section('a')}${section('b')}</main>`)).toEqual(['<main>', section('a'), `${section('b')}</main>`]);
    // The text of an open <pre> or <code>, a comment or a style is read whole by the typesetting.
    for (const open of ['<pre>', '<code>', '<!-- ', '<style>']) {
      const page = `<main>${open}${section("l'an : 5 %")}x</main>`;
      expect(pagePieces(page)).toEqual([page]);
    }
    // Closed before the cut: cut there.
    expect(pagePieces(`<pre>a</pre>${section('b')}`)).toEqual(['<pre>a</pre>', section('b')]);
  });

  it('types each new text, and pages whose pieces are reused, as the whole page would be', () => {
    const { typeset } = piecewisePage();
    const pages = [
      `<body><main>${section("l'emploi : 45 %")}${section('« oui »')}</main></body>`,
      `<body><main>${section("l'emploi : 45 %")}${section('« non » !')}</main></body>`,
      `<body><main><code>${section("d'un : x")}</code>${section('« non » !')}</main></body>`,
      `<body><main>${section("l'emploi : 45 %")}${section('« oui »')}</main></body>`,
    ];
    for (const page of pages) expect(typeset(page)).toBe(typesetHtml(page));
  });
});
