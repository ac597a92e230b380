import { UNIT_NAMES, type Unit } from '../measure/indicator.js';
import type { Figure } from './figure-rows.js';

/** A sheet per offer, found by the keys' first segment; a key of none of them goes to « Autres chiffres ». */
const SHEETS: readonly { prefix: string; name: string }[] = [
  { prefix: 'territory', name: 'Territoire' },
  { prefix: 'mde', name: 'Maison de l’Emploi' },
  { prefix: 'plie', name: 'PLIE' },
  { prefix: 'ml', name: 'Mission Locale' },
  { prefix: 'communication', name: 'Communication' },
];
export const OTHER_SHEET = 'Autres chiffres';
export const SUMMARY_SHEET = 'Synthèse';
export const SOURCES_SHEET = 'Sources';

export const sheetOf = (key: string): string => SHEETS.find((s) => key.split('.')[0] === s.prefix)?.name ?? OTHER_SHEET;

/** The figures of each sheet, in the sheets' order, sheets without figures left out. */
export function bySheet(figures: readonly Figure[]): { name: string; figures: Figure[] }[] {
  const names = [...SHEETS.map((s) => s.name), OTHER_SHEET];
  return names.map((name) => ({ name, figures: figures.filter((f) => sheetOf(f.key) === name) })).filter((s) => s.figures.length > 0);
}

/**
 * Excel's number format of a unit, whole or with decimals (a mean, hours by the half). Excel shows
 * `#,##0` with the reader's own thousands separator (a space in French); a rate is a fraction that
 * `%` shows times 100.
 */
const NUMBER_FORMATS: Readonly<Record<Unit, readonly [whole: string, fractional: string]>> = {
  people: ['#,##0', '#,##0.0'],
  count: ['#,##0', '#,##0.00'],
  hours: ['#,##0" h"', '#,##0.0" h"'],
  euros: ['#,##0" €"', '#,##0.00" €"'],
  rate: ['0.0 %', '0.0 %'],
  months: ['0.0" mois"', '0.0" mois"'],
  ratio: ['0.00', '0.00'],
};

/** The format of a figure's values of a unit: with decimals when any of them has some, so that a breakdown's cells align. */
export function numberFormat(unit: Unit | undefined, figure: Figure): string {
  const [whole, fractional] = NUMBER_FORMATS[unit ?? 'count'];
  const ofUnit = figure.rows.filter((row) => (figure.isRate ? 'rate' : row.unit) === unit);
  const decimals = ofUnit.some((row) => [row.value, ...row.previous.values()].some((v) => v !== null && !Number.isInteger(v)));
  return decimals ? fractional : whole;
}

/** A relative change (counts, amounts), and a rate's change in points (the difference of two fractions, times 100). */
export const RELATIVE_FORMAT = '+0.0 %;-0.0 %;0.0 %';
export const POINTS_FORMAT = '+0.0" pt";-0.0" pt";0.0" pt"';

/** The unit as the sheet names it: « personnes », « € », « % »… */
export const unitLabel = (unit: Unit | undefined): string => (unit === undefined ? '' : UNIT_NAMES[unit]);

/** A column's width that fits its longest text (in characters), within bounds. */
export const fittingWidth = (longest: number, { min = 8, max = 60 } = {}): number => Math.min(max, Math.max(min, longest + 2));

/** The previous years any figure of the list has, nearest first. */
export function previousYearsOf(figures: readonly Figure[]): string[] {
  const years = new Set(figures.flatMap((f) => f.rows.flatMap((r) => [...r.previous.keys()])));
  return [...years].sort((a, b) => Number(b) - Number(a));
}
