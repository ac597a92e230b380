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

/**
 * Finds each canonical column among the file's headers, whatever their case, accents or
 * punctuation, through its name, its built-in aliases and those of the configuration.
 */
export function mapColumns(
  table: RawTable,
  specs: readonly ColumnSpec[],
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): { mapped: MappedTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const positions = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = normalizeKey(header);
    const first = positions.get(key);
    // Which of two same-named columns holds the data cannot be guessed.
    if (key !== '' && first !== undefined) {
      issues.push({ severity: 'error', file: table.file, line: 1, column: header, message: `en-tête en double (colonnes ${first + 1} et ${index + 1})` });
    }
    if (key !== '' && first === undefined) positions.set(key, index);
  });

  const indexOf: Record<string, number> = {};
  const headerOf: Record<string, string> = {};
  const absent: string[] = [];
  for (const spec of specs) {
    const candidates = [spec.name, ...spec.aliases, ...(extraAliases[spec.name] ?? [])].map(normalizeKey);
    const index = candidates.map((c) => positions.get(c)).find((i) => i !== undefined);
    if (index !== undefined) {
      indexOf[spec.name] = index;
      headerOf[spec.name] = table.headers[index] ?? spec.name;
    } else {
      headerOf[spec.name] = spec.name;
      if (!spec.required) absent.push(spec.name);
      if (spec.required) {
        issues.push({
          severity: 'error',
          file: table.file,
          line: 1,
          message: `colonne obligatoire « ${spec.name} » absente (en-têtes acceptés : ${[spec.name, ...spec.aliases].join(', ')})`,
        });
      }
    }
  }

  if (absent.length > 0 && issues.length === 0) {
    // A renamed header would otherwise silently empty a column: say which headers went unused.
    const used = new Set(Object.values(indexOf));
    const unused = table.headers.filter((h, i) => !used.has(i) && h !== '');
    issues.push({
      severity: 'warning',
      file: table.file,
      line: 1,
      message:
        `colonne(s) absente(s), lues vides : ${absent.join(', ')}` +
        (unused.length > 0 ? ` (en-têtes non reconnus : ${unused.join(', ')} ; voir columnAliases dans la configuration)` : ''),
    });
  }

  const rows = table.rows.map((row) => {
    const values: Record<string, string> = {};
    for (const spec of specs) {
      const index = indexOf[spec.name];
      values[spec.name] = index === undefined ? '' : (row.cells[index] ?? '').trim();
    }
    return { line: row.line, values };
  });
  return { mapped: { file: table.file, headerOf, rows }, issues };
}
