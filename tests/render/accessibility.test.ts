import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { IndicatorsJson } from '../../src/measure/indicator.js';
import type { ChartSpec } from '../../src/measure/section.js';
import { chartView } from '../../src/render/chart-text.js';
import { contrast, MIN_TEXT_CONTRAST, textShade } from '../../src/render/contrast.js';
import { anchorOf } from '../../src/render/handlebars.js';
import { renderHtml, type RenderedSection } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';
import { frenchTypography } from '../../src/text/typography.js';

describe('text colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#e07b00', '#ffffff')).toBeCloseTo(3.0, 1);
    expect(contrast('#00897b', '#ffffff')).toBeCloseTo(4.32, 2);
  });

  it('darkens an offer colour that fails AA, just enough, and leaves one that passes', () => {
    const orange = textShade('#e07b00');
    expect(orange).toBe('#af6000');
    expect(contrast(orange, '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    // Same hue: each channel scaled by the same factor.
    expect(0xaf / 0xe0).toBeCloseTo(0x60 / 0x7b, 1);
    expect(contrast(textShade('#00897b'), '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrast(textShade('#00897b'), '#ffffff')).toBeLessThan(5);
    expect(textShade('#7a3e9d')).toBe('#7a3e9d');
    expect(textShade('#1d3f72')).toBe('#1d3f72');
    expect(contrast(textShade('#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('writes no text in an offer colour itself in the stylesheet: its shade for text, the colour for rules', () => {
    const css = readFileSync('templates/report.css', 'utf8');
    expect(css).not.toMatch(/(?<![-\w])color:\s*var\(--(accent|primary)\)/);
    expect(css).toMatch(/\.offer-band \{[^}]*background: var\(--accent-text/);
    expect(css).toMatch(/border-left: 1\.2mm solid var\(--accent\)/);
  });
});

describe('a chart in words', () => {
  const spec: ChartSpec = { id: 'x', kind: 'doughnut', title: 'Âge', indicator: 'k', labels: ['Moins de 26 ans', '26 à 34 ans'], values: [1000, 3000] };

  it('says the kind, the title and every value, with its share for a doughnut', () => {
    const view = chartView(spec, 'data:', 'people');
    expect(view.alt).toBe('Graphique en anneau, Âge. Moins de 26 ans (1\u202f000, 25\u202f%), 26 à 34 ans (3\u202f000, 75\u202f%).');
    expect(view.header).toBe('Personnes');
    expect(view.rows).toEqual([
      { label: 'Moins de 26 ans', value: '1\u202f000', share: '25\u202f%' },
      { label: '26 à 34 ans', value: '3\u202f000', share: '75\u202f%' },
    ]);
  });

  it('writes amounts in euros and gives no share of a bar chart', () => {
    const view = chartView({ ...spec, kind: 'horizontalBar', title: 'Aides', values: [2500, 10] }, 'data:', 'euros');
    expect(view.alt).toBe('Graphique en barres, Aides. Moins de 26 ans (2\u202f500\u202f€), 26 à 34 ans (10\u202f€).');
    expect(view.rows.map((r) => r.share)).toEqual([null, null]);
    expect(view.header).toBe('Montant');
  });
});

/** Text as Handlebars writes it into the page. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

describe('the fixtures’ charts and links', () => {
  let html: string;
  let sections: RenderedSection[];
  let indicators: IndicatorsJson;
  beforeAll(async () => {
    const config = resolveConfig();
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    const view = reportView(dataset, computeReport(dataset, config), config);
    ({ sections } = view);
    indicators = view.indicators!;
    html = await renderHtml({ ...view, methodology: true, communePages: true });
  }, 60_000);
  const charts = () => sections.flatMap((s) => s.charts);
  // The charts' words are typeset as the page's text is (render/html.ts).
  const typeset = (text: string) => frenchTypography(text, { spaceBeforeColon: true });

  it('each draws the values of the figure it names', () => {
    expect(charts()).toHaveLength(10);
    for (const chart of charts()) {
      const value = indicators[chart.indicator]?.value as Record<string, number | Record<string, number>>;
      const drawn = chart.labels.map((label) => {
        const cell = value[label];
        return chart.cell === undefined ? cell : (cell as Record<string, number>)[chart.cell];
      });
      expect(drawn, chart.id).toEqual(chart.values);
    }
  });

  it('each is captioned with a link to its figure’s definition, and has its values as alt text and as a folded table', () => {
    const figures = html
      .split('<figure class="chart">')
      .slice(1)
      .map((f) => f.slice(0, f.indexOf('</figure>')));
    expect(figures).toHaveLength(charts().length);
    for (const chart of charts()) {
      const anchor = anchorOf(chart.indicator);
      const figure = figures.find(
        (f) => f.includes(`<figcaption><a class="ref" href="#${anchor}" title="`) && f.includes(`">${escaped(typeset(chart.title))}</a></figcaption>`),
      );
      expect(figure, chart.id).toBeDefined();
      expect(html).toContain(`id="${anchor}"`);
      const alt = /alt="([^"]*)"/.exec(figure!)![1]!;
      const table = /<details class="chart-data">[\s\S]*?<\/details>/.exec(figure!)![0];
      expect(table).toContain('<summary>Données du graphique</summary>');
      for (const [i, label] of chart.labels.entries()) {
        const value = chart.values[i]!.toLocaleString('fr-FR').replace(/\s/g, '\u202f');
        expect(alt, chart.id).toContain(`${escaped(typeset(label))} (${value}`);
        expect(table, chart.id).toContain(`<th scope="row">${escaped(typeset(label))}</th><td>${value}`);
      }
    }
  });

  it('gives each offer’s text a shade that reads on white', () => {
    const shades = [...html.matchAll(/--accent-text: (#[0-9a-f]{6})/g)].map((m) => m[1]!);
    expect(shades.length).toBeGreaterThan(10);
    for (const shade of shades) expect(contrast(shade, '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(html).toContain('--accent: #e07b00; --accent-text: #af6000');
  });

  it('titles each link to the methodology with what it leads to', () => {
    const links = [...html.matchAll(/<a class="ref" href="#([^"]+)" title="([^"]+)">/g)];
    expect(links.length).toBeGreaterThan(200);
    expect(html).not.toMatch(/<a class="ref" href="[^"]+">/);
    for (const [, , title] of links) expect(title).toMatch(/ — définition en annexe méthodologique$/);
  });
});
