/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC): comparisons and durations are
 * plain integer arithmetic, and no time zone or clock can leak into the fixtures.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function startOfYear(year: number): Day {
  return day(year, 1, 1);
}

export function endOfYear(year: number): Day {
  return day(year, 12, 31);
}

export function yearOf(value: Day): number {
  return new Date(value * MS_PER_DAY).getUTCFullYear();
}

/** `dd/mm/yyyy`, the format of the exports. */
export function formatDay(value: Day): string {
  const date = new Date(value * MS_PER_DAY);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Age in full years on `at`, as the report computes it. */
export function fullYears(birth: Day, at: Day): number {
  const b = new Date(birth * MS_PER_DAY);
  const a = new Date(at * MS_PER_DAY);
  const beforeBirthday = a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate());
  return a.getUTCFullYear() - b.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/** Average month length used by the report for parcours durations. */
export const DAYS_PER_MONTH = 365.25 / 12;
