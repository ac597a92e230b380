import { parse } from 'csv-parse/sync';
import type { DataIssue } from '../errors.js';

export interface RawRow {
  /** Line of the record in the file (the header is line 1). */
  line: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  headers: string[];
  rows: RawRow[];
}

/** Picks `;` or `,`: whichever appears more often outside quotes in the header line. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** Parses a CSV text into trimmed string cells with their line numbers; blank lines are skipped. */
export function parseCsv(text: string, file: string): { table: RawTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (cause) {
    const err = cause as { lines?: number; message?: string };
    issues.push({
      severity: 'error',
      file,
      ...(err.lines === undefined ? {} : { line: err.lines }),
      message: `fichier CSV illisible (${err.message ?? String(cause)})`,
    });
    return { table: { file, headers: [], rows: [] }, issues };
  }
  const [header, ...body] = records;
  if (header === undefined) {
    issues.push({ severity: 'error', file, message: 'le fichier est vide (aucune ligne d’en-tête)' });
    return { table: { file, headers: [], rows: [] }, issues };
  }
  const rows = body.map(({ record, info }) => ({ line: info.lines, cells: record }));
  for (const row of rows) {
    if (row.cells.length > header.record.length) {
      issues.push({
        severity: 'error',
        file,
        line: row.line,
        message: `${row.cells.length} colonnes au lieu de ${header.record.length} (séparateur ou guillemet en trop ?)`,
      });
    }
  }
  return { table: { file, headers: header.record, rows }, issues };
}
