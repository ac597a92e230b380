// Whole CSV texts read at once, for the reader's tests: the tool itself reads files chunk by chunk (src/read/chunks.ts).
import type { DataIssue } from '../../src/errors.js';
import { mapHeaders, valuesOf, type MappedRow } from '../../src/read/columns.js';
import { CsvReader, type RawRow } from '../../src/read/csv.js';
import type { ColumnSpec } from '../../src/schemas/export.js';

export interface RawTable {
  file: string;
  headers: string[];
  rows: RawRow[];
}

/** Parses a whole CSV text (see CsvReader). */
export function parseCsv(text: string, file: string): { table: RawTable; issues: DataIssue[] } {
  const reader = new CsvReader(file);
  const rows: RawRow[] = [];
  reader.each(text, true, (cells, line) => rows.push({ line, cells }));
  const headers = reader.failed ? [] : (reader.headers ?? []);
  return { table: { file, headers, rows: reader.failed ? [] : rows }, issues: reader.issues };
}

export interface MappedTable {
  file: string;
  /** Canonical column name → header as written in the file, for messages. */
  headerOf: Record<string, string>;
  rows: MappedRow[];
}

/** A whole table's rows by canonical column (see mapHeaders). */
export function mapColumns(
  table: RawTable,
  specs: readonly ColumnSpec[],
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): { mapped: MappedTable; issues: DataIssue[] } {
  const { map, issues } = mapHeaders(table.file, table.headers, specs, extraAliases);
  const rows = table.rows.map((row) => ({ line: row.line, values: valuesOf(map, row.cells) }));
  return { mapped: { file: table.file, headerOf: map.headerOf, rows }, issues };
}
