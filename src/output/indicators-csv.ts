import { UNIT_NAMES, type IndicatorsJson, type PreviousValues } from '../measure/indicator.js';
import { spreadsheetCsv, type Cell } from './csv.js';
import { asPercent, changeOf, figuresOf } from './figure-rows.js';

/**
 * The indicators as a spreadsheet: one row per figure and per breakdown cell (named in French),
 * with its unit, the previous year's value when the report measured it (from the `.history`
 * figure, or measured for the spreadsheets), the difference and, for counts and amounts, the
 * relative change. Rates are written in % and their difference in points.
 */
export function indicatorsCsv(indicators: IndicatorsJson, year: number, previous: PreviousValues = {}): string {
  const rows: Cell[][] = [];
  for (const figure of figuresOf(indicators, previous)) {
    for (const row of figure.rows) {
      const { gap, relative } = changeOf(row, year, figure.isRate);
      const before = row.previous.get(String(year - 1));
      const values = figure.isRate ? [asPercent(row.value), asPercent(before), asPercent(gap)] : [row.value, before, gap];
      rows.push([figure.key, figure.label, row.group, figure.isRate ? '%' : row.unit && UNIT_NAMES[row.unit], ...values, relative]);
    }
  }
  const header = ['clé', 'libellé', 'groupe', 'unité', `valeur ${year}`, `valeur ${year - 1}`, 'écart', 'évolution relative'];
  return spreadsheetCsv(header, rows);
}
