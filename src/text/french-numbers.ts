/**
 * Numbers written the French way, in the report and in messages alike: thousands grouped with a
 * narrow no-break space (U+202F), decimal comma — what Intl's fr-FR locale produces, its spaces
 * made one so that the text is the same whatever the ICU version.
 */
export const NNBSP = '\u202f';

/** Intl's spaces (no-break, narrow no-break, plain) made one narrow no-break space. */
export const frenchSpaces = (text: string): string => text.replace(/[\u00a0\u202f ]/g, NNBSP);

const formats = new Map<number, Intl.NumberFormat>();

/** `1 234`, `24,5`: at most `digits` decimals (rounded), French grouping and comma. */
export function frenchNumber(value: number, digits = 0): string {
  let format = formats.get(digits);
  if (format === undefined) formats.set(digits, (format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits })));
  return frenchSpaces(format.format(value));
}
