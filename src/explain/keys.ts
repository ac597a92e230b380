import { editDistance, typoBound } from '../text/suggest.js';
import { normalizeKey } from '../text/fold.js';

/** A figure's key and its French label, as `--list` prints them. */
export interface KeyLabel {
  key: string;
  label: string;
}

/** Case and accents folded, the dots between segments kept: `plie.exits.legitimateRate` → `plie.exits.legitimaterate`. */
const foldKey = (key: string) => key.split('.').map(normalizeKey).join('.');

/**
 * The computed keys and labels folded once: each build checks every declared key against all of
 * them (the preview's rebuilds: 10 to 15 ms each). Keyed by the text itself; bounded.
 */
const foldedOnce = new Map<string, string>();
function folded(text: string, fold: (text: string) => string): string {
  const key = fold === foldKey ? `k${text}` : `l${text}`;
  let value = foldedOnce.get(key);
  if (value === undefined) {
    if (foldedOnce.size >= 20_000) foldedOnce.clear();
    foldedOnce.set(key, (value = fold(text)));
  }
  return value;
}

/**
 * How far a key is from a mistyped one, or undefined when it is another key. Keys are long and
 * share their segments (`plie.exits.…`): compared segment by segment, each within its own bound,
 * `plie.exit.legitimate` is one edit from `plie.exits.legitimate` and far from `plie.exits.positive`.
 */
function keyDistance(typed: string, key: string): number | undefined {
  const a = typed.split('.');
  const b = key.split('.');
  if (a.length === b.length) {
    let total = 0;
    for (let i = 0; i < a.length; i++) {
      const d = editDistance(a[i]!, b[i]!, typoBound(a[i]!.length));
      if (d > typoBound(a[i]!.length)) return undefined;
      total += d;
    }
    return total;
  }
  // A segment too many or missing (`plie.exitslegitimate`): the whole key, within a bound that grows with it.
  const max = Math.min(4, Math.max(1, Math.floor(typed.length / 5)));
  const d = editDistance(typed, key, max);
  return d <= max ? d : undefined;
}

/** The keys a mistyped one is a typo of, nearest first: by the key, or by the French label. */
export function nearKeys(typed: string, entries: readonly KeyLabel[], limit = 8): string[] {
  const foldedTyped = foldKey(typed);
  const words = normalizeKey(typed);
  const scored: { key: string; distance: number }[] = [];
  for (const { key, label } of entries) {
    const byKey = keyDistance(foldedTyped, folded(key, foldKey));
    const labelMax = typoBound(words.length);
    const byLabel = editDistance(words, folded(label, normalizeKey), labelMax);
    const distance = Math.min(byKey ?? Infinity, byLabel <= labelMax ? byLabel : Infinity);
    if (distance !== Infinity) scored.push({ key, distance });
  }
  return scored
    .sort((x, y) => x.distance - y.distance || x.key.localeCompare(y.key))
    .slice(0, limit)
    .map((s) => s.key);
}

/** The keys nearest a mistyped one: those it is a typo of, then those that start like it. */
export function nearestKeys(typed: string, entries: readonly KeyLabel[], limit = 8): string[] {
  const folded = foldKey(typed);
  const near = nearKeys(typed, entries, limit);
  const started = entries.map((e) => e.key).filter((key) => foldKey(key).startsWith(folded) && !near.includes(key));
  return [...near, ...started].slice(0, limit);
}

/** The keys whose label or key holds every word typed (`sorties`, `sorties légitimes`), case and accents folded. */
export function searchKeys(text: string, entries: readonly KeyLabel[]): KeyLabel[] {
  const words = normalizeKey(text).split('_').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter(({ key, label }) => {
    const haystack = `${normalizeKey(label)}_${normalizeKey(key)}`;
    return words.every((word) => haystack.includes(word));
  });
}

/** One key a line, its label aligned beside it. */
export function formatKeyList(entries: readonly KeyLabel[]): string {
  const width = Math.min(48, Math.max(0, ...entries.map((e) => e.key.length)));
  return entries.map(({ key, label }) => `${key.padEnd(width)}  ${label}\n`).join('');
}
