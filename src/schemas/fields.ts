import '../zod-french.js';
import { z } from 'zod';
import { normalizeKey } from '../text.js';
import { parseDate } from './dates.js';

/**
 * Cell parsers: each takes the trimmed cell text ('' when empty) and yields a typed value or a
 * French message naming the faulty value, as analysts read them in the error list.
 */
const MISSING = 'valeur obligatoire manquante';

export const text = () => z.string().min(1, MISSING);

export const optionalText = () => z.string().transform((v) => (v === '' ? undefined : v));

export const optionalDate = () =>
  z.string().transform((v, ctx) => {
    if (v === '') return undefined;
    const parsed = parseDate(v);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » n'est pas une date valide (jj/mm/aaaa attendu)` });
      return z.NEVER;
    }
    return parsed;
  });

export const date = () => z.string().min(1, MISSING).pipe(optionalDate()).transform((v) => v!);

const YES = new Set(['oui', 'o', '1', 'vrai', 'x', 'yes', 'y', 'true']);
const NO = new Set(['non', 'n', '0', 'faux', 'no', 'false', '']);

/** Oui/Non, O/N, 1/0…; an empty cell reads as Non, as the exports leave unticked boxes empty. */
export const yesNo = () =>
  z.string().transform((v, ctx) => {
    const key = normalizeKey(v);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    ctx.addIssue({ code: 'custom', message: `« ${v} » n'est pas une valeur Oui/Non` });
    return z.NEVER;
  });

/** A closed list: `spellings` maps each accepted spelling (any case or accent) to its canonical value. */
function codeParser<T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>>, optional: boolean) {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(normalizeKey(value), value);
  for (const [spelling, value] of Object.entries(spellings)) lookup.set(normalizeKey(spelling), value);
  return z.string().transform((v, ctx): T | undefined => {
    if (v === '') {
      if (optional) return undefined;
      ctx.addIssue({ code: 'custom', message: MISSING });
      return z.NEVER;
    }
    const found = lookup.get(normalizeKey(v));
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » n'est pas une valeur admise (${values.join(', ')})` });
      return z.NEVER;
    }
    return found;
  });
}

export const code = <T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>> = {}) =>
  codeParser(values, spellings, false) as unknown as z.ZodType<T, string>;

export const optionalCode = <T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>> = {}) =>
  codeParser(values, spellings, true);

export const optionalNumber = (options: { min?: number } = {}) =>
  z.string().transform((v, ctx) => {
    if (v === '') return undefined;
    const n = Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » n'est pas un nombre` });
      return z.NEVER;
    }
    if (options.min !== undefined && n < options.min) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » : un nombre supérieur ou égal à ${options.min} est attendu` });
      return z.NEVER;
    }
    return n;
  });

/** Euros as exports write them: `1 234,56 €`, `1234.56`, `612,00`; never negative. */
export const optionalAmount = () =>
  z.string().transform((v, ctx) => {
    if (v === '') return undefined;
    const cleaned = v.replace(/\s*(€|EUR)$/i, '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    const n = /^-?\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (Number.isNaN(n)) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » n'est pas un montant (ex. 1 234,56 €)` });
      return z.NEVER;
    }
    if (n < 0) {
      ctx.addIssue({ code: 'custom', message: `« ${v} » : un montant ne peut pas être négatif` });
      return z.NEVER;
    }
    return n;
  });
