import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { unitName } from '../../src/measure/indicator.js';
import { anchorOf } from '../../src/render/handlebars.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView, type IndicatorsJson } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

/** Handlebars' escapes, undone; spaces (no-break ones included) made plain. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Compared as the reader reads them: French typography (no-break spaces, ’) may be added where the page is rendered. */
const same = (s: string) => s.replace(/\s+/g, '').replace(/’/g, "'");

interface Group {
  title: string;
  /** « Fichiers, sauf mention contraire » and its previous years' part. */
  sources: string;
  pastSources: string;
  entries: { key: string; entry: string }[];
}

/** The appendix's groups, read back from the page. */
function groupsOf(html: string): Group[] {
  const appendix = html.slice(html.indexOf('<section class="section methodology"'));
  return appendix
    .split('<section class="method-group">')
    .slice(1)
    .map((group) => {
      const said = text(/<p class="group-sources">([\s\S]*?)<\/p>/.exec(group)?.[1] ?? '');
      const shared = /^Fichiers(?: des années précédentes)?, sauf mention contraire : (.*?)(?: ; années précédentes : (.*))?\.$/.exec(said);
      const past = said.startsWith('Fichiers des années précédentes');
      return {
        title: text(/<h3>([\s\S]*?)<\/h3>/.exec(group)![1]!),
        sources: past ? '' : (shared?.[1] ?? ''),
        pastSources: past ? (shared?.[1] ?? '') : (shared?.[2] ?? ''),
        entries: [...group.matchAll(/<div class="definition">([\s\S]*?)<\/div>/g)].map((m) => ({
          key: text(/<code class="key">([\s\S]*?)<\/code>/.exec(m[1]!)![1]!),
          entry: text(m[1]!),
        })),
      };
    });
}

describe('the methodology appendix of the fixtures’ report', () => {
  let html: string;
  let indicators: IndicatorsJson;
  let groups: Group[];
  let view: Parameters<typeof renderHtml>[0];

  beforeAll(async () => {
    const config = resolveConfig();
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    const computed = computeReport(dataset, config);
    indicators = computed.indicators;
    view = { ...reportView(dataset, computed, config), methodology: true };
    html = await renderHtml(view);
    groups = groupsOf(html);
  }, 60_000);

  it('has one entry per figure, under the title of the section it documents, in the sections’ order', () => {
    const keys = groups.flatMap((g) => g.entries.map((e) => e.key));
    expect(keys.toSorted()).toEqual(Object.keys(indicators).toSorted());
    expect(groups[0]!.title).toBe('Présentation — Les données clés du territoire');
    expect(groups.map((g) => g.title)).toContain('Plan Local pour l’Insertion et l’Emploi — Les sorties');
    expect(groups.at(-1)!.title).toBe('Chiffres déclarés (contenu/indicateurs.json)');
    for (const key of keys) expect(html).toContain(`<dt id="${anchorOf(key)}">`);
  });

  it('prints each entry’s label, key, definition and unit in one run of text', () => {
    for (const { entries } of groups) {
      for (const { key, entry } of entries) {
        const { label, definition, unit, cellLabels } = indicators[key]!;
        const expected = `${label} ${key} ${definition}${unit === undefined ? '' : ` Unité : ${unitName(unit, cellLabels)}.`}`;
        expect(same(entry.replace(/ Fichiers : .*$/, ''))).toBe(same(expected));
      }
    }
  });

  it('says each figure’s files: its own, or once for the group when two or more of its figures share them', () => {
    let saidOnce = 0;
    for (const group of groups) {
      for (const { key, entry } of group.entries) {
        const own = / Fichiers : (.*)\.$/.exec(entry)?.[1];
        const shared = key.endsWith('.history') ? group.pastSources : group.sources;
        const files = indicators[key]!.sources.join(', ');
        if (own === undefined) saidOnce++;
        expect(same(own ?? shared), key).toBe(same(files));
        // A figure naming its own files reads others than the group's.
        if (own !== undefined) expect(own, key).not.toBe(shared);
      }
    }
    expect(saidOnce).toBeGreaterThan(150);
    const participants = groups.find((g) => g.title.endsWith('Les participants'))!;
    expect(participants.sources).toBe('2023/participants.csv');
    expect(participants.pastSources).toBe('2022/participants.csv, 2021/participants.csv');
  });

  it('says « aucun » for a figure reading no file in a group whose figures share some', async () => {
    const entry = { ...indicators['plie.exits']!, sources: [] };
    const printed = groupsOf(await renderHtml({ ...view, indicators: { ...indicators, 'plie.exits': entry } }));
    const sorties = printed.find((g) => g.title.endsWith('Les sorties'))!;
    expect(sorties.sources).toBe('2023/participants.csv');
    expect(sorties.entries.find((e) => e.key === 'plie.exits')!.entry).toMatch(/ Fichiers : aucun\.$/);
  });
});
