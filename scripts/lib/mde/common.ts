/** Helpers shared by the Maison de l'Emploi generators. */
import { day, endOfYear, startOfYear, type Day } from '../dates.js';
import { splitByShares, type Rng } from '../random.js';

export const MDE_YEAR = 2023;

/** Plain code-unit order: unlike localeCompare, it cannot depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Splits `total` into `count` positive integer parts of random sizes (weights in [1, 3]). */
export function randomParts(rng: Rng, total: number, count: number): number[] {
  if (total < count) throw new Error(`randomParts: ${total} into ${count}`);
  // One unit each first, so no part is empty; the rest along random weights.
  const shares = Array.from({ length: count }, (_, index) => [index, 1 + 2 * rng.next()] as const);
  return splitByShares(total - count, shares).map(([, part]) => part + 1);
}

/** Counts per item summing to `total`, each between 1 and `max`: one each, the rest dealt at random. */
export function countsPerItem(rng: Rng, items: number, total: number, max: number): number[] {
  if (total < items || total > items * max) throw new Error(`countsPerItem: ${total} over ${items} (max ${max})`);
  const counts = Array.from({ length: items }, () => 1);
  for (let extra = total - items; extra > 0;) {
    const index = rng.int(0, items - 1);
    if (counts[index]! < max) {
      counts[index]!++;
      extra--;
    }
  }
  return counts;
}

/** `count` distinct numbers from 1 to `max`, sorted, formatted as `prefix` + zero-padded. */
export function ids(rng: Rng, prefix: string, count: number, max: number, width: number): string[] {
  const numbers = rng
    .sample(
      Array.from({ length: max }, (_, index) => index + 1),
      count,
    )
    .sort((a, b) => a - b);
  return numbers.map((n) => prefix + String(n).padStart(width, '0'));
}

/** The weekdays of the year. */
export function weekdays(year: number): Day[] {
  const days: Day[] = [];
  for (let d = startOfYear(year); d <= endOfYear(year); d++) {
    const weekday = new Date(d * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  return days;
}

export function firstOfMonth(year: number, month: number): Day {
  return day(year, month, 1);
}
