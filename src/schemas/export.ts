import { z } from 'zod';
import type { DataIssue } from '../errors.js';
import type { ColumnSpec, MappedRow, MappedTable } from '../ingest/columns.js';

/** One column of an export: how its cell parses and the other headers it is known by. */
export interface ColumnDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** Other headers, the most specific first (the first one found in the file wins). */
  aliases?: readonly string[];
  /** Whether the header must be present (a required value implies a required header). */
  required?: boolean;
}

type Columns = Record<string, ColumnDefinition>;
type Shape<C extends Columns> = { [K in keyof C]: C[K]['schema'] };
export type RowOf<C extends Columns> = z.output<z.ZodObject<Shape<C>>>;

/**
 * A check across cells of one row. It runs whenever the cells it `needs` are valid, so a row
 * with a bad cell still gets its other problems reported.
 */
export interface RowCheck<Row> {
  needs: readonly (keyof Row & string)[];
  check(row: Row): { column: keyof Row & string; message: string } | undefined;
}

export interface ExportDefinition<Row> {
  file: string;
  specs: ColumnSpec[];
  parsers: Record<string, z.ZodType>;
  checks: readonly RowCheck<Row>[];
}

/** Declares an export once: its file name, its columns and its row checks; the row type is inferred. */
export function defineExport<C extends Columns>(file: string, columns: C, checks: readonly RowCheck<RowOf<C>>[] = []): ExportDefinition<RowOf<C>> {
  return {
    file,
    specs: Object.entries(columns).map(([name, c]) => ({ name, aliases: c.aliases ?? [], required: c.required ?? false })),
    parsers: Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.schema])),
    checks,
  };
}

/** No export cell is a book: a longer one is a quote left open or a corrupt file; it is never parsed. */
export const MAX_CELL_LENGTH = 10_000;

/** A validated row, with the line it came from for later cross-file messages. */
export type Located<T> = T & { line: number };

/** Validates every cell of every row, collecting every problem rather than stopping at the first. */
export function validateRows<Row>(
  definition: ExportDefinition<Row>,
  table: MappedTable,
): { rows: Located<Row>[]; rejected: MappedRow[]; issues: DataIssue[] } {
  const rows: Located<Row>[] = [];
  const rejected: MappedRow[] = [];
  const issues: DataIssue[] = [];
  const report = (line: number, column: string, message: string) =>
    issues.push({ severity: 'error', file: table.file, line, column: table.headerOf[column] ?? column, message });

  for (const raw of table.rows) {
    const row: Record<string, unknown> = {};
    const invalid = new Set<string>();
    for (const [column, parser] of Object.entries(definition.parsers)) {
      const cell = raw.values[column] ?? '';
      if (cell.length > MAX_CELL_LENGTH) {
        invalid.add(column);
        report(raw.line, column, `cellule de ${new Intl.NumberFormat('fr-FR').format(cell.length).replace(/\s/g, ' ')} caractères (au plus ${MAX_CELL_LENGTH} : guillemet mal fermé ou fichier corrompu ?)`);
        continue;
      }
      const result = parser.safeParse(cell);
      if (result.success) row[column] = result.data;
      else {
        invalid.add(column);
        for (const issue of result.error.issues) report(raw.line, column, issue.message);
      }
    }
    let failed = invalid.size > 0;
    for (const { needs, check } of definition.checks) {
      if (needs.some((column) => invalid.has(column))) continue;
      const problem = check(row as Row);
      if (problem) {
        report(raw.line, problem.column, problem.message);
        failed = true;
      }
    }
    if (failed) rejected.push(raw);
    else rows.push({ ...(row as Row), line: raw.line });
  }
  return { rows, rejected, issues };
}
