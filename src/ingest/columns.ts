import type { DataIssue } from '../errors.js';
import { normalizeKey } from '../text.js';
import type { RawTable } from './csv.js';

/** A canonical column of an export and the other headers it is known by. */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  required: boolean;
}

export interface MappedRow {
  line: number;
  /** Canonical column name → trimmed cell ('' when empty or absent). */
  values: Record<string, string>;
}

export interface MappedTable {
  file: string;
  /** Canonical column name → header as written in the file, for messages. */
  headerOf: Record<string, string>;
  rows: MappedRow[];
}

/** Where each canonical column is in a file: its index (undefined when absent) and its header as written. */
export interface HeaderMap {
  file: string;
  indexOf: Record<string, number | undefined>;
  headerOf: Record<string, string>;
}

/**
 * Finds each canonical column among the file's headers, whatever their case, accents or
 * punctuation, through its name, its built-in aliases and those of the configuration.
 */
export function mapHeaders(
  file: string,
  headers: readonly string[],
  specs: readonly ColumnSpec[],
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): { map: HeaderMap; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normalizeKey(header);
    const first = positions.get(key);
    // Which of two same-named columns holds the data cannot be guessed.
    if (key !== '' && first !== undefined) {
      issues.push({ severity: 'error', file, line: 1, column: header, message: `en-tête en double (colonnes ${first + 1} et ${index + 1})` });
    }
    if (key !== '' && first === undefined) positions.set(key, index);
  });

  const indexOf: Record<string, number | undefined> = {};
  const headerOf: Record<string, string> = {};
  const absent: string[] = [];
  for (const spec of specs) {
    const candidates = [spec.name, ...spec.aliases, ...(extraAliases[spec.name] ?? [])].map(normalizeKey);
    const index = candidates.map((c) => positions.get(c)).find((i) => i !== undefined);
    indexOf[spec.name] = index;
    headerOf[spec.name] = index === undefined ? spec.name : (headers[index] ?? spec.name);
    if (index !== undefined) continue;
    if (!spec.required) absent.push(spec.name);
    else {
      issues.push({
        severity: 'error',
        file,
        line: 1,
        message: `colonne obligatoire « ${spec.name} » absente (en-têtes acceptés : ${[spec.name, ...spec.aliases].join(', ')})`,
      });
    }
  }

  if (absent.length > 0 && issues.length === 0) {
    // A renamed header would otherwise silently empty a column: say which headers went unused.
    const used = new Set(Object.values(indexOf));
    const unused = headers.filter((h, i) => !used.has(i) && h !== '');
    issues.push({
      severity: 'warning',
      file,
      line: 1,
      message:
        `colonne(s) absente(s), lues vides : ${absent.join(', ')}` +
        (unused.length > 0 ? ` (en-têtes non reconnus : ${unused.join(', ')} ; voir columnAliases dans la configuration)` : ''),
    });
  }
  return { map: { file, indexOf, headerOf }, issues };
}

/** A row's cells by canonical column ('' when empty or absent). */
export function valuesOf(map: HeaderMap, cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [column, index] of Object.entries(map.indexOf)) values[column] = index === undefined ? '' : (cells[index] ?? '');
  return values;
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
