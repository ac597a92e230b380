/** An export's name as the year folder holds it (`participants.csv`, `contenu/manifestations.csv`): taken from its definition, never typed by a section. */
export type SourceFile = string;

/** The export a row was read from: its file, and the year of the folder it lies in. */
export interface ExportSource {
  readonly file: SourceFile;
  readonly year: number;
}

/**
 * The rows of one export, as an array that knows where they come from: `filter` keeps the source,
 * so that a figure counted from `participants.filter(isExit)` names `2023/participants.csv`
 * without a section typing a file name. `map`, `slice` and spreading give plain arrays (they no
 * longer hold the export's rows).
 */
export interface ExportRows<T> extends Array<T> {
  readonly source: ExportSource;
  // Array's own signatures, with the source kept: an ExportRows is still any readonly array of its rows.
  filter<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S, thisArg?: unknown): ExportRows<S>;
  filter(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: unknown): ExportRows<T>;
  /**
   * The exports that chose these rows, when they were looked up from another file's identifiers
   * (the jeunes of the year's jobs, read from situations.csv): a figure counted from them names both.
   */
  readonly selectedBy: readonly ExportSource[];
  /** Rows of the same export found another way (looked up by identifier, sorted), chosen by the rows of `by` if given: they keep the source. */
  pick(rows: readonly T[], by?: { readonly source: ExportSource }): ExportRows<T>;
}

// Array.prototype underneath, so that `map` and `slice` make plain arrays (their species is Array).
const EXPORT_ROWS = Object.create(Array.prototype, {
  filter: {
    // A plain loop: Array.prototype.filter on an array of another prototype leaves V8's fast path (5× slower).
    value<T>(this: ExportRows<T>, keep: (row: T, index: number, rows: T[]) => unknown): ExportRows<T> {
      const kept: T[] = [];
      for (let i = 0; i < this.length; i++) if (keep(this[i]!, i, this)) kept.push(this[i]!);
      return exportRows(this.source, kept, this.selectedBy);
    },
  },
  pick: {
    value<T>(this: ExportRows<T>, rows: readonly T[], by?: { readonly source: ExportSource }): ExportRows<T> {
      const selectedBy = by === undefined || this.selectedBy.includes(by.source) ? this.selectedBy : [...this.selectedBy, by.source];
      return exportRows(this.source, [...rows], selectedBy);
    },
  },
}) as object;

/** Marks `rows` (the array itself, no copy) as the rows of `source`. */
export function exportRows<T>(source: ExportSource, rows: T[], selectedBy: readonly ExportSource[] = []): ExportRows<T> {
  Object.setPrototypeOf(rows, EXPORT_ROWS);
  // Not enumerable: the rows compare and serialise as the plain array they are.
  Object.defineProperty(rows, 'source', { value: source, enumerable: false, configurable: true, writable: false });
  Object.defineProperty(rows, 'selectedBy', { value: selectedBy, enumerable: false, configurable: true, writable: false });
  return rows as ExportRows<T>;
}
