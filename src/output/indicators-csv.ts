import type { IndicatorsJson } from '../measure/indicator.js';
import { isRateKey } from '../measure/indicator.js';
import { spreadsheetCsv, type Cell } from './csv.js';

type Value = IndicatorsJson[string]['value'];

/** A breakdown as `[cell, value]` pairs; a nested cell is `outer / inner`; a plain figure is one pair with no cell. */
function cells(value: Value | undefined): Map<string, number | null> {
  if (value === undefined) return new Map();
  if (value === null || typeof value === 'number') return new Map([['', value]]);
  const flat = new Map<string, number | null>();
  for (const [outer, inner] of Object.entries(value)) {
    if (inner === null || typeof inner === 'number') flat.set(outer, inner);
    else for (const [name, v] of Object.entries(inner)) flat.set(`${outer} / ${name}`, v as number | null);
  }
  return flat;
}

/**
 * The indicators as a spreadsheet: one row per figure and per breakdown cell, with the previous
 * year's value when the report computed it (from the `.history` figure), the difference and, for
 * counts and amounts, the relative change.
 */
export function indicatorsCsv(indicators: IndicatorsJson, year: number): string {
  const rows: Cell[][] = [];
  for (const [key, { label, value }] of Object.entries(indicators)) {
    // A `.history` figure fills the previous-year column of its own figure rather than a row of its own.
    if (key.endsWith('.history') && key.slice(0, -'.history'.length) in indicators) continue;
    const history = indicators[`${key}.history`]?.value;
    const previousYear = history !== null && typeof history === 'object' ? (history as Record<string, Value>)[String(year - 1)] : undefined;
    const previous = cells(previousYear);
    for (const [group, current] of cells(value)) {
      const before = previous.get(group);
      const gap = current !== null && before !== undefined && before !== null ? current - before : null;
      const change = gap !== null && !isRateKey(key) && before ? gap / before : null;
      rows.push([key, label, group, current, before, gap, change]);
    }
  }
  return spreadsheetCsv(['clé', 'libellé', 'groupe', `valeur ${year}`, `valeur ${year - 1}`, 'écart', 'évolution relative'], rows);
}
