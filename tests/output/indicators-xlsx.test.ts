import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { indicatorsWorkbook } from '../../src/output/indicators-xlsx.js';
import { computeReport, type ComputedReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

/** The fixtures' workbook, read back with the library that wrote it. */
let computed: ComputedReport;
let bytes: Uint8Array;
const workbook = new ExcelJS.Workbook();

beforeAll(async () => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  computed = computeReport(dataset, config, undefined, { previous: true });
  bytes = await indicatorsWorkbook(computed.indicators, 2023, computed.previous);
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
}, 60_000);

const sheet = (name: string) => {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`feuille absente : ${name}`);
  return found;
};

/** The first row of a sheet whose key (last column) is this, and detail (column B) too when given (a breakdown's title line has neither detail nor value). */
function rowOf(name: string, key: string, detail?: string): ExcelJS.Row {
  const ws = sheet(name);
  const keyColumn = ws.getRow(1).cellCount;
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (row.getCell(keyColumn).value === key && (detail === undefined || row.getCell(2).value === detail)) return row;
  }
  throw new Error(`ligne absente : ${name} ${key} ${detail}`);
}

describe('indicators workbook', () => {
  it('has a summary, one sheet per offer and the sources, named in French', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Synthèse',
      'Territoire',
      'Maison de l’Emploi',
      'PLIE',
      'Mission Locale',
      'Communication',
      'Sources',
    ]);
    expect(sheet('PLIE').getRow(1).values).toEqual([
      undefined,
      'Indicateur',
      'Détail',
      'Unité',
      '2023',
      '2022',
      '2021',
      'Évolution sur un an',
      'Définition',
      'Clé',
    ]);
  });

  it('writes a count as a number with a whole-number format, beside its previous years and its evolution', () => {
    const row = rowOf('PLIE', 'plie.participants');
    expect(row.getCell(1).value).toBe('Participants en parcours');
    expect([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]).toEqual([383, 465, 522]);
    expect(row.getCell(4).numFmt).toBe('#,##0');
    expect(row.getCell(7).value).toBeCloseTo(383 / 465 - 1, 10);
    expect(row.getCell(7).numFmt).toMatch(/^\+0\.0 %/);
    expect(row.getCell(8).value).toMatch(/^Participants /);
  });

  it('writes a rate as a fraction with a % format, its evolution in points', () => {
    const row = rowOf('PLIE', 'plie.exits.positiveRate');
    expect(row.getCell(3).value).toBe('%');
    expect(row.getCell(4).value).toBeCloseTo(86 / 168, 12);
    expect(row.getCell(4).numFmt).toBe('0.0 %');
    expect(row.getCell(7).value).toBeCloseTo((86 / 168 - 0.46296296296296297) * 100, 8);
    expect(row.getCell(7).numFmt).toContain('pt');
  });

  it('writes an amount in €', () => {
    const row = rowOf('Mission Locale', 'ml.aids.total');
    expect(row.getCell(4).value).toBe(2238779);
    expect(row.getCell(4).numFmt).toBe('#,##0" €"');
  });

  it('lays a breakdown out as a table: a title line, then each cell in French with its previous-year value', () => {
    const ws = sheet('Mission Locale');
    const title = rowOf('Mission Locale', 'ml.aids.byFund');
    expect([title.getCell(1).value, title.getCell(2).value, title.getCell(4).value]).toEqual(['Aides par fonds', null, null]);
    const amount = rowOf('Mission Locale', 'ml.aids.byFund', 'Allocation CEJ/GJ / montant');
    expect([amount.getCell(3).value, amount.getCell(4).value, amount.getCell(5).value]).toEqual(['€', 2076074, 1842517]);
    expect(amount.getCell(5).numFmt).toBe('#,##0" €"');
    const people = rowOf('Mission Locale', 'ml.aids.byFund', 'Allocation CEJ/GJ / bénéficiaires');
    expect(people.getCell(3).value).toBe('personnes');
    // A breakdown the report keeps no `.history` of: its 2022 value measured for the spreadsheets.
    expect(computed.indicators['plie.exits.byCategory.history']).toBeUndefined();
    const employment = rowOf('PLIE', 'plie.exits.byCategory', 'Emploi');
    expect(employment.getCell(4).value).toBe(67);
    expect(employment.getCell(5).value).toBe((computed.previous['plie.exits.byCategory']!.value['2022'] as Record<string, number>)['Emploi']);
    expect(typeof employment.getCell(5).value).toBe('number');
    expect(ws.getRow(title.number).font?.bold).toBe(true);
  });

  it('gives the cells of one unit of a breakdown one format, with decimals when any has some, so that they align', () => {
    const hours = ['La Madeleine', 'Marcq-en-Barœul'].map((commune) => rowOf('Maison de l’Emploi', 'mde.clause.hoursByCommune', commune).getCell(4));
    expect(hours.map((cell) => [cell.value, cell.numFmt])).toEqual([
      [4854, '#,##0.0" h"'],
      [3534.5, '#,##0.0" h"'],
    ]);
    expect(rowOf('Maison de l’Emploi', 'mde.clause.territoryPeople', 'personnes').getCell(4).numFmt).toBe('#,##0');
  });

  it('freezes the header row of every sheet and gives its columns fitting widths', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
    const plie = sheet('PLIE');
    expect(plie.getColumn(1).width).toBeGreaterThan(30);
    expect(plie.getColumn(4).width).toBeLessThan(20);
    // « 2 238 779 € » fits its column.
    expect(sheet('Mission Locale').getColumn(4).width).toBeGreaterThanOrEqual('2 238 779 €'.length);
  });

  it('names the files of each figure, the previous years’ included, on the sources sheet', () => {
    const ws = sheet('Sources');
    expect(ws.getRow(1).values).toEqual([undefined, 'Clé', 'Indicateur', 'Feuille', 'Fichiers']);
    const rows = ws.getRows(2, ws.rowCount - 1)!;
    const participants = rows.find((r) => r.getCell(1).value === 'plie.participants')!;
    expect(participants.getCell(3).value).toBe('PLIE');
    expect(String(participants.getCell(4).value).split(', ')).toEqual(
      expect.arrayContaining(['2023/participants.csv', '2022/participants.csv', '2021/participants.csv']),
    );
    expect(rows.find((r) => r.getCell(1).value === 'territory.population')!.getCell(4).value).toBe('2023/contenu/territoire.json');
  });

  it('lists the figures with an evolution on the summary, and links to each sheet', () => {
    const ws = sheet('Synthèse');
    expect(ws.getRow(1).values).toEqual([undefined, 'Indicateur', 'Unité', '2023', '2022', '2021', 'Évolution sur un an', 'Feuille', 'Clé']);
    const rows = ws.getRows(2, ws.rowCount - 1)!;
    expect(rows.find((r) => r.getCell(8).value === 'plie.exits')?.getCell(3).value).toBe(168);
    const link = rows.map((r) => r.getCell(1).value).find((v) => typeof v === 'object' && v !== null && 'hyperlink' in v);
    expect(link).toEqual({ text: 'Territoire', hyperlink: "#'Territoire'!A1" });
  });

  it('is dated 31 December of the year, and the same figures give the same bytes at another time', async () => {
    expect(workbook.created.toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(workbook.creator).toBe('alpes-report');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-05-17T13:37:43Z'));
      const later = await indicatorsWorkbook(computed.indicators, 2023, computed.previous);
      expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('loading exceljs', () => {
  it('happens only when a workbook is written: importing the report does not load it', () => {
    // A process of its own: this file has loaded exceljs already.
    const probe = `
      const { createRequire } = await import('node:module');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/exceljs/'));
      await import(${JSON.stringify(resolve('src/report.ts'))});
      const before = loaded();
      const { indicatorsWorkbook } = await import(${JSON.stringify(resolve('src/output/indicators-xlsx.ts'))});
      await indicatorsWorkbook({ 'a.b': { value: 1, label: 'a', definition: 'a', sources: [] } }, 2023);
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true });
  }, 60_000);
});
