import type { Config } from '../config/schema.js';
import { OUTSIDE_TERRITORY } from '../config/territory.js';

export interface CommuneCount {
  /** INSEE code; undefined for the outside-the-territory row. */
  insee: string | undefined;
  name: string;
  count: number;
}

/** Every commune of the territory in the configured order, zeros included, then the outside row. */
export function countByCommune<T>(items: readonly T[], inseeOf: (item: T) => string | undefined, config: Config): CommuneCount[] {
  const counts = new Map<string | undefined, number>();
  for (const item of items) {
    const insee = inseeOf(item);
    counts.set(insee, (counts.get(insee) ?? 0) + 1);
  }
  return [
    ...config.territory.communes.map((c) => ({ insee: c.insee, name: c.name, count: counts.get(c.insee) ?? 0 })),
    { insee: undefined, name: OUTSIDE_TERRITORY, count: counts.get(undefined) ?? 0 },
  ];
}

/** The name `countByCommune` gives an INSEE code: the commune's, or the outside-the-territory row's. */
export const communeName = (insee: string | undefined, config: Config): string =>
  config.territory.communes.find((c) => c.insee === insee)?.name ?? OUTSIDE_TERRITORY;

/** Rows by a key, in their order: a person's rows found at once rather than by scanning all of them. */
export function groupBy<T, K>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Counts per label, those of `order` first (zero when absent), then the others as met. */
export function inOrder(counts: ReadonlyMap<string, number>, order: readonly string[] = []): { label: string; count: number }[] {
  const ordered = new Map<string, number>(order.map((label) => [label, 0]));
  for (const [label, count] of counts) ordered.set(label, count);
  return [...ordered].map(([label, count]) => ({ label, count }));
}

/** Largest first; ties keep the given order (stable sort). */
export const byCountDesc = <T extends { count: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => b.count - a.count);

/** Largest first, ties in French alphabetical order: the order the report ranks sectors and steps in. */
export const rankByCount = <T extends { label: string; count: number }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
