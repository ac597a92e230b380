import type { ExportSource } from './export-rows.js';
import { Rows, type RowStore, type TableRow } from './rows.js';
import { ColumnStore, type TablePart } from '../read/column-store.js';

export type { TableRow };

/**
 * Rows of one export, appended as they are validated, never changed afterwards, in the columns of a
 * `ColumnStore` (read/column-store.ts: what a read fills). `at` rebuilds a row as an object; `view`
 * reads one without building it; `all()` is the set of every row, to filter without building one.
 */
export class Table<T extends TableRow> extends ColumnStore<T> implements RowStore<T> {
  /** The export the rows were read from: set once read, before any section sees them. */
  source: ExportSource | undefined;
  /** One reusable object whose properties read the row at `cursor.index`: predicates see rows through it. */
  private readonly cursor: { index: number };

  /** `capacity`: rows to make room for at once, rather than doubling as they come. */
  constructor(columnNames: readonly (keyof T & string)[], capacity?: number) {
    super(columnNames, capacity);
    // The index is not enumerable: spread or printed, a view shows the row's columns only.
    const cursor = Object.defineProperty({} as { index: number }, 'index', { value: 0, writable: true, enumerable: false });
    // Through the list, not a column captured now: `joinParts` puts joined columns in its place.
    this.columnList.forEach((_, c) => Object.defineProperty(cursor, columnNames[c]!, { get: () => this.columnList[c]!.get(cursor.index), enumerable: true }));
    Object.defineProperty(cursor, 'line', { get: () => this.lineAt(cursor.index), enumerable: true });
    this.cursor = cursor;
  }

  /**
   * The rows of several parts of one file, read by as many threads, one part after the other:
   * `lineShifts[p]` is what turns part p's line numbers (from 1) into the file's.
   */
  static fromParts<T extends TableRow>(columnNames: readonly (keyof T & string)[], parts: readonly TablePart[], lineShifts: readonly number[]): Table<T> {
    return new Table<T>(columnNames).joinParts(parts, lineShifts);
  }

  /** A table of the given rows (tests, small data). */
  static of<T extends TableRow>(columnNames: readonly (keyof T & string)[], rows: Iterable<T>): Table<T> {
    const table = new Table<T>(columnNames);
    for (const row of rows) table.push(row);
    return table.seal();
  }

  /** The row at an index, as a new object. */
  at(index: number): T {
    const row: Record<string, unknown> = {};
    for (const [name, column] of this.columns) row[name] = column.get(index);
    row.line = this.lineAt(index);
    return row as T;
  }

  /** One column's value at an index. */
  get<K extends keyof T & string>(name: K, index: number): T[K] {
    return (name === 'line' ? this.lineAt(index) : this.columns.get(name)!.get(index)) as T[K];
  }

  /** Every row. */
  all(): Rows<T> {
    return new Rows(this, undefined);
  }

  /**
   * The row at `index` as a view valid only during the call it is passed to (a predicate): reading
   * it allocates nothing. Keep `at(index)` for a row that must outlive the call.
   */
  view(index: number): T {
    this.cursor.index = index;
    return this.cursor as unknown as T;
  }

  /** The distinct values a column holds, in order of first appearance (what cross-file checks look up). */
  distinctValues<K extends keyof T & string>(name: K): readonly T[K][] {
    return this.columns.get(name)!.values as T[K][];
  }

  /** A column's dictionary codes by row: distinct counts use them rather than the values. */
  codesOf(name: keyof T & string): ArrayLike<number> {
    return this.columns.get(name)!.codes;
  }
}
