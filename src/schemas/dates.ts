/** A calendar date as `yyyy-mm-dd`: compares correctly as a string and reads well in tests. */
export type IsoDate = string;

/** `dd/mm/yyyy`, also with `.` or `-` (the same twice), and an optional time (`09:30`, `09:30:00`, `9h30`). */
const FRENCH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/;

/**
 * What case-management systems write for « no end yet » in an end-date column: the last or a null
 * day. Read as no date there (a running step, an exit not yet known), never elsewhere.
 */
const NO_END_DATES = new Set(['31/12/9999', '31.12.9999', '31-12-9999', '9999-12-31', '00/00/0000', '00.00.0000', '00-00-0000', '0000-00-00']);

/** Whether an end-date cell says « no end yet » with a sentinel date (`31/12/9999`, `00/00/0000`…), a time after it or not. */
export const isNoEndDate = (value: string): boolean =>
  value.length === 10 ? NO_END_DATES.has(value) : (value[10] === ' ' || value[10] === 'T') && NO_END_DATES.has(value.slice(0, 10));

/** The years a date of the exports may fall in: a birth in the last century, a planned end this one. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Exports repeat the same few thousand dates: each spelling is parsed once (and shares one string). */
const parsed = new Map<string, IsoDate | undefined>();

/**
 * The plain spelling `dd/mm/yyyy` (nearly every date cell: 30 million at a national volume) found by
 * its digits rather than in `parsed`: a cell is a fresh text, which a `Map` must hash in V8's runtime
 * (half the lookup's time). The key is the spelling's (one spelling, one key), so the result is the same.
 */
const NOT_A_DATE = 0;
/** Each key's date, filled as met (`NOT_A_DATE`: parsed, not a date): dense, so that V8 keeps it an array. */
const byPlainKey: (IsoDate | typeof NOT_A_DATE | undefined)[] = new Array((LAST_YEAR - FIRST_YEAR + 1) * 13 * 32).fill(undefined);

const digitAt = (value: string, at: number) => {
  const digit = value.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
};

/** A number for `dd/mm/yyyy` written with digits (a day up to 31, a month up to 12, a year FIRST_YEAR to LAST_YEAR); -1 for any other spelling. */
function plainKey(value: string): number {
  if (value.length !== 10 || value.charCodeAt(2) !== 47 || value.charCodeAt(5) !== 47) return -1;
  const day = digitAt(value, 0) * 10 + digitAt(value, 1);
  const month = digitAt(value, 3) * 10 + digitAt(value, 4);
  const year = digitAt(value, 6) * 1000 + digitAt(value, 7) * 100 + digitAt(value, 8) * 10 + digitAt(value, 9);
  // NaN (a character not a digit) fails every test.
  if (!(day <= 31 && month <= 12 && year >= FIRST_YEAR && year <= LAST_YEAR)) return -1;
  return ((year - FIRST_YEAR) * 13 + month) * 32 + day;
}

/**
 * Parses `dd/mm/yyyy` (also `d/m/yyyy`, `dd.mm.yyyy`, `dd-mm-yyyy`) or ISO `yyyy-mm-dd`, with an
 * optional time that must be a real one (it is then dropped); undefined when not a real date
 * (`dateProblem` says why).
 */
export function parseDate(value: string): IsoDate | undefined {
  const key = plainKey(value);
  if (key !== -1) {
    const cached = byPlainKey[key];
    if (cached !== undefined) return cached === NOT_A_DATE ? undefined : cached;
    const result = parseDateOnce(value);
    byPlainKey[key] = result ?? NOT_A_DATE;
    return result;
  }
  const known = parsed.get(value);
  if (known !== undefined || parsed.has(value)) return known;
  const result = parseDateOnce(value);
  if (parsed.size < 100_000) parsed.set(value, result);
  return result;
}

interface DateParts {
  y: number;
  m: number;
  d: number;
  /** The time written, if any. */
  time?: { h: number; min: number; s: number };
}

function partsOf(value: string): DateParts | undefined {
  const french = FRENCH.exec(value);
  const match = french ?? ISO.exec(value);
  if (!match) return undefined;
  const [y, m, d] = (french ? [french[4], french[3], french[1]] : [match[1], match[2], match[3]]).map(Number) as [number, number, number];
  const [h, min, s] = french ? [french[5], french[6], french[7]] : [match[4], match[5], match[6]];
  return { y, m, d, ...(h !== undefined && { time: { h: Number(h), min: Number(min), s: s === undefined ? 0 : Number(s) } }) };
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** What makes the parts of a date impossible, in French; undefined when it is a real date. */
function impossibility({ y, m, d, time }: DateParts): string | undefined {
  if (y < FIRST_YEAR || y > LAST_YEAR) return `année ${y} hors des années admises (${FIRST_YEAR} à ${LAST_YEAR})`;
  if (m < 1 || m > 12) return `mois ${m} impossible (jj/mm/aaaa : le jour d’abord, puis le mois)`;
  if (d < 1) return `jour ${d} impossible`;
  if (d > daysIn(y, m)) return `${MONTHS[m - 1]} ${y} n’a que ${daysIn(y, m)} jours`;
  if (time && (time.h > 23 || time.min > 59 || time.s > 59)) return `heure ${pad(time.h)}:${pad(time.min)}${time.s ? `:${pad(time.s)}` : ''} impossible`;
  return undefined;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function parseDateOnce(value: string): IsoDate | undefined {
  const parts = partsOf(value);
  if (parts === undefined || impossibility(parts) !== undefined) return undefined;
  return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`;
}

/** A month, `mm/yyyy` (also `m/yyyy`) or `yyyy-mm`, as its first day; undefined when not a real month. */
export function parseMonth(value: string): IsoDate | undefined {
  const match = /^(\d{1,2})\/(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [m, y] = (match[2]!.length === 4 ? [match[1], match[2]] : [match[2], match[1]]).map(Number) as [number, number];
  return m >= 1 && m <= 12 && y >= FIRST_YEAR && y <= LAST_YEAR ? `${y}-${pad(m)}-01` : undefined;
}

/** Excel counts days from 30/12/1899: a date cell exported as a number reads 44927 (01/01/2023). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Why a cell `parseDate` refused is not a date, in French (undefined: no more to say than « jj/mm/aaaa attendu »). */
export function dateProblem(value: string): string | undefined {
  const parts = partsOf(value);
  if (parts) return impossibility(parts);
  if (/^\d{1,2}([/.-])\d{1,2}\1\d{2}(?:[ T].*)?$/.test(value)) return 'année sur deux chiffres : écrivez-la en entier (jj/mm/aaaa)';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value)) return 'séparateurs différents : jj/mm/aaaa attendu';
  const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(value);
  if (serial && Number(serial[1]) >= 2 && Number(serial[1]) < 73_051) {
    const date = new Date(EXCEL_EPOCH + Number(serial[1]) * 86_400_000).toISOString().slice(0, 10);
    return `nombre de jours d’Excel (le ${frenchDate(date)} ?) : formatez la colonne en date, jj/mm/aaaa, avant d’exporter`;
  }
  return undefined;
}

const toUtc = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Full years from birth to `at` (a birthday on 29 February is reached on 1 March). */
export function ageAt(birth: IsoDate, at: IsoDate): number {
  const years = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  return at.slice(5) >= birth.slice(5) ? years : years - 1;
}

export const yearStart = (year: number): IsoDate => `${year}-01-01`;
export const yearEnd = (year: number): IsoDate => `${year}-12-31`;

/** 1 January and 31 December of each year asked, built once: inYear runs for every event of every section. */
const bounds = new Map<number, readonly [IsoDate, IsoDate]>();
export function yearBounds(year: number): readonly [IsoDate, IsoDate] {
  let found = bounds.get(year);
  if (found === undefined) bounds.set(year, (found = [yearStart(year), yearEnd(year)]));
  return found;
}

export function inYear(date: IsoDate | undefined, year: number): boolean {
  if (date === undefined) return false;
  const [start, end] = yearBounds(year);
  return date >= start && date <= end;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, as French readers write it. */
export const frenchDate = (date: IsoDate): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
