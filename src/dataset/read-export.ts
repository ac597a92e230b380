import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { DataIssue } from '../errors.js';
import { mapColumns } from '../ingest/columns.js';
import { parseCsv } from '../ingest/csv.js';
import { decodeText, type Encoding } from '../ingest/decode.js';
import { validateRows, type ExportDefinition, type Located } from '../schemas/export.js';

export interface ReadOptions {
  encoding: Encoding | 'auto';
  columnAliases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** Reads one export: decode → parse → map headers → validate each row. */
export async function readExport<R extends z.ZodType>(
  path: string,
  label: string,
  definition: ExportDefinition<R>,
  options: ReadOptions,
): Promise<{ rows: Located<z.output<R>>[]; issues: DataIssue[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { rows: [], issues: [{ severity: 'error', file: label, message: 'fichier introuvable' }] };
  }
  const { text } = decodeText(bytes, options.encoding);
  const parsed = parseCsv(text, label);
  const mapped = mapColumns(parsed.table, definition.specs, options.columnAliases[definition.file]);
  if (mapped.issues.length > 0) return { rows: [], issues: [...parsed.issues, ...mapped.issues] };
  const validated = validateRows(definition, mapped.mapped);
  return { rows: validated.rows, issues: [...parsed.issues, ...validated.issues] };
}
