import '../text/zod-french.js';
import { z } from 'zod';
import { normalizeKey } from '../text/fold.js';
import { dateProblem, isNoEndDate, parseDate, parseMonth } from './dates.js';
import { numberFaultMessage, parseNumber } from './numbers.js';
import { intern } from './text-pool.js';
import { Spellings } from './spellings.js';

/**
 * Cell parsers: each takes the trimmed cell text ('' when empty) and yields a typed value or a
 * French message naming the faulty value, as analysts read them in the error list.
 *
 * Each is written once as a plain function and wrapped in a zod schema, from which the row types
 * are inferred. Validation calls the plain function directly (`cellParserOf`): millions of cells
 * go through it, and zod's per-call result objects would cost more than the parsing itself.
 */
const MISSING = 'valeur obligatoire manquante';

/** What a cell parser returns for a bad cell. */
export class Invalid {
  constructor(readonly message: string) {}
}

export type CellParser<T> = (cell: string) => T | Invalid;

const plainParsers = new WeakMap<z.ZodType, CellParser<unknown>>();

/** A cell parser as a zod schema (for the types and any other use) that validation can call plainly. */
export function cell<T>(parse: CellParser<T>): z.ZodType<T, string> {
  const schema = z.string().transform((value, ctx) => {
    const result = parse(value);
    if (result instanceof Invalid) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result;
  });
  plainParsers.set(schema, parse as CellParser<unknown>);
  return schema as unknown as z.ZodType<T, string>;
}

/** The plain function behind a schema made by `cell`, or a wrapper of any other zod schema. */
export function cellParserOf(schema: z.ZodType): CellParser<unknown> {
  return (
    plainParsers.get(schema) ??
    ((value: string) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : new Invalid(result.error.issues.map((i) => i.message).join(' ; '));
    })
  );
}

/** A column's own values before the shared pool: a theme or a partner takes a few values, found in a small map. */
const LOCAL_VALUES = 256;

/**
 * `intern` for one column: the value of the row before (exports list a person's rows together, so
 * identifiers come in runs), then the column's few values, then the shared pool (millions of
 * identifiers, slower to search).
 */
function columnInterner(localValues = LOCAL_VALUES): (value: string) => string {
  let last = '';
  const local = new Spellings<string>(localValues);
  return (value) => {
    if (value === last) return last;
    return (last = localValues === 0 ? intern(value) : local.valueOf(value, intern));
  };
}

export const text = () => {
  const shared = columnInterner();
  return cell((v) => (v === '' ? new Invalid(MISSING) : shared(v)));
};

/** Whether an identifier is written in its normal form (see `normalIdentifier`): no space, small letter or non-ASCII character. */
function isNormalIdentifier(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || (c >= 97 && c <= 122) || c >= 127) return false;
  }
  return true;
}

/**
 * The form identifiers are compared in: without case or spaces, so that `pl - 002364` and
 * `PL-002364` are one person in every join, count and duplicate check. Most exports already write
 * this form: a scan of the few characters finds it, with no copy.
 */
export function normalIdentifier(value: string): string {
  return isNormalIdentifier(value) ? value : value.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/**
 * A looser form than `normalIdentifier`, only to report near-duplicates, never to join: without
 * punctuation and without the leading zeros of each run of digits, which a spreadsheet drops
 * (`PL-002364`, `PL002364` and `PL-2364` are `PL2364`). A run of zeros alone stays `0`. Takes a normal form.
 */
export function looseIdentifier(normal: string): string {
  // Built from the runs of characters kept, a slice each (a person's identifier is two or three),
  // rather than character by character: a national jeunes.csv asks it of a million identifiers.
  let out = '';
  let kept = 0;
  let inDigits = false;
  let leadingZero = false;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    let dropped = false;
    if (!digit && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && c < 128) dropped = true;
    else if (digit) {
      // A zero that starts a run (or follows its leading zeros) is dropped, unless the run ends on it.
      dropped = c === 48 && (!inDigits || leadingZero);
      leadingZero = dropped;
      inDigits = true;
    } else {
      // Only dropped characters since the last run: the zero given back comes right after it.
      if (leadingZero) out += '0';
      inDigits = false;
      leadingZero = false;
    }
    if (dropped) {
      if (kept < i) out += normal.slice(kept, i);
      kept = i + 1;
    }
  }
  if (kept === 0) return normal;
  if (kept < normal.length) out += normal.slice(kept);
  if (leadingZero) out += '0';
  // Only characters dropped (a run of zeros gives one back): the same length is the same text.
  return out.length === normal.length ? normal : out;
}

/** How many spellings not in normal form one identifier column remembers (emptied when full: about 16 MB at most). */
const MAX_SPELLINGS = 1 << 18;

/**
 * An identifier cell, read in its normal form (`normalIdentifier`), shared like text. A spelling
 * not in normal form (`ml-001042`: lowercase pseudonyms fill whole exports) is normalised once, not
 * on each of its person's rows (about 13 a person, not always together).
 */
/** The schemas made by `identifier`: their columns are numbered in the shared pool when read into a table (`ColumnStore.number`). */
const identifierSchemas = new WeakSet<z.ZodType>();

export const isIdentifier = (schema: z.ZodType): boolean => identifierSchemas.has(schema);

export const identifier = () => {
  // No map of the column's own values: a million people outnumber any few, and a fresh cell looked up there is hashed for nothing.
  const shared = columnInterner(0);
  const normalOf = new Map<string, string>();
  // Rows of one person come together: the cell of the row before is the likeliest.
  let lastWritten = '';
  let lastValue = '';
  const schema = cell((v) => {
    if (v === lastWritten && v !== '') return lastValue;
    if (v === '') return new Invalid(MISSING);
    let normal = isNormalIdentifier(v) ? shared(v) : normalOf.get(v);
    if (normal === undefined) {
      normal = shared(normalIdentifier(v));
      if (normalOf.size >= MAX_SPELLINGS) normalOf.clear();
      // The key copied: the cell is cut from its chunk of text, which it would keep in memory.
      normalOf.set(v.length < 13 ? v : (' ' + v).slice(1), normal);
    }
    lastValue = normal;
    lastWritten = v;
    return lastValue;
  });
  identifierSchemas.add(schema);
  return schema;
};

export const optionalText = () => {
  const shared = columnInterner();
  return cell((v) => (v === '' ? undefined : shared(v)));
};

const badDate = (v: string) => new Invalid(`« ${v} » n'est pas une date valide (${dateProblem(v) ?? 'jj/mm/aaaa attendu'})`);

export const optionalDate = () => cell((v) => (v === '' ? undefined : (parseDate(v) ?? badDate(v))));

/** An end date, empty while what it ends runs: `31/12/9999` or `00/00/0000` say so too (read as empty). */
export const optionalEndDate = () => cell((v) => (v === '' || isNoEndDate(v) ? undefined : (parseDate(v) ?? badDate(v))));

export const date = () => cell((v) => (v === '' ? new Invalid(MISSING) : (parseDate(v) ?? badDate(v))));

/** A day, or a month (`01/2023`, `2023-01`) read as its first day: the period of hours worked. */
export const dateOrMonth = () =>
  cell((v) =>
    v === ''
      ? new Invalid(MISSING)
      : (parseDate(v) ?? parseMonth(v) ?? new Invalid(`« ${v} » n'est pas une date ni un mois valide (${dateProblem(v) ?? 'jj/mm/aaaa ou mm/aaaa attendu'})`)),
  );

const YES = new Set(['oui', 'o', '1', 'vrai', 'x', 'yes', 'y', 'true']);
const NO = new Set(['non', 'n', '0', 'faux', 'no', 'false', '']);

/** Oui/Non, O/N, 1/0…; an empty cell reads as Non, as the exports leave unticked boxes empty. */
export const yesNo = () =>
  cell((v) => {
    // Almost every cell is one of these three: no folding needed.
    if (v === 'Non' || v === '') return false;
    if (v === 'Oui') return true;
    const key = normalizeKey(v);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    return new Invalid(`« ${v} » n'est pas une valeur Oui/Non`);
  });

/** A closed list: `spellings` maps each accepted spelling (any case or accent) to its canonical value. */
function codeParser<T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>>, optional: boolean) {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(normalizeKey(value), value);
  for (const [spelling, value] of Object.entries(spellings)) lookup.set(normalizeKey(spelling), value);
  // The exports repeat a handful of spellings: remember each one met rather than fold it again.
  const seen = new Spellings<T | undefined>(10_000);
  const fold = (v: string) => lookup.get(normalizeKey(v));
  const allowed = `(${values.join(', ')})`;
  return cell((v): T | undefined | Invalid => {
    if (v === '') return optional ? undefined : new Invalid(MISSING);
    return seen.valueOf(v, fold) ?? new Invalid(`« ${v} » n'est pas une valeur admise ${allowed}`);
  });
}

export const code = <T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>> = {}) =>
  codeParser(values, spellings, false) as unknown as z.ZodType<T, string>;

export const optionalCode = <T extends string>(values: readonly T[], spellings: Readonly<Record<string, T>> = {}) => codeParser(values, spellings, true);

export interface NumberOptions {
  min?: number;
  /** Counts (exhibitors, visitors…): a decimal is refused. */
  integer?: boolean;
}

/** A number in French or plain decimal form (see `parseNumber`); empty is undefined. */
export const optionalNumber = (options: NumberOptions = {}) =>
  cell((v) => {
    if (v === '') return undefined;
    const n = parseNumber(v);
    if (typeof n === 'string') return new Invalid(numberFaultMessage(v, n));
    if (options.min !== undefined && n < options.min) return new Invalid(`« ${v} » : un nombre supérieur ou égal à ${options.min} est attendu`);
    if (options.integer && !Number.isInteger(n)) return new Invalid(`« ${v} » : un nombre entier est attendu`);
    return n;
  });

const CURRENCY = /\s*(?:€|eur)$/i;

/** Euros as exports write them: `1 234,56 €`, `1234.56`, `612,00`; at most two decimals, never negative. */
export const optionalAmount = () =>
  cell((v) => {
    if (v === '') return undefined;
    const written = CURRENCY.test(v) ? v.replace(CURRENCY, '') : v;
    const n = parseNumber(written);
    if (typeof n === 'string') return new Invalid(n === 'syntax' ? `« ${v} » n'est pas un montant (ex. 1 234,56 €)` : numberFaultMessage(v, n));
    if (n < 0) return new Invalid(`« ${v} » : un montant ne peut pas être négatif`);
    const separator = Math.max(written.lastIndexOf(','), written.lastIndexOf('.'));
    if (separator >= 0 && written.length - separator > 3) return new Invalid(`« ${v} » : un montant a au plus deux décimales (ex. 1 234,56 €)`);
    return n;
  });
