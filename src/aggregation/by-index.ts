import type { Rows, TableRow } from '../dataset/rows.js';

/**
 * A column's value at a row's index in its table (what the row's view reads), for the loops that
 * join tables by numbers (see `PersonNumbers`; `Rows.eachIndex` visits the indexes).
 */
export function columnOf<T extends TableRow, K extends keyof T & string>(rows: Rows<T>, name: K): (index: number) => T[K] {
  const values = rows.table.distinctValues(name);
  const codes = rows.table.codesOf(name);
  return (index) => values[codes[index]!]!;
}
