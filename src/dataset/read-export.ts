import { readFile } from 'node:fs/promises';
import type { DataIssue } from '../errors.js';
import { mapColumns, type MappedRow } from '../ingest/columns.js';
import { parseCsv } from '../ingest/csv.js';
import type { Config } from '../config/schema.js';
import { decodeText } from '../ingest/decode.js';
import { validateRows, type ExportDefinition, type Located } from '../schemas/export.js';

export type ReadOptions = Pick<Config, 'encoding' | 'columnAliases'>;

/** Reads one export: decode → parse → map headers → validate each row. */
export async function readExport<Row>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
): Promise<{ rows: Located<Row>[]; rejected: MappedRow[]; issues: DataIssue[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: 'fichier introuvable' }] };
  }
  let text: string;
  try {
    text = decodeText(bytes, options.encoding).text;
  } catch {
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: 'le fichier n’est pas un texte UTF-8 valide (encodage déclaré ou marqué UTF-8)' }] };
  }
  const parsed = parseCsv(text, label);
  if (parsed.table.headers.length === 0) return { rows: [], rejected: [], issues: parsed.issues };
  const mapped = mapColumns(parsed.table, definition.specs, options.columnAliases[definition.file]);
  if (mapped.issues.some((i) => i.severity === 'error')) return { rows: [], rejected: [], issues: [...parsed.issues, ...mapped.issues] };
  const validated = validateRows(definition, mapped.mapped);
  return { rows: validated.rows, rejected: validated.rejected, issues: [...parsed.issues, ...mapped.issues, ...validated.issues] };
}
