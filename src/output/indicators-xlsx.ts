import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import type { IndicatorsJson, PreviousValues } from '../measure/indicator.js';
import { asPercent, changeOf, figuresOf, type Figure } from './figure-rows.js';
import {
  bySheet,
  fittingWidth,
  numberFormat,
  POINTS_FORMAT,
  previousYearsOf,
  RELATIVE_FORMAT,
  sheetOf,
  SOURCES_SHEET,
  SUMMARY_SHEET,
  unitLabel,
} from './xlsx-layout.js';
import { setZipDates } from './zip-dates.js';

type Value = string | number | null;

/** About how many characters a cell shows: a number with its separators and unit (« 2 238 779 € »), a link its text. */
function shownLength(value: CellValue): number {
  if (typeof value === 'number') return Math.round(Math.abs(value)).toLocaleString('fr-FR').length + 7;
  if (typeof value === 'string') return value.length;
  return value !== null && typeof value === 'object' && 'text' in value ? String(value.text).length : 0;
}

/** A sheet whose first row names the columns: bold, frozen, filtered; then the rows; then widths that fit what they show. */
function table(workbook: Workbook, name: string, header: readonly string[], fill: (add: (values: readonly Value[]) => Row) => void): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  fill((values) => sheet.addRow([...values]));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const longest = header.map((h) => h.length);
  sheet.eachRow((row) => row.eachCell((cell, column) => (longest[column - 1] = Math.max(longest[column - 1] ?? 0, shownLength(cell.value)))));
  longest.forEach((n, i) => (sheet.getColumn(i + 1).width = fittingWidth(n, { max: header[i] === 'Définition' ? 90 : 60 })));
  return sheet;
}

/** The values of a line from the year back, each with its unit's number format, then its evolution on a year. */
function figureValues(sheetRow: Row, first: number, figure: Figure, index: number, years: readonly string[], year: number): void {
  const row = figure.rows[index]!;
  const unit = figure.isRate ? 'rate' : row.unit;
  [row.value, ...years.map((y) => row.previous.get(y) ?? null)].forEach((value, i) => {
    const cell = sheetRow.getCell(first + i);
    cell.value = value;
    if (value !== null) cell.numFmt = numberFormat(unit, figure);
  });
  const { gap, relative } = changeOf(row, year, figure.isRate);
  const evolution = sheetRow.getCell(first + 1 + years.length);
  evolution.value = figure.isRate ? (asPercent(gap) ?? null) : relative;
  evolution.numFmt = figure.isRate ? POINTS_FORMAT : RELATIVE_FORMAT;
}

const isBreakdown = (figure: Figure) => figure.rows.length !== 1 || figure.rows[0]!.group !== '';

/**
 * An offer's figures: a plain figure on one line; a breakdown as a small table, its name and
 * definition on a line of their own, then one line per cell (« Détail ») with its previous years.
 */
function offerSheet(workbook: Workbook, name: string, figures: readonly Figure[], year: number): void {
  const years = previousYearsOf(figures);
  const header = ['Indicateur', 'Détail', 'Unité', String(year), ...years, 'Évolution sur un an', 'Définition', 'Clé'];
  const gaps = (n: number) => Array<Value>(n).fill(null);
  table(workbook, name, header, (add) => {
    for (const figure of figures) {
      const breakdown = isBreakdown(figure);
      if (breakdown) add([figure.label, null, null, ...gaps(years.length + 2), figure.definition, figure.key]).font = { bold: true };
      figure.rows.forEach((row, index) => {
        const unit = unitLabel(figure.isRate ? 'rate' : row.unit);
        const line = add([
          breakdown ? null : figure.label,
          row.group || null,
          unit,
          ...gaps(years.length + 2),
          breakdown ? null : figure.definition,
          figure.key,
        ]);
        figureValues(line, 4, figure, index, years, year);
      });
    }
  });
}

/** The figures the report prints with their evolution (a plain figure with a `.history`), all offers together, and what each sheet holds. */
function summarySheet(workbook: Workbook, figures: readonly Figure[], sheets: readonly { name: string; figures: Figure[] }[], year: number): void {
  const key = figures.filter((f) => f.hasHistory && !isBreakdown(f));
  const years = previousYearsOf(key);
  const header = ['Indicateur', 'Unité', String(year), ...years, 'Évolution sur un an', 'Feuille', 'Clé'];
  table(workbook, SUMMARY_SHEET, header, (add) => {
    for (const figure of key) {
      const line = add([
        figure.label,
        unitLabel(figure.isRate ? 'rate' : figure.rows[0]!.unit),
        ...Array<Value>(years.length + 2).fill(null),
        sheetOf(figure.key),
        figure.key,
      ]);
      figureValues(line, 3, figure, 0, years, year);
    }
    add([]);
    add(['Feuille', 'Chiffres']).font = { bold: true };
    for (const sheet of sheets) {
      const line = add([null, sheet.figures.length]);
      // A link to the sheet (« #'PLIE'!A1 »): the workbook's table of contents.
      line.getCell(1).value = { text: sheet.name, hyperlink: `#'${sheet.name}'!A1` };
    }
    add([SOURCES_SHEET, null]).getCell(1).value = { text: SOURCES_SHEET, hyperlink: `#'${SOURCES_SHEET}'!A1` };
  });
}

/** Each figure with the files it was counted from, or where it is declared. */
function sourcesSheet(workbook: Workbook, figures: readonly Figure[]): void {
  table(workbook, SOURCES_SHEET, ['Clé', 'Indicateur', 'Feuille', 'Fichiers'], (add) => {
    for (const figure of figures) add([figure.key, figure.label, sheetOf(figure.key), figure.sources.join(', ')]);
  });
}

/**
 * The indicators as an Excel workbook: a summary, one sheet per offer, the sources. Numbers are
 * numbers with their unit's format; French names throughout. Dated 31 December of the year, in its
 * properties and its zip entries alike: the same figures give the same bytes. exceljs is loaded
 * here only, so that a build without the workbook does not load it.
 */
export async function indicatorsWorkbook(indicators: IndicatorsJson, year: number, previous: PreviousValues = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const day = new Date(Date.UTC(year, 11, 31));
  Object.assign(workbook, { creator: 'alpes-report', lastModifiedBy: 'alpes-report', created: day, modified: day });
  workbook.title = `Rapport d’activité ${year} : indicateurs`;
  const figures = figuresOf(indicators, previous);
  const sheets = bySheet(figures);
  summarySheet(workbook, figures, sheets, year);
  for (const sheet of sheets) offerSheet(workbook, sheet.name, sheet.figures, year);
  sourcesSheet(workbook, figures);
  const written = await workbook.xlsx.writeBuffer();
  return setZipDates(new Uint8Array(written as ArrayBuffer), day);
}
