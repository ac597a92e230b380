import { grown, INITIAL_CAPACITY, widerCodes, type Codes } from './typed-arrays.js';
import { internNumber, poolGeneration, pooledValue, pooling } from '../schemas/text-pool.js';

/**
 * A columnar store for the exports with millions of rows (events, proposals): a row costs a few
 * bytes of typed arrays instead of an object, so that memory grows with the distinct values (people,
 * dates, codes) rather than with the rows.
 *
 * Each column is dictionary-encoded: its distinct values are kept once, each row holds the code of
 * its value in an array whose width grows with the dictionary (1, 2, then 4 bytes).
 */

/** A sealed column as it crosses threads: its distinct values and its codes (an array buffer to transfer). */
export interface ColumnPart {
  values: unknown[];
  codes: Codes;
}

/** A sealed table as a thread that read part of a file hands it over (see `ColumnStore.joinParts`). */
export interface TablePart {
  size: number;
  columns: ColumnPart[];
  lineOffsets: ColumnPart;
}

/**
 * A column's values numbered in the shared pool of texts (`internNumber`): the same identifier has
 * the same number in every file of one read, so that files join by numbers rather than by texts in
 * maps (`aggregation/person-numbers.ts`). -1: a value without number (not a text, or the pool full).
 */
export interface PoolNumbers {
  /** The read the numbers belong to (`poolGeneration`): numbers of two reads do not compare. */
  generation: number;
  numbers: Int32Array;
}

/** A part's codes into the joined column's, from `at`. */
function translate(from: Codes, translation: Uint32Array, to: Codes, at: number): void {
  for (let i = 0; i < from.length; i++) to[at + i] = translation[from[i]!]!;
}

export class Column {
  codes: Codes;
  values: unknown[] = [];
  /** Needed only while rows are appended: dropped by `seal` (for an identifier, millions of entries). */
  private codeOf: Map<unknown, number> | undefined = new Map();

  /** A numbered column's pool numbers, by code (see `number`). */
  private pool: PoolNumbers | undefined;
  /** While a numbered column is appended: each pool number's code + 1 (0: not met yet), instead of `codeOf` for texts. */
  private codeOfNumber: Int32Array | undefined;

  constructor(capacity = INITIAL_CAPACITY) {
    this.codes = new Uint8Array(capacity);
  }

  /** Numbers this empty column's texts in the shared pool as they come (an identifier column); not where nothing is pooled (a thread's part). */
  number(): void {
    if (!pooling() || this.values.length > 0) return;
    this.pool = { generation: poolGeneration(), numbers: new Int32Array(INITIAL_CAPACITY) };
    this.codeOfNumber = new Int32Array(INITIAL_CAPACITY);
  }

  /** The values' pool numbers, by code (undefined: a column not numbered). */
  get poolNumbers(): PoolNumbers | undefined {
    return this.pool;
  }

  /** The value set last and its code: exports list a person's rows together, so a value often repeats. */
  private last: unknown = Symbol('none');
  private lastCode = 0;

  set(at: number, value: unknown): void {
    if (this.codeOf === undefined) throw new Error('table sealed: no row can be added');
    let code =
      value === this.last
        ? this.lastCode
        : this.codeOfNumber !== undefined && typeof value === 'string'
          ? this.numberedCode(value, at)
          : this.codeOf.get(value);
    if (code === undefined) code = this.added(value, -1, at);
    this.last = value;
    this.lastCode = code;
    if (at >= this.codes.length) this.codes = grown(this.codes, this.codes.length * 2);
    this.codes[at] = code;
  }

  /** A new value's code (its number kept when the column is numbered). */
  private added(value: unknown, number: number, at: number): number {
    const code = this.values.length;
    this.values.push(value);
    if (number === -1) this.codeOf!.set(value, code);
    this.codes = widerCodes(this.codes, this.values.length, at);
    if (this.pool !== undefined) {
      if (code >= this.pool.numbers.length) this.pool.numbers = grown(this.pool.numbers, this.pool.numbers.length * 2);
      this.pool.numbers[code] = number;
    }
    return code;
  }

  /** A text's code found by its pool number: the lookup that shares it is the one that finds its code. */
  private numberedCode(value: string, at: number): number | undefined {
    if (this.pool!.generation !== poolGeneration()) {
      // The pool was cleared meanwhile (another read ended): its numbers no longer say which text is which.
      this.values.forEach((v, code) => typeof v === 'string' && this.pool!.numbers[code] !== -1 && this.codeOf!.set(v, code));
      this.pool = this.codeOfNumber = undefined;
      return this.codeOf!.get(value);
    }
    const number = internNumber(value);
    if (number === -1) return this.codeOf!.get(value);
    if (number >= this.codeOfNumber!.length) this.codeOfNumber = grown(this.codeOfNumber!, Math.max(number + 1, this.codeOfNumber!.length * 2));
    const known = this.codeOfNumber![number]!;
    if (known !== 0) return known - 1;
    const code = this.added(pooledValue(number), number, at);
    this.codeOfNumber![number] = code + 1;
    return code;
  }

  get(at: number): unknown {
    return this.values[this.codes[at]!];
  }

  /**
   * A sealed column holding the parts' rows one after the other: each part's codes translated into
   * one dictionary (`shift` changes a part's values first: line offsets move with the part's place;
   * `share` gives the value kept for a new one: a text read by another thread, the one already read).
   */
  static joined(
    parts: readonly ColumnPart[],
    sizes: readonly number[],
    shift: (value: unknown, part: number) => unknown = (v) => v,
    share: (value: unknown) => unknown = (v) => v,
    numbered = false,
  ): Column {
    const joined = new Column();
    joined.codeOf = undefined;
    // A numbered column's texts are shared by the lookup that numbers them.
    const pool = numbered && pooling() ? { generation: poolGeneration(), numbers: [] as number[] } : undefined;
    const codeOf = new Map<unknown, number>();
    let codeOfNumber = new Int32Array(pool === undefined ? 0 : INITIAL_CAPACITY);
    const translations = parts.map((part, p) => {
      const translation = new Uint32Array(part.values.length);
      part.values.forEach((raw, k) => {
        const value = shift(raw, p);
        const number = pool !== undefined && typeof value === 'string' ? internNumber(value) : -1;
        // A numbered text's code is found by its number: one lookup, in the pool, rather than two.
        let code = number === -1 ? codeOf.get(value) : number < codeOfNumber.length ? codeOfNumber[number]! - 1 : -1;
        if (code === undefined || code === -1) {
          code = joined.values.length;
          joined.values.push(number === -1 ? share(value) : pooledValue(number));
          pool?.numbers.push(number);
          if (number === -1) codeOf.set(value, code);
          else {
            if (number >= codeOfNumber.length) codeOfNumber = grown(codeOfNumber, Math.max(number + 1, codeOfNumber.length * 2));
            codeOfNumber[number] = code + 1;
          }
        }
        translation[k] = code;
      });
      return translation;
    });
    if (pool !== undefined) joined.pool = { generation: pool.generation, numbers: Int32Array.from(pool.numbers) };
    const total = sizes.reduce((a, b) => a + b, 0);
    const distinct = joined.values.length;
    joined.codes = distinct > 0xffff ? new Uint32Array(total) : distinct > 0xff ? new Uint16Array(total) : new Uint8Array(total);
    let at = 0;
    parts.forEach((part, p) => {
      const translation = translations[p]!;
      const codes = part.codes.subarray(0, sizes[p]);
      // The first part's codes stay what they are (its values come first, in their order): copied at once.
      if (translation.every((code, k) => code === k)) joined.codes.set(codes, at);
      else translate(codes, translation, joined.codes, at);
      at += codes.length;
      // The part's codes are joined: let them go now, not once every column is (a national events file holds 180 MB of codes).
      part.codes = new Uint8Array(0);
    });
    return joined;
  }

  part(): ColumnPart {
    return { values: this.values, codes: this.codes };
  }

  /** Ends appending: frees the lookup and the room left for more rows. */
  seal(rows: number): void {
    if (this.codeOf === undefined) return;
    this.codeOf = this.codeOfNumber = undefined;
    this.last = undefined;
    // Nearly full (a thread's part, sized from its first chunk): the rows' view, not a copy into fresh memory of the same size.
    this.codes = rows * 8 >= this.codes.length * 7 ? this.codes.subarray(0, rows) : this.codes.slice(0, rows);
    if (this.pool !== undefined) this.pool.numbers = this.pool.numbers.slice(0, this.values.length);
  }
}

/** A stored row: its columns and the line of the export it came from. */
type StoredRow = { line: number } & object;

/**
 * Rows appended as they are validated, in columns, then sealed: what a read fills, in one thread
 * or in each thread of a parallel read (`toPart`, `joinParts`). `dataset/table.ts` builds the
 * dataset's tables on it (rows read back as objects or views, filters).
 */
export class ColumnStore<T extends StoredRow> {
  protected size = 0;
  /**
   * Each row's line less its index: the same number for every row of a file without blank,
   * rejected or multi-line rows, so one byte a row rather than four.
   */
  protected lineOffsets: Column;
  protected readonly columns: Map<string, Column>;
  /** The columns in the order of `columnNames`, for the loop that stores each row. */
  protected readonly columnList: Column[];

  /** `capacity`: rows to make room for at once (a thread reading a known part of a file), rather than doubling as they come. */
  constructor(
    readonly columnNames: readonly (keyof T & string)[],
    capacity = INITIAL_CAPACITY,
  ) {
    this.lineOffsets = new Column(capacity);
    this.columns = new Map(columnNames.map((name) => [name, new Column(capacity)]));
    this.columnList = [...this.columns.values()];
  }

  /**
   * Fills this empty store with the rows of several parts of one file, read by as many threads, one
   * part after the other: `lineShifts[p]` is what turns part p's line numbers (from 1) into the file's;
   * `share` gives the value kept for each distinct one (see `Column.joined`). The parts are used up: each column's codes are dropped from its part once joined.
   */
  joinParts(parts: readonly TablePart[], lineShifts: readonly number[], share?: (value: unknown) => unknown): this {
    const sizes = parts.map((p) => p.size);
    const starts = sizes.map((_, p) => sizes.slice(0, p).reduce((a, b) => a + b, 0));
    this.columnList.forEach((_, c) => {
      const joined = Column.joined(
        parts.map((p) => p.columns[c]!),
        sizes,
        undefined,
        share,
        this.columnList[c]!.poolNumbers !== undefined,
      );
      this.columns.set(this.columnNames[c]!, joined);
      this.columnList[c] = joined;
    });
    // A row's offset is its line less its index: both move with the part's place in the file.
    this.lineOffsets = Column.joined(
      parts.map((p) => p.lineOffsets),
      sizes,
      (offset, p) => (offset as number) + lineShifts[p]! - starts[p]!,
    );
    this.size = sizes.reduce((a, b) => a + b, 0);
    return this;
  }

  /** Numbers the texts of these columns in the shared pool as rows come (`PoolNumbers`): the identifier columns, before any row. */
  number(names: readonly string[]): this {
    for (const name of names) this.columns.get(name)?.number();
    return this;
  }

  /** A column's values numbered in the shared pool, by code; undefined for a column not numbered. */
  poolNumbersOf(name: keyof T & string): PoolNumbers | undefined {
    return this.columns.get(name)?.poolNumbers;
  }

  /** The sealed rows as one part of a file, to hand to another thread (their codes are transferable). */
  toPart(): TablePart {
    return { size: this.size, columns: this.columnList.map((c) => c.part()), lineOffsets: this.lineOffsets.part() };
  }

  get length(): number {
    return this.size;
  }

  push(row: T): void {
    const values = row as Record<string, unknown>;
    this.pushValues(
      this.columnNames.map((name) => values[name]),
      row.line,
    );
  }

  /** A row given as its values in the order of `columnNames` (what validation hands over, no object built). */
  pushValues(values: readonly unknown[], line: number): void {
    const at = this.size++;
    for (let c = 0; c < this.columnList.length; c++) this.columnList[c]!.set(at, values[c]);
    this.lineOffsets.set(at, line - at);
  }

  protected lineAt(index: number): number {
    return index + (this.lineOffsets.get(index) as number);
  }

  /** Ends appending (the export is read): what served only to append is freed. */
  seal(): this {
    for (const column of this.columnList) column.seal(this.size);
    this.lineOffsets.seal(this.size);
    return this;
  }
}
