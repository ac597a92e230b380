import type { ExportSource } from './export-rows.js';
import type { PoolNumbers } from '../read/column-store.js';

/** A row of a table: its columns and the line of the export it came from. */
export type TableRow = { line: number } & object;

/** What `Rows` reads of its table (`Table` is one): declared here so that the two modules do not import each other. */
export interface RowStore<T extends TableRow> {
  readonly length: number;
  source: ExportSource | undefined;
  /** The row as a new object. */
  at(index: number): T;
  get<K extends keyof T & string>(name: K, index: number): T[K];
  /** The row through one reusable object, valid until the next call. */
  view(index: number): T;
  distinctValues<K extends keyof T & string>(name: K): readonly T[K][];
  codesOf(name: keyof T & string): ArrayLike<number>;
  /** A column's values numbered in the shared pool while read (`PoolNumbers`), by code: identifier columns. */
  poolNumbersOf?(name: keyof T & string): PoolNumbers | undefined;
}
import { grown, INITIAL_CAPACITY } from '../read/typed-arrays.js';
import { countCodes, collectPassing, countPassing, firstCodes, firstCodesWhere, type Filtered } from './code-scan.js';
import { borrowBytes, borrowWords, giveBackBytes, giveBackWords } from './scratch.js';
import { knownSelection, rememberSelection, selectionKey } from './selections.js';

/** Each code's number of rows in a column, counted once per column and length (a table only grows, and is sealed before sections read it). */
const codeCounts = new WeakMap<object, { length: number; counts: Uint32Array }>();

function countsOf(codes: ArrayLike<number>, distinctValues: number, length: number): Uint32Array {
  const known = codeCounts.get(codes as object);
  if (known !== undefined && known.length === length) return known.counts;
  const counts = countCodes(codes, distinctValues, length);
  codeCounts.set(codes as object, { length, counts });
  return counts;
}

/**
 * Some rows of a table, by index: what a filter returns, 4 bytes a row. Iterating yields each row
 * as a new object (for traces and small sets); `filter`, `distinct` and `countBy` build none.
 */
export class Rows<T extends TableRow> implements Iterable<T> {
  private collected: Uint32Array | undefined;
  /** Rows known by their number only: how to collect their indexes, the first time they are read. */
  private collect: (() => Uint32Array) | undefined;
  private readonly counted: number;
  /** A selection of `where` not collected yet: the rows it was taken from and the codes of its column that pass. */
  private selectedFrom: Filtered | undefined;

  constructor(
    readonly table: RowStore<T>,
    /** The rows' indexes in the table, ascending; undefined: every row of the table. */
    indexes: Uint32Array | undefined,
    /**
     * Or their number now and their indexes when first read: many selections are only counted (the
     * 9,5 million contacts of the CEJ, at the national volume), and 4 bytes a row of fresh memory
     * cost a page fault each 4 KiB written (about 12 ms a megabyte on the benchmark's machine).
     */
    later?: { length: number; collect: () => Uint32Array },
  ) {
    this.collected = indexes;
    this.collect = later?.collect;
    this.counted = later?.length ?? -1;
  }

  /** The rows' indexes in the table, ascending; undefined: every row of the table. */
  get indexes(): Uint32Array | undefined {
    if (this.collect !== undefined) {
      this.collected = this.collect();
      this.collect = undefined;
      this.selectedFrom = undefined;
    }
    return this.collected;
  }

  /** The export these rows come from (see `ExportRows`). */
  get source(): ExportSource {
    if (this.table.source === undefined) throw new Error('lignes sans leur export : Table.source non renseigné');
    return this.table.source;
  }

  get length(): number {
    return this.collect !== undefined ? this.counted : (this.collected?.length ?? this.table.length);
  }

  private index(i: number): number {
    const indexes = this.indexes;
    return indexes === undefined ? i : indexes[i]!;
  }

  /** The rows the predicate keeps; it sees each row through a view valid only during its call. */
  filter(keep: (row: T) => boolean): Rows<T> {
    return this.filterIndexes((index) => keep(this.table.view(index)));
  }

  /**
   * The rows whose index in the table passes `keep`: for a test that reads the table's codes
   * (`codesOf`) rather than a view of each row.
   */
  filterIndexes(keep: (index: number) => boolean): Rows<T> {
    const length = this.length;
    // Nothing is stored while every row is kept: a year's file filtered on its year keeps them all
    // (at the national volume, 15 million indexes for nothing).
    let first = 0;
    while (first < length && keep(this.index(first))) first++;
    if (first === length) return this;
    // Grown as rows are kept: a filter keeping few of millions of rows never holds room for all of them.
    let kept = new Uint32Array(Math.min(length, Math.max(INITIAL_CAPACITY, first * 2)));
    for (let i = 0; i < first; i++) kept[i] = this.index(i);
    let n = first;
    for (let i = first + 1; i < length; i++) {
      const index = this.index(i);
      if (!keep(index)) continue;
      if (n === kept.length) kept = grown(kept, Math.min(length, kept.length * 2));
      kept[n++] = index;
    }
    return new Rows(this.table, n === kept.length ? kept : kept.slice(0, n));
  }

  /**
   * The rows whose value of one column passes `test`, which sees each distinct value once (the
   * column's dictionary) rather than each row: a scan of millions of rows reads only their codes.
   * The same rows as `filter((row) => test(row[name]))`, for a `test` that depends on the value alone.
   */
  where<K extends keyof T & string>(name: K, test: (value: T[K]) => boolean): Rows<T> {
    const dictionary = this.table.distinctValues(name);
    const codes = this.table.codesOf(name);
    const passes = new Uint8Array(dictionary.length);
    let passing = 0;
    for (let code = 0; code < dictionary.length; code++) {
      if (!test(dictionary[code]!)) continue;
      passes[code] = 1;
      passing++;
    }
    // Every value passes, or none: no row needs looking at.
    if (passing === dictionary.length) return this;
    if (passing === 0) return new Rows(this.table, new Uint32Array(0));
    const { indexes, length } = this;
    const of = indexes ?? this.table;
    const key = selectionKey(name, passes, passing, length);
    const known = key === undefined ? undefined : knownSelection<Rows<T>>(of, key);
    if (known !== undefined && known.table === this.table) return known;
    // Counted first, then collected: the kept indexes take exactly their room (two scans of the codes cost less than growing it).
    // Every row of the table: the column's rows per code are counted once for all its filters.
    let n = 0;
    if (indexes === undefined) {
      const counts = countsOf(codes, dictionary.length, length);
      for (let code = 0; code < dictionary.length; code++) if (passes[code] === 1) n += counts[code]!;
    } else n = countPassing(codes, passes, indexes, length);
    let selected: Rows<T> = this;
    if (n === 0) selected = new Rows(this.table, new Uint32Array(0));
    else if (n < length) {
      const collect = () => {
        const kept = new Uint32Array(n);
        collectPassing(codes, passes, indexes, length, kept);
        return kept;
      };
      selected = new Rows(this.table, undefined, { length: n, collect });
      selected.selectedFrom = { codes, passes, indexes, length };
    }
    if (key !== undefined) rememberSelection(of, key, selected);
    return selected;
  }

  /** Visits each row through the view, as `filter` does: what it keeps of a row must be its values, not the row. */
  each(visit: (row: T) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.table.view(this.index(i)));
  }

  /** Whether any row matches (a view, as for `filter`). */
  some(test: (row: T) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (test(this.table.view(this.index(i)))) return true;
    return false;
  }

  /** How many distinct values a column takes over these rows (undefined not counted): no list of them is built. */
  distinct(name: keyof T & string): number {
    const dictionary = this.table.distinctValues(name);
    let n = 0;
    // Every row of the table: a value enters a column's dictionary with the row that holds it, so each is some row's.
    if (this.collect === undefined && this.collected === undefined) {
      for (let code = 0; code < dictionary.length; code++) if (dictionary[code] !== undefined) n++;
      return n;
    }
    const seen = borrowBytes(dictionary.length);
    n = this.firstCodes(name, seen);
    // Rows without a value count for none.
    for (let code = 0; code < dictionary.length; code++) if (seen[code] === 1 && dictionary[code] === undefined) n--;
    giveBackBytes(seen);
    return n;
  }

  /** The distinct values a column takes over these rows, in order of first appearance (undefined left out). */
  distinctValues<K extends keyof T & string>(name: K): T[K][] {
    const dictionary = this.table.distinctValues(name);
    const values: T[K][] = [];
    this.eachDistinctCode(name, (code) => void (dictionary[code] !== undefined && values.push(dictionary[code]!)));
    return values;
  }

  /** Visits each code a column takes over these rows once, in order of first appearance (`codesOf`). */
  eachDistinctCode(name: keyof T & string, visit: (code: number) => void): void {
    const distinctValues = this.table.distinctValues(name).length;
    const seen = borrowBytes(distinctValues);
    const found = borrowWords(Math.min(this.length, distinctValues));
    const n = this.firstCodes(name, seen, found);
    giveBackBytes(seen);
    for (let k = 0; k < n; k++) visit(found[k]!);
    giveBackWords(found);
  }

  /** `firstCodes` of these rows; those of a selection not collected yet read from the rows it was taken from (no indexes made to be counted). */
  private firstCodes(name: keyof T & string, seen: Uint8Array, found?: Uint32Array): number {
    const codes = this.table.codesOf(name);
    const from = this.collect === undefined ? undefined : this.selectedFrom;
    if (from === undefined) return firstCodes(codes, this.indexes, this.length, seen, found);
    return firstCodesWhere(codes, from, seen, found);
  }

  /** Visits the table index of each row, in order. */
  eachIndex(visit: (index: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.index(i));
  }

  /** One column's value for each row, in order. */
  values<K extends keyof T & string>(name: K): T[K][] {
    const values: T[K][] = new Array(this.length);
    for (let i = 0; i < this.length; i++) values[i] = this.table.get(name, this.index(i));
    return values;
  }

  /** The first row of each distinct value of a column (one row per person, say). */
  firstOf(name: keyof T & string): Rows<T> {
    const codes = this.table.codesOf(name);
    const seen = new Uint8Array(this.table.distinctValues(name).length);
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const index = this.index(i);
      if (seen[codes[index]!] === 1) continue;
      seen[codes[index]!] = 1;
      kept.push(index);
    }
    return new Rows(this.table, Uint32Array.from(kept));
  }

  /** How many rows hold each value of a column, in order of first appearance. */
  countBy<K extends keyof T & string>(name: K): Map<T[K], number> {
    const dictionary = this.table.distinctValues(name);
    const codes = this.table.codesOf(name);
    const counts = new Uint32Array(dictionary.length);
    const order: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const code = codes[this.index(i)]!;
      if (counts[code] === 0) order.push(code);
      counts[code] = counts[code]! + 1;
    }
    return new Map(order.map((code) => [dictionary[code]!, counts[code]!]));
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.table.at(this.index(i));
  }
}
