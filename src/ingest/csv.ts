import { parse } from 'csv-parse/sync';
import type { DataIssue } from '../errors.js';

export interface RawRow {
  /** Line where the record starts (the header is line 1), as a text editor shows it. */
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

/** csv-parse's failures, said in French. */
const PARSE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé',
  CSV_INVALID_CLOSING_QUOTE: 'guillemet fermant mal placé',
  INVALID_OPENING_QUOTE: 'guillemet ouvrant mal placé',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'nombre de colonnes incohérent',
};

type Parsed = { record: string[]; raw: string; info: { lines: number } };

/**
 * Parses a CSV text into trimmed cells, each row with the line it starts on (a quoted cell may
 * span lines). Blank lines are skipped; a stray quote inside a cell is kept as text.
 */
export function parseCsv(text: string, file: string): { table: RawTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const empty = { file, headers: [], rows: [] };
  let records: Parsed[];
  try {
    records = parse(text.replace(/\r\n?/g, '\n'), {
      delimiter: detectDelimiter(text),
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as Parsed[];
  } catch (cause) {
    const err = cause as { code?: string; lines?: number; message?: string };
    const reason = PARSE_ERRORS[err.code ?? ''] ?? err.message ?? String(cause);
    issues.push({ severity: 'error', file, ...(err.lines === undefined ? {} : { line: err.lines }), message: `fichier CSV illisible : ${reason}` });
    return { table: empty, issues };
  }
  const [header, ...body] = records;
  if (header === undefined) {
    issues.push({ severity: 'error', file, message: 'le fichier est vide (aucune ligne d’en-tête)' });
    return { table: empty, issues };
  }
  if (body.length === 0) issues.push({ severity: 'warning', file, line: 1, message: 'aucune ligne de données sous l’en-tête : le fichier est compté vide' });
  const width = header.record.length;
  const rows: RawRow[] = [];
  for (const { record, raw, info } of body) {
    const line = info.lines - (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0);
    const extra = record.slice(width);
    if (extra.some((cell) => cell !== '')) {
      issues.push({ severity: 'error', file, line, message: `${record.length} cellules au lieu de ${width} (séparateur ou guillemet en trop ?)` });
    } else if (record.length < width) {
      issues.push({ severity: 'warning', file, line, message: `${record.length} cellules au lieu de ${width} : les dernières colonnes sont lues vides` });
    }
    rows.push({ line, cells: record.slice(0, width) });
  }
  return { table: { file, headers: header.record, rows }, issues };
}
