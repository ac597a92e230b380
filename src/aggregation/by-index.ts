import type { Rows, TableRow } from '../dataset/rows.js';

/**
 * Reading a table's rows by index, for the loops that join tables by numbers (see `PersonNumbers`):
 * a column's value at an index without a view, and each index of some rows.
 */

/** A column's value at a row's index in its table (what the row's view reads). */
export function columnOf<T extends TableRow, K extends keyof T & string>(rows: Rows<T>, name: K): (index: number) => T[K] {
  const values = rows.table.distinctValues(name);
  const codes = rows.table.codesOf(name);
  return (index) => values[codes[index]!]!;
}

/** Visits the table index of each row, in order. */
export function eachIndex<T extends TableRow>(rows: Rows<T>, visit: (index: number) => void): void {
  const { indexes, length } = rows;
  for (let i = 0; i < length; i++) visit(indexes === undefined ? i : indexes[i]!);
}
