import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset, type Dataset } from '../../src/dataset/load.js';
import type { About } from '../../src/measure/indicator.js';
import { cells, counting, Measure } from '../../src/measure/measure.js';
import { indicatorsCsv } from '../../src/output/indicators-csv.js';
import { computeReport, type ComputedReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';
import { rowsOf } from '../support/rows.js';

const rows = rowsOf('aides.csv', [{ line: 2, id: 'A' }]);

describe('French names of the cells the code names', () => {
  it('are required of a breakdown whose cells have units of their own', () => {
    const about: About = { key: 'ml.x', label: 'x', definition: 'x', unit: { amount: 'euros', people: 'people' }, cellLabels: { amount: 'montant' } };
    const m = new Measure(2023, resolveConfig());
    expect(() => m.figure(about, cells({ amount: counting(rows), people: counting(rows) }))).toThrow(/ml\.x.*people/);
    expect(() => m.declare(about, { amount: 1, people: 2 }, 'contenu/x.json')).toThrow(/cellLabels/);
    m.figure({ ...about, cellLabels: { amount: 'montant', people: 'personnes' } }, cells({ amount: counting(rows), people: counting(rows) }));
    expect(m.declared).toHaveLength(1);
  });
});

describe('the fixtures measured for the spreadsheets', () => {
  const config = resolveConfig();
  let dataset: Dataset;
  let plain: ComputedReport;
  let spreadsheets: ComputedReport;
  beforeAll(async () => {
    dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    plain = computeReport(dataset, config);
    spreadsheets = computeReport(dataset, config, undefined, { previous: true });
  }, 60_000);

  it('name every cell the code names in French (no English identifier left in a breakdown)', () => {
    const unnamed: string[] = [];
    for (const [key, { value, cellLabels }] of Object.entries(spreadsheets.indicators)) {
      if (value === null || typeof value !== 'object') continue;
      const names = Object.entries(value).flatMap(([outer, inner]) => (inner !== null && typeof inner === 'object' ? Object.keys(inner) : [outer]));
      // A code's name is camelCase ASCII (`fromTerritory`); the data's names are French words, communes, codes (F, H, ACI).
      for (const name of new Set(names)) if (/^[a-z]+[A-Z]?[A-Za-z]*$/.test(name) && cellLabels?.[name] === undefined) unnamed.push(`${key}: ${name}`);
    }
    expect(unnamed).toEqual([]);
    expect(spreadsheets.indicators['ml.aids.byFund']!.cellLabels).toEqual({ amount: 'montant', beneficiaries: 'bénéficiaires', applications: 'demandes' });
    expect(spreadsheets.indicators['mde.creation.projectHolders']!.cellLabels).toMatchObject({ fromTerritory: 'du territoire' });
  });

  it('give the previous years of the figures that keep no .history, for the years whose exports are there', () => {
    expect(spreadsheets.previous['plie.exits.byCategory']!.value).toHaveProperty('2021');
    expect(spreadsheets.previous['plie.exits.byCategory']!.sources).toEqual(expect.arrayContaining(['2022/participants.csv', '2021/participants.csv']));
    expect(Object.keys(spreadsheets.previous['ml.aids.byFund']!.value)).toEqual(['2022']);
    // The Maison de l'Emploi has no 2022 export: nothing to compare with.
    expect(Object.keys(spreadsheets.previous).some((key) => key.startsWith('mde.'))).toBe(false);
    // A figure with a .history keeps it there only.
    expect(spreadsheets.previous['plie.participants']).toBeUndefined();
  });

  it('change neither the JSON nor the pages: the previous years are measured for the spreadsheets alone', () => {
    expect(plain.previous).toEqual({});
    expect(spreadsheets.indicators).toEqual(plain.indicators);
    expect(spreadsheets.sections.map((s) => s.history.map((h) => h.year))).toEqual(plain.sections.map((s) => s.history.map((h) => h.year)));
  });

  it('give every PLIE and Mission Locale breakdown row of the CSV its 2022 value, a cell out of 2022’s top 10 included', () => {
    const lines = indicatorsCsv(spreadsheets.indicators, 2023, spreadsheets.previous)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    const breakdowns = lines.filter(([key, , group]) => group !== '' && /^(plie|ml)\./.test(key!));
    expect(breakdowns.length).toBeGreaterThan(150);
    expect(breakdowns.filter((cells) => cells[5] === '')).toEqual([]);
    // ACI is in 2023's top 10 of subtypes, not in 2022's: its 2022 count (23 steps) comes from every cell of that year.
    expect(lines.map((l) => l.join(';'))).toContain('plie.steps.bySubtype;Étapes les plus mobilisées;ACI;nombre;27;23;4;0,17391304347826086');
    expect(lines.map((l) => l.join(';'))).toContain('plie.exits.byCategory;Sorties par catégorie;Emploi;personnes;67;78;-11;-0,14102564102564102');
    // Without the previous years measured, the same row has none.
    expect(indicatorsCsv(plain.indicators, 2023, plain.previous)).toContain('\r\nplie.exits.byCategory;Sorties par catégorie;Emploi;personnes;67;;;\r\n');
  });
});
