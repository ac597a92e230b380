/**
 * Seeded pseudo-random numbers (mulberry32) and quota helpers.
 *
 * Every draw of the generator goes through one `Rng` created from a fixed seed, so the fixtures are
 * reproducible byte for byte. Quotas ("exactly 295 RSA recipients") are dealt by shuffling a list
 * of values rather than drawn one by one, so targets hold exactly whatever the seed.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new Error(`empty range [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A value drawn with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [value, weight] of entries) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count > items.length) throw new Error(`cannot sample ${count} of ${items.length}`);
    return this.shuffle(items).slice(0, count);
  }
}

/** Expands `[[value, count], …]` into a flat list of values. */
export function quotaList<T>(counts: readonly (readonly [T, number])[]): T[] {
  return counts.flatMap(([value, count]) => Array.from({ length: count }, () => value));
}

/**
 * Deals `values` (one per item, in random order) to `items`: the exact way to hit a quota.
 */
export function deal<I, V>(rng: Rng, items: readonly I[], values: readonly V[], assign: (item: I, value: V) => void): void {
  if (items.length !== values.length) throw new Error(`deal: ${items.length} items for ${values.length} values`);
  const shuffled = rng.shuffle(values);
  items.forEach((item, index) => assign(item, shuffled[index] as V));
}

/** `count` true values and the rest false, for `deal`. */
export function flags(total: number, count: number): boolean[] {
  if (count > total) throw new Error(`flags: ${count} of ${total}`);
  return quotaList([
    [true, count],
    [false, total - count],
  ]);
}

/** Splits `total` along relative shares, rounding by largest remainder so the parts sum to `total`. */
export function splitByShares<T>(total: number, shares: readonly (readonly [T, number])[]): [T, number][] {
  const weightSum = shares.reduce((sum, [, share]) => sum + share, 0);
  const exact = shares.map(([value, share]) => ({ value, exact: (total * share) / weightSum }));
  const parts = exact.map((part) => ({ ...part, count: Math.floor(part.exact) }));
  let missing = total - parts.reduce((sum, part) => sum + part.count, 0);
  const byRemainder = [...parts].sort((a, b) => b.exact - b.count - (a.exact - a.count));
  for (const part of byRemainder) {
    if (missing === 0) break;
    part.count++;
    missing--;
  }
  return parts.map((part) => [part.value, part.count]);
}
