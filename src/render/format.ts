import { frenchNumber, frenchSpaces as tidy, NNBSP } from '../text/french-numbers.js';
import { plural } from '../text/plural.js';

/**
 * French typography (see text/french-numbers.ts): a narrow no-break space before % and €, a dash for a
 * figure that is missing.
 */
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const percents = new Map<number, Intl.NumberFormat>();
/** A share with at most `digits` decimals: `21,8 %`. */
function percentTo(digits: number, fraction: number): string {
  let format = percents.get(digits);
  if (format === undefined) percents.set(digits, (format = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: digits })));
  return tidy(format.format(fraction));
}
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

const DASH = '–';

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

export const formatNumber = (value: number | null | undefined): string => (missing(value) ? DASH : frenchNumber(value));
export const formatDecimal = (value: number | null | undefined): string => (missing(value) ? DASH : frenchNumber(value, 1));
export const formatPercent = (fraction: number | null | undefined): string => (missing(fraction) ? DASH : tidy(percent.format(fraction)));
export const formatEuros = (value: number | null | undefined): string => (missing(value) ? DASH : tidy(euros.format(value)));

/**
 * The one precision of the report's evolutions, whatever their source (computed from two years or
 * declared): one decimal at most, `+7,6 %`, `+0,5 %`, `−4,4 %`, « une hausse de 21,8 % ».
 */
export const EVOLUTION_DIGITS = 1;

const signed = (rate: number, digits: number) => `${rate > 0 ? '+' : rate < 0 ? '−' : ''}${percentTo(digits, Math.abs(rate))}`;

/** Signed evolution of a figure against an earlier value: `+7,6 %` (a published figure may be checked at its own precision: `+7,61 %`). */
export function formatEvolution(current: number | null | undefined, previous: number | null | undefined, digits = EVOLUTION_DIGITS): string {
  if (missing(current) || missing(previous) || previous === 0) return DASH;
  return signed((current - previous) / previous, digits);
}

/** The size of a change, unsigned, for sentences that already say « hausse » or « baisse »: `21,8 %`. */
export function formatChange(current: number | null | undefined, previous: number | null | undefined): string {
  if (missing(current) || missing(previous) || previous === 0) return DASH;
  return percentTo(EVOLUTION_DIGITS, Math.abs(current - previous) / previous);
}

/** A declared rate of change, signed: `+0,5 %`, `−4,4 %`. */
export const formatSignedPercent = (rate: number | null | undefined, digits = EVOLUTION_DIGITS): string => (missing(rate) ? DASH : signed(rate, digits));

/** Amounts below this are printed to the euro; from it, in thousands or millions of euros. */
const WHOLE_EUROS_BELOW = 10_000;

/** An amount in the unit its size calls for, as a figure and its unit: `950` `€`, `10,2` `k€`, `2,3` `millions d’euros`. */
export function amountParts(value: number | null | undefined): { figure: string; unit: string } {
  if (missing(value)) return { figure: DASH, unit: '€' };
  if (Math.abs(value) < WHOLE_EUROS_BELOW) return { figure: frenchNumber(value), unit: '€' };
  // Three significant digits at most: one decimal below 100 of the unit, none from it.
  const inUnit = (size: number) => frenchNumber(value / size, Math.abs(value / size) < 99.95 ? 1 : 0);
  if (Math.abs(value) < 999_500) return { figure: inUnit(1000), unit: 'k€' };
  const figure = inUnit(1_000_000);
  return { figure, unit: `${plural(figure, 'million')} d’euros` };
}

/** `950 €`, `10,2 k€`, `123 k€`, `2,3 millions d’euros`: an amount in a sentence or a headline (tables print the euros). */
export function formatAmount(value: number | null | undefined): string {
  const { figure, unit } = amountParts(value);
  return `${figure}${unit === '€' || unit === 'k€' ? NNBSP : ' '}${unit}`;
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
