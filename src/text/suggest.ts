import { normalizeKey } from './fold.js';

/**
 * Edit distance with transpositions (optimal string alignment): `prinnt`, `pirnt` and `prnt` are
 * each one edit from `print`. Bounded: past `max`, the exact distance does not matter.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export interface NearestOptions {
  /** How the names are compared (default: case, accents and punctuation folded). */
  fold?: (name: string) => string;
  /** At most this many suggestions (default 3). */
  limit?: number;
}

/**
 * Edits a mistyped word of this length may hold: a third of it (at least 1, at most 3), which is
 * where a typo ends and another word begins.
 */
export const typoBound = (length: number): number => Math.min(3, Math.max(1, Math.floor(length / 3)));

/** The known names nearest to a mistyped one, nearest first: those within `typoBound` edits. */
export function nearest(word: string, known: Iterable<string>, { fold = normalizeKey, limit = 3 }: NearestOptions = {}): string[] {
  const target = fold(word);
  const max = typoBound(target.length);
  const found: { name: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const name of known) {
    if (seen.has(name)) continue;
    seen.add(name);
    const distance = editDistance(target, fold(name), max);
    if (distance <= max) found.push({ name, distance });
  }
  return found
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map((f) => f.name);
}

/** « (vouliez-vous dire « print » ?) », or '' when no known name is near. */
export function didYouMean(word: string, known: Iterable<string>, options?: NearestOptions): string {
  const found = nearest(word, known, { limit: 1, ...options })[0];
  return found === undefined ? '' : ` (vouliez-vous dire « ${found} » ?)`;
}
