import { frenchNumber } from './french-numbers.js';

/**
 * Agreement with a number, the French way: 0 and 1 (and anything below 2, « 1,5 million ») are
 * singular, « 0 jeune », « 1 atelier », « 2 ateliers ». A missing figure (printed « – ») takes the
 * plural. The one rule for the report's templates (the `plural` helper) and the command line's
 * messages alike.
 *
 * A count may be given as printed (`1 234`, `1,6`), so that a rounded figure agrees with what the
 * reader sees: 1,96 printed « 2 » takes the plural.
 */
export type Count = number | string | null | undefined;

const valueOf = (count: Count): number =>
  typeof count === 'string'
    ? Number(
        count
          .replace(/[\s\u00a0\u202f]/g, '')
          .replace(',', '.')
          .replace('−', '-'),
      )
    : (count ?? Number.NaN);

export const isPlural = (count: Count): boolean => {
  const value = valueOf(count);
  return Number.isNaN(value) || Math.abs(value) >= 2;
};

/** `atelier` or `ateliers`; the plural form defaults to the singular with an s. */
export const plural = (count: Count, singular: string, pluralForm = `${singular}s`): string => (isPlural(count) ? pluralForm : singular);

/** `3 avertissements`, `1 avertissement`, `0 erreur`: a whole count (French digits) and its noun. */
export const counted = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${frenchNumber(count)} ${plural(count, singular, pluralForm)}`;
