import { cellName, isRateKey, unitOf, type IndicatorsJson, type PreviousValues, type Unit } from '../measure/indicator.js';
import { frenchTypography } from '../text/typography.js';

type Value = IndicatorsJson[string]['value'];

/** One line of a spreadsheet: a plain figure, or one cell of a breakdown. */
export interface FigureRow {
  /** The cell's French name (« Allocation CEJ/GJ / montant »); empty for a plain figure. */
  group: string;
  /** The cell's own unit where the breakdown's cells differ, else the figure's; undefined for a figure declared without one. */
  unit: Unit | undefined;
  value: number | null;
  /** The same cell's value on each previous year measured (`"2022"` → value); a year without the cell has none. */
  previous: Map<string, number | null>;
}

/** A figure with its lines, as the spreadsheets write it. */
export interface Figure {
  key: string;
  label: string;
  definition: string;
  /** Its files, the previous years' included. */
  sources: string[];
  isRate: boolean;
  /** The report prints its evolution: it keeps a `.history` figure. */
  hasHistory: boolean;
  rows: FigureRow[];
}

interface Cell {
  /** The cell's names as the value has them, outer first. */
  path: string[];
  value: number | null;
}

/** A breakdown as its cells; a nested cell has two names; a plain figure is one cell with none. */
function cellsOf(value: Value | undefined): Cell[] {
  if (value === undefined) return [];
  if (value === null || typeof value === 'number') return [{ path: [], value }];
  const found: Cell[] = [];
  for (const [outer, inner] of Object.entries(value)) {
    if (inner === null || typeof inner === 'number') found.push({ path: [outer], value: inner });
    else for (const [name, v] of Object.entries(inner)) found.push({ path: [outer, name], value: v as number | null });
  }
  return found;
}

/** A figure's values on the previous years and their files: its `.history` figure's, or those measured for the spreadsheets. */
export function previousYears(indicators: IndicatorsJson, previous: PreviousValues, key: string): { value: Record<string, Value>; sources: string[] } {
  const history = indicators[`${key}.history`];
  if (history?.value !== null && typeof history?.value === 'object') return { value: history.value as Record<string, Value>, sources: history.sources };
  return previous[key] ?? { value: {}, sources: [] };
}

/**
 * Every figure as spreadsheet lines, in the JSON's order: one per plain figure and per breakdown
 * cell, each with its previous years' values. A `.history` figure fills the previous years of its
 * own figure rather than lines of its own (one whose figure is absent keeps its lines, one per year).
 * A cell the code names is written with its declared French name (`cellLabels`), a cell named by
 * the data (a commune) as it is.
 */
export function figuresOf(indicators: IndicatorsJson, previous: PreviousValues = {}): Figure[] {
  const figures: Figure[] = [];
  for (const [key, { label, definition, sources, value, unit, cellLabels }] of Object.entries(indicators)) {
    if (key.endsWith('.history') && key.slice(0, -'.history'.length) in indicators) continue;
    // Each year's cells by their names: a breakdown of every commune is not searched cell by cell.
    const pathKey = (path: string[]) => path.join('\u0000');
    const earlier = previousYears(indicators, previous, key);
    const before = Object.entries(earlier.value).map(([year, v]) => [year, new Map(cellsOf(v).map((cell) => [pathKey(cell.path), cell.value]))] as const);
    const rows = cellsOf(value).map(({ path, value: current }): FigureRow => {
      const byYear = new Map<string, number | null>();
      for (const [year, cells] of before) if (cells.has(pathKey(path))) byYear.set(year, cells.get(pathKey(path))!);
      const inner = path.at(-1);
      const group = path.map((name) => cellName(name, cellLabels)).join(' / ');
      return { group, unit: unit === undefined ? undefined : (unitOf(unit, inner) ?? unitOf(unit, path[0])), value: current, previous: byYear };
    });
    const hasHistory = `${key}.history` in indicators;
    const files = [...new Set([...sources, ...earlier.sources])];
    // Words typeset as the report prints them (’, no-break spaces); the data's own names (a commune, a category) as written.
    const [words, meaning] = [label, definition].map((text) => frenchTypography(text, { spaceBeforeColon: true })) as [string, string];
    // A declared figure's label follows its number on the page (« 7 formations civiques… »); alone in a cell it starts a sentence.
    const title = words.charAt(0).toLocaleUpperCase('fr') + words.slice(1);
    figures.push({ key, label: title, definition: meaning, sources: files, isRate: isRateKey(key) || unit === 'rate', hasHistory, rows });
  }
  return figures;
}

/** The change from the year before: the difference, and for a count or an amount the relative change (a rate changes by points). */
export function changeOf(row: FigureRow, year: number, isRate: boolean): { gap: number | null; relative: number | null } {
  const before = row.previous.get(String(year - 1));
  const gap = row.value !== null && before !== undefined && before !== null ? row.value - before : null;
  return { gap, relative: gap !== null && !isRate && before ? gap / before : null };
}

/** A rate as a percentage (`51,19` %) without the noise of a binary fraction times 100. */
export const asPercent = (fraction: number | null | undefined): number | null | undefined =>
  fraction === null || fraction === undefined ? fraction : Math.round(fraction * 1e12) / 1e10;
