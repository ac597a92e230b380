/** A calendar date as `yyyy-mm-dd`: compares correctly as a string and reads well in tests. */
export type IsoDate = string;

const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Exports repeat the same few thousand dates: each spelling is parsed once (and shares one string). */
const parsed = new Map<string, IsoDate | undefined>();

/** Parses `dd/mm/yyyy` (an optional time is ignored) or ISO; undefined when not a real date. */
export function parseDate(value: string): IsoDate | undefined {
  const known = parsed.get(value);
  if (known !== undefined || parsed.has(value)) return known;
  const result = parseDateOnce(value);
  if (parsed.size < 100_000) parsed.set(value, result);
  return result;
}

function parseDateOnce(value: string): IsoDate | undefined {
  const french = FRENCH.exec(value);
  const iso = french ? undefined : ISO.exec(value);
  const parts = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
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
