import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/load.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { config, participant, step } from '../support/build.js';
import { rowsOf } from '../support/rows.js';

const p = participant({ date_entree: '2023-02-01' });
const dataset: Dataset = {
  year: 2023,
  current: { year: 2023, source: { demonstration: false }, plie: { participants: rowsOf('participants.csv', [p]), steps: rowsOf('etapes.csv', [step(p)]) } },
  history: [],
  warnings: [],
  historyWarnings: [],
  notices: [],
};

describe('the commune pages in the report', () => {
  it('are in the fixtures’ report page: the comparison, then one page per commune, before the methodology, in the contents', () => {
    const html = readFileSync('tests/golden/output/rapport-2023.html', 'utf8');
    expect(html.match(/<section class="section commune-page" id="commune-[a-z-]+">/g)).toHaveLength(10);
    expect(html).toContain('id="commune-marcq-en-baroeul"');
    const [appendix, methodology] = [html.indexOf('id="communes"'), html.indexOf('id="methodologie"')];
    expect(appendix).toBeGreaterThan(html.indexOf('id="communication"'));
    expect(methodology).toBeGreaterThan(appendix);
    expect(html).toContain('<a href="#communes"><span class="toc-title">Fiches communales</span>');
  });

  it('show one person as « < 5 », and are left out when the configuration says `communes.pdf: false`', async () => {
    const view = reportView(dataset, computeReport(dataset, config), config);
    const printed = await renderHtml({ ...view, communePages: true });
    expect(printed).toContain('id="communes"');
    expect(printed).toMatch(/Participants en parcours<\/th><td>&lt; 5<\/td>/);
    const without = await renderHtml({ ...view, communePages: false });
    expect(without).not.toContain('id="communes"');
    expect(without).not.toContain('Fiches communales');
  });
});
