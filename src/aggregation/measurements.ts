import type { ExportRows } from '../dataset/export-rows.js';
import type { EvidencePart, TracedRow } from '../measure/evidence.js';
import { cells, type Measurement } from '../measure/measurement.js';
import { groupBy } from './breakdowns.js';

// Measurements that measurement.ts does not offer yet, composed from what it does.

/** A breakdown whose value keeps the names of its cells (`cells` types them as any string). */
export const namedCells = <K extends string, V extends number | null>(byCell: Readonly<Record<K, Measurement<V>>>): Measurement<Record<K, V>> =>
  cells(byCell as Record<string, Measurement<V>>) as Measurement<Record<K, V>>;

/**
 * Rows counted once per key that a function gives, where `distinct(rows, column)` counts the values
 * of one column: a sponsor named by the action's detail, else by its employer; a person once for
 * each place they were recorded as living in. `by` lists the rows of a plain figure by label in `explain`.
 */
export function countingDistinct<T extends TracedRow>(
  rows: ExportRows<T>,
  keyOf: (row: T) => string,
  options: { by?: (row: T) => string } = {},
): Measurement<number> {
  const { source } = rows;
  const partOf = (group: string, list: readonly T[]): EvidencePart => ({
    group,
    kind: 'count',
    role: undefined,
    file: source.file,
    year: source.year,
    rows: [...list],
    distinctBy: keyOf as (row: TracedRow) => string,
    amountOf: undefined,
  });
  const { by } = options;
  return {
    value: new Set(rows.map(keyOf)).size,
    kind: 'count',
    sources: [source],
    parts: (group) => (group === '' && by !== undefined ? [...groupBy(rows, by)].map(([label, list]) => partOf(label, list)) : [partOf(group, rows)]),
  };
}
