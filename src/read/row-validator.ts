import type { DataIssue } from '../errors.js';
import { frenchNumber } from '../text/french-numbers.js';
import { absentColumnIssue, valuesOf, type HeaderMap, type MappedRow } from './columns.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
import { cellParserOf, Invalid, looseIdentifier, type CellParser } from '../schemas/fields.js';
import { isTotalRow } from './total-row.js';
import { TextMap } from '../schemas/text-index.js';
import { FirstLines } from './first-lines.js';
import { counted } from '../text/plural.js';

/** No export cell is a book: a longer one is a quote left open or a corrupt file; it is never parsed. */
export const MAX_CELL_LENGTH = 10_000;

/** Builds a row from the values in column order and its line. */
type RowMaker = (values: readonly unknown[], line: number) => Record<string, unknown>;

/**
 * An object literal of the export's columns, then the line, compiled once per export. A literal
 * holds all its properties inline (a row given them one by one keeps most in a second array: about
 * 60 bytes more a row, 65 MB for a national jeunes.csv); and V8 learns that nearly every row of its
 * site survives, and allocates them straight in the old generation (pretenuring, which it does for
 * literals only) instead of copying a million rows through the young one. The names are the
 * definition's own (never a file's), quoted.
 */
function rowMakerOf(names: readonly string[]): RowMaker {
  const fields = names.map((name, c) => `${JSON.stringify(name)}: values[${c}], `).join('');
  return new Function('values', 'line', `return { ${fields}line };`) as RowMaker;
}

/** What keeps the valid rows: an array, or a table that takes a row's values in column order. */
export interface RowStore<T> {
  push(row: T): unknown;
  pushValues?(values: readonly unknown[], line: number): void;
}

/**
 * Validates rows one at a time as they are read, collecting every problem rather than stopping at
 * the first; valid rows are kept typed, rejected ones by canonical column for later messages.
 */
export class RowValidator<Row, Store extends RowStore<Located<Row>> = Located<Row>[]> {
  readonly rejected: MappedRow[] = [];
  readonly issues: DataIssue[] = [];
  private readonly columns: { name: string; index: number | undefined; parse: CellParser<unknown> }[];
  private readonly makeRow: RowMaker;
  /** The row's values in column order, reused from row to row. */
  private readonly values: unknown[];
  /** The unique column's position, and the first line of each value met. */
  private readonly unique: number;
  private readonly firstLine = new FirstLines();
  /** How the first line of a value wrote it, when not as parsed (`pl - 1` for `PL-1`): kept for the near-duplicate message. */
  private readonly writtenAt = new Map<number, string>();
  /**
   * The first value (in normal form) of each loose form of the unique column (`looseIdentifier`): near-duplicates are warned
   * about. A million loose forms: texts in a `TextMap`, not a `Map` (see `schemas/text-index.ts`).
   */
  private readonly looseFirst = new TextMap<string>();

  constructor(
    private readonly definition: ExportDefinition<Row>,
    private readonly map: HeaderMap,
    /** Where valid rows go: an array, or a columnar table (in the definition's column order) for the largest exports. */
    readonly rows: Store,
    /** About how many rows the file holds (from its size), when known: the unique column's lookups take their room at once. */
    expectedRows = 0,
  ) {
    this.columns = Object.entries(definition.parsers).map(([name, schema]) => ({ name, index: map.indexOf[name], parse: cellParserOf(schema) }));
    this.makeRow = rowMakerOf(this.columns.map((c) => c.name));
    this.values = this.columns.map(() => undefined);
    this.unique = this.columns.findIndex((c) => c.name === definition.unique);
    if (this.unique >= 0 && expectedRows > 0) {
      this.firstLine.reserve(expectedRows);
      this.looseFirst.reserve(expectedRows);
    }
    // The identifier's cell: the unique column's, or the first identifier column's (a total row has none).
    const id = definition.unique ?? this.columns.find((c) => c.name.startsWith('identifiant'))?.name;
    this.identifierIndex = id === undefined ? undefined : map.indexOf[id];
    this.width = map.width;
  }

  /** Where the row's identifier is (undefined: the export has none, or the column is absent). */
  private readonly identifierIndex: number | undefined;
  /** The file's header count (`HeaderMap.width`), read on every row. */
  private readonly width: number;

  /**
   * A value of the unique column met before is an error on the later row, naming the first one;
   * when the two are written differently (`pl-002364`, `PL - 002364`), it says so with both spellings.
   */
  private checkUnique(cells: readonly string[], line: number): boolean {
    const { name, index } = this.columns[this.unique]!;
    const value = this.values[this.unique];
    const written = index === undefined ? '' : (cells[index] ?? '').trim();
    const first = this.firstLine.keepFirst(value, line);
    if (first === undefined) {
      if (written !== value) this.writtenAt.set(line, written);
      if (typeof value === 'string') this.checkNear(value, written, line, name);
      return true;
    }
    const before = this.writtenAt.get(first) ?? String(value);
    this.report(
      line,
      name,
      before === written
        ? `${name} « ${written} » en double (déjà ligne ${first})`
        : `${name} « ${written} » : même ${name} que « ${before} » ligne ${first}, écrit autrement (la casse et les espaces ne distinguent pas deux personnes)`,
    );
    return false;
  }

  /**
   * An identifier new in its normal form whose loose form was met before (`PL2364` after
   * `PL-002364`): most likely one person whose identifier a spreadsheet rewrote. A warning (blocking
   * under --strict): two people may really differ by a zero or a dash.
   */
  private checkNear(value: string, written: string, line: number, name: string): void {
    const loose = looseIdentifier(value);
    const near = this.looseFirst.keepFirst(loose, value);
    if (near === undefined) return;
    const nearLine = this.firstLine.get(near)!;
    this.issues.push({
      severity: 'warning',
      file: this.map.file,
      line,
      column: this.map.headerOf[name] ?? name,
      message:
        `${name} « ${written} » : même personne que « ${this.writtenAt.get(nearLine) ?? near} » ligne ` +
        `${nearLine} ? identifiants presque identiques (zéros de tête ou tirets perdus, par Excel ?)`,
    });
  }

  /**
   * A rejected row whose cell errors would mislead: a spreadsheet's total row (one error instead of
   * a missing value a column), or a row short of cells (its values may be shifted: a first name in
   * the sex column), whose errors name the columns without quoting the values. Runs on rejected rows only.
   */
  private explainFailure(cells: readonly string[], line: number, absentBefore: number, othersBefore: number): void {
    const total = isTotalRow(cells, this.identifierIndex);
    const short = cells.length < this.map.width;
    if (!total && !short) return;
    // This row's issues are past the absent columns' (said first) and those before them.
    const dropped = this.issues.splice(this.absentNeeded.size + othersBefore);
    const { file } = this.map;
    if (total) {
      // Nor does a total row make an absent column needed.
      const added = this.absentNeeded.size - absentBefore;
      if (added > 0) {
        this.issues.splice(absentBefore, added);
        for (const column of [...this.absentNeeded.keys()].slice(absentBefore)) this.absentNeeded.delete(column);
      }
      this.issues.push({ severity: 'error', file, line, message: 'ligne de total (ajoutée par un tableur ?) : supprimez-la de l’export' });
      return;
    }
    // A column past the row's last cell was read empty: its error quotes nothing, and is kept as it is.
    const beyond = new Set(
      Object.entries(this.map.indexOf).flatMap(([name, index]) => (index !== undefined && index >= cells.length ? [this.map.headerOf[name]] : [])),
    );
    const quoting = dropped.filter((i) => i.severity === 'error' && i.column !== undefined && !beyond.has(i.column));
    const columns = [...new Set(quoting.map((i) => i.column!))];
    this.issues.push(...dropped.filter((i) => !quoting.includes(i)));
    if (columns.length === 0) return;
    this.issues.push({
      severity: 'error',
      file,
      line,
      message:
        `ligne rejetée : ${counted(cells.length, 'cellule')} au lieu de ${this.map.width}, ` +
        `en erreur dans ${columns.length > 1 ? 'les colonnes' : 'la colonne'} ` +
        `${columns.map((c) => `« ${c} »`).join(', ')} (valeurs non citées : une cellule manquante décale les suivantes)`,
    });
  }

  /** The row as an object, of the one shape all rows of this export share (see `rowMakerOf`). */
  private rowOf(line: number): Record<string, unknown> {
    return this.makeRow(this.values, line);
  }

  /**
   * The optional columns absent from the file that a row needed, with the first such row and why:
   * said once, first in `issues` (see `absentColumnIssue`).
   */
  readonly absentNeeded = new Map<string, { line: number; reason: string }>();

  private report(line: number, column: string, message: string) {
    if (this.map.indexOf[column] === undefined && column in this.map.absent) {
      if (!this.absentNeeded.has(column)) {
        this.issues.splice(this.absentNeeded.size, 0, absentColumnIssue(this.map, column, line, message));
        this.absentNeeded.set(column, { line, reason: message });
      }
      return;
    }
    this.issues.push({ severity: 'error', file: this.map.file, line, column: this.map.headerOf[column] ?? column, message });
  }

  /** Validates one row of cells read from `line`. */
  add(cells: readonly string[], line: number): void {
    // Wider than the header: shifted cells, already an error of the reader; none is read (they may be names).
    if (cells.length > this.width) {
      this.rejected.push({ line, values: valuesOf(this.map, cells) });
      return;
    }
    // Where this row's issues start, should they be said otherwise (`explainFailure`).
    const absentBefore = this.absentNeeded.size;
    const othersBefore = this.issues.length - absentBefore;
    const { columns, values } = this;
    let invalid: Set<string> | undefined;
    for (let c = 0; c < columns.length; c++) {
      const { name, index, parse } = columns[c]!;
      const cell = index === undefined ? '' : (cells[index] ?? '');
      values[c] = undefined;
      if (cell.length > MAX_CELL_LENGTH) {
        (invalid ??= new Set()).add(name);
        this.report(line, name, `cellule de ${frenchNumber(cell.length)} caractères (au plus ${MAX_CELL_LENGTH} : guillemet mal fermé ou fichier corrompu ?)`);
        continue;
      }
      const value = parse(cell);
      if (value instanceof Invalid) {
        (invalid ??= new Set()).add(name);
        this.report(line, name, value.message);
      } else values[c] = value;
    }
    let failed = invalid !== undefined;
    if (this.unique >= 0 && !invalid?.has(this.columns[this.unique]!.name) && !this.checkUnique(cells, line)) failed = true;
    const { checks } = this.definition;
    // Only rows that are kept, or checked across cells, are built as objects: a table takes the values.
    const row = this.rows.pushValues === undefined || checks.length > 0 ? this.rowOf(line) : undefined;
    for (const { needs, check } of checks) {
      if (invalid && needs.some((column) => invalid.has(column))) continue;
      const problem = check(row as Row);
      if (problem) {
        this.report(line, problem.column, problem.message);
        failed = true;
      }
    }
    if (failed) {
      this.explainFailure(cells, line, absentBefore, othersBefore);
      this.rejected.push({ line, values: valuesOf(this.map, cells) });
    } else if (this.rows.pushValues !== undefined) this.rows.pushValues(values, line);
    else this.rows.push(row as Located<Row>);
  }
}
