import { z } from 'zod';
import type { DataIssue } from '../errors.js';
import type { ColumnSpec, MappedTable } from '../ingest/columns.js';

/** One column of an export: how its cell parses and the other headers it is known by. */
export interface ColumnDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  aliases?: readonly string[];
  /** Whether the header must be present (a required value implies a required header). */
  required?: boolean;
}

type Shape<C extends Record<string, ColumnDefinition>> = { [K in keyof C]: C[K]['schema'] };

/**
 * Declares an export once: its file name, its columns, and its row schema, from which the row
 * type is inferred. `refine` adds the checks that involve several cells of a row.
 */
export function defineExport<C extends Record<string, ColumnDefinition>, R extends z.ZodType>(
  file: string,
  columns: C,
  refine: (row: z.ZodObject<Shape<C>>) => R,
) {
  const shape = Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.schema])) as Shape<C>;
  const specs: ColumnSpec[] = Object.entries(columns).map(([name, c]) => ({
    name,
    aliases: c.aliases ?? [],
    required: c.required ?? false,
  }));
  return { file, specs, schema: refine(z.object(shape)) };
}

export type ExportDefinition<R extends z.ZodType = z.ZodType> = { file: string; specs: ColumnSpec[]; schema: R };

/** A validated row, with the line it came from for later cross-file messages. */
export type Located<T> = T & { line: number };

/** Validates every row, collecting every faulty cell rather than stopping at the first. */
export function validateRows<R extends z.ZodType>(
  definition: ExportDefinition<R>,
  table: MappedTable,
): { rows: Located<z.output<R>>[]; issues: DataIssue[] } {
  const rows: Located<z.output<R>>[] = [];
  const issues: DataIssue[] = [];
  for (const row of table.rows) {
    const result = definition.schema.safeParse(row.values);
    if (result.success) {
      rows.push({ ...(result.data as object), line: row.line } as Located<z.output<R>>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = issue.path[0];
      issues.push({
        severity: 'error',
        file: table.file,
        line: row.line,
        ...(typeof column === 'string' ? { column: table.headerOf[column] ?? column } : {}),
        message: issue.message,
      });
    }
  }
  return { rows, issues };
}
