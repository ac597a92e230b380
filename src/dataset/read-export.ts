import { readFile, stat } from 'node:fs/promises';
import type { DataIssue } from '../errors.js';
import { mapColumns, type MappedRow } from '../ingest/columns.js';
import { parseCsv } from '../ingest/csv.js';
import type { Config } from '../config/schema.js';
import { binaryKind, decodeText } from '../ingest/decode.js';
import { validateRows, type ExportDefinition, type Located } from '../schemas/export.js';

export type ReadOptions = Pick<Config, 'encoding' | 'columnAliases'>;

/** `unreadable`: the file could not be read at all (absent, not a CSV, headers missing): its rows are unknown, not absent. */
type ReadResult<Row> = { rows: Located<Row>[]; rejected: MappedRow[]; issues: DataIssue[]; unreadable?: true };

/**
 * Validated exports kept between the builds of a preview: a file is read again only when its size,
 * modification time or the settings that read it change. Rows are never mutated once validated.
 */
export type ExportCache = Map<string, { stamp: string; result: ReadResult<unknown> }>;

/** Reads one export: decode → parse → map headers → validate each row (or takes it from the cache). */
export async function readExport<Row>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  cache?: ExportCache,
): Promise<ReadResult<Row>> {
  if (cache === undefined) return readUncached(path, label, definition, options);
  const info = await stat(path).catch(() => undefined);
  const stamp = `${info?.mtimeMs}:${info?.size}:${label}:${JSON.stringify(options)}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.result as ReadResult<Row>;
  const result = await readUncached(path, label, definition, options);
  cache.set(path, { stamp, result });
  return result;
}

async function readUncached<Row>(path: string, label: string, definition: ExportDefinition<Row>, options: ReadOptions): Promise<ReadResult<Row>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: 'fichier introuvable' }], unreadable: true };
  }
  const kind = binaryKind(bytes);
  if (kind !== undefined) {
    const message = kind === 'workbook' ? 'ce fichier est un classeur Excel (ou OpenDocument), pas un CSV : ouvrez-le et enregistrez-le au format CSV (séparateur point-virgule)' : 'ce fichier n’est pas un texte (octets binaires) : un export CSV est attendu';
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message }], unreadable: true };
  }
  let text: string;
  try {
    text = decodeText(bytes, options.encoding).text;
  } catch {
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: 'le fichier n’est pas un texte UTF-8 valide (encodage déclaré ou marqué UTF-8)' }], unreadable: true };
  }
  const parsed = parseCsv(text, label);
  if (parsed.table.headers.length === 0) return { rows: [], rejected: [], issues: parsed.issues, unreadable: true };
  const mapped = mapColumns(parsed.table, definition.specs, options.columnAliases[definition.file]);
  if (mapped.issues.some((i) => i.severity === 'error')) return { rows: [], rejected: [], issues: [...parsed.issues, ...mapped.issues], unreadable: true };
  const validated = validateRows(definition, mapped.mapped);
  return { rows: validated.rows, rejected: validated.rejected, issues: [...parsed.issues, ...mapped.issues, ...validated.issues] };
}
