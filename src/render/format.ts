import { frenchNumber, frenchSpaces as tidy, NNBSP } from '../text/french-numbers.js';

/**
 * French typography (see text/french-numbers.ts): a narrow no-break space before % and €, a dash for a
 * figure that is missing.
 */
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

const DASH = '–';

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

export const formatNumber = (value: number | null | undefined): string => (missing(value) ? DASH : frenchNumber(value));
export const formatDecimal = (value: number | null | undefined): string => (missing(value) ? DASH : frenchNumber(value, 1));
export const formatPercent = (fraction: number | null | undefined): string => (missing(fraction) ? DASH : tidy(percent.format(fraction)));
export const formatEuros = (value: number | null | undefined): string => (missing(value) ? DASH : tidy(euros.format(value)));

/** Signed evolution of a figure against an earlier value: `+7,6 %` (or `+7,61 %` with 2 digits). */
export function formatEvolution(current: number | null | undefined, previous: number | null | undefined, digits = 1): string {
  if (missing(current) || missing(previous) || previous === 0) return DASH;
  const change = (current - previous) / previous;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const format = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: digits });
  return `${sign}${tidy(format.format(Math.abs(change)))}`;
}

/** `2,2 millions d'euros`: an amount in millions with one decimal, as a headline. */
export const formatMillions = (value: number | null | undefined): string => (missing(value) ? DASH : frenchNumber(value / 1_000_000, 1));

/** `3 participants`, `1 participant`: French plural of a label for a count (0 and 1 are singular). */
export const plural = (count: number, singular: string, pluralForm = `${singular}s`): string => (Math.abs(count) >= 2 ? pluralForm : singular);

/** A declared rate of change, signed: `+0,5 %`, `−4,4 %`. */
export function formatSignedPercent(rate: number | null | undefined, digits = 1): string {
  if (missing(rate)) return DASH;
  const sign = rate > 0 ? '+' : rate < 0 ? '−' : '';
  return `${sign}${tidy(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: digits }).format(Math.abs(rate)))}`;
}

/** `121,9 K`: an audience in thousands, as the networks' dashboards print it. */
export const formatThousands = (value: number | null | undefined): string =>
  missing(value) ? DASH : value < 1000 ? formatNumber(value) : `${frenchNumber(value / 1000, 1)}${NNBSP}K`;

const dayMonth = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** `2 mars`, `1er juin`: a date of the year as the report writes it. */
export function formatDayMonth(isoDate: string): string {
  const text = dayMonth.format(new Date(`${isoDate}T00:00:00Z`));
  return text.replace(/^1 /, '1er ');
}
