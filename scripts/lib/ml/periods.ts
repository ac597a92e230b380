/**
 * Periods against the export years, and the placement of a period in a window of dates.
 *
 * Everything the Mission Locale records is placed in one of three timings relative to the two
 * exports: ended in 2022 (`only2022`), running across 31/12/2022 (`across`, in both files), or
 * started in 2023 (`in2023`). A period never starts before the jeune's first reception.
 */
import { day, endOfYear, startOfYear, type Day } from '../dates.js';
import type { Rng } from '../random.js';
import type { Jeune, Period } from './model.js';

export type Timing = 'only2022' | 'across' | 'in2023';

/** Earliest start of anything still active in 2022. */
export const EARLIEST = day(2020, 1, 1);

export function activeIn(period: Period, year: number): boolean {
  return period.start <= endOfYear(year) && period.end >= startOfYear(year);
}

export function startedIn(period: Period, year: number): boolean {
  return period.start >= startOfYear(year) && period.start <= endOfYear(year);
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function within(date: Day, period: Period): boolean {
  return date >= period.start && date <= period.end;
}

/** Where a period may be placed: start range, end range and length range (end − start, days). */
export interface Window {
  from: Day;
  to: Day;
  endFrom?: Day;
  endTo?: Day;
  days: readonly [number, number];
}

/** The start dates for which a length of the range fits the end range; undefined if none. */
export function startRange(window: Window): [Day, Day] | undefined {
  const endFrom = window.endFrom ?? Number.NEGATIVE_INFINITY;
  const endTo = window.endTo ?? Number.POSITIVE_INFINITY;
  const from = Math.max(window.from, endFrom - window.days[1]);
  const to = Math.min(window.to, endTo - window.days[0]);
  return from <= to && endFrom <= endTo ? [from, to] : undefined;
}

export function canPlace(window: Window): boolean {
  return startRange(window) !== undefined;
}

export function place(rng: Rng, window: Window): Period {
  const range = startRange(window);
  if (!range) throw new Error(`no room for a period in ${JSON.stringify(window)}`);
  const start = rng.int(range[0], range[1]);
  const end = rng.int(
    Math.max(start + window.days[0], window.endFrom ?? Number.NEGATIVE_INFINITY),
    Math.min(start + window.days[1], window.endTo ?? Number.POSITIVE_INFINITY),
  );
  return { start, end };
}

/** The window of a timing for this jeune and this length range. */
export function timingWindow(jeune: Jeune, timing: Timing, days: readonly [number, number]): Window {
  const earliest = Math.max(jeune.firstReception, EARLIEST);
  switch (timing) {
    case 'only2022':
      return { from: earliest, to: endOfYear(2022), endFrom: startOfYear(2022), endTo: endOfYear(2022), days };
    case 'across':
      return { from: earliest, to: endOfYear(2022), endFrom: startOfYear(2023), days };
    case 'in2023':
      return { from: Math.max(jeune.firstReception, startOfYear(2023)), to: endOfYear(2023), days };
  }
}

/** Whether the jeune's exports hold what this timing requires: the years it is active in. */
export function presentFor(jeune: Jeune, timing: Timing): boolean {
  if (timing === 'only2022') return jeune.years.has(2022);
  if (timing === 'in2023') return jeune.years.has(2023);
  return jeune.years.has(2022) && jeune.years.has(2023);
}

/** A week day near `date` within [from, to]: offices are closed at weekends. */
export function weekday(date: Day, from: Day, to: Day): Day {
  const dow = (date + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  if (dow === 6 && date + 2 <= to) return date + 2;
  if (dow === 0 && date + 1 <= to) return date + 1;
  if (dow === 6 && date - 1 >= from) return date - 1;
  if (dow === 0 && date - 2 >= from) return date - 2;
  return date;
}

/** The same calendar day `years` later (earlier if negative); 29 February gives 1 March. */
export function addYears(date: Day, years: number): Day {
  const value = new Date(date * 86_400_000);
  return day(value.getUTCFullYear() + years, value.getUTCMonth() + 1, value.getUTCDate());
}

export function workingDay(rng: Rng, from: Day, to: Day): Day {
  return weekday(rng.int(from, to), from, to);
}
