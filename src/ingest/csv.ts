import type { DataIssue } from '../errors.js';
import { CsvSyntaxError, CsvTokenizer, detectDelimiter, type RawRow, type RecordHandler } from './tokenizer.js';

export { detectDelimiter, type RawRow };

export interface RawTable {
  file: string;
  headers: string[];
  rows: RawRow[];
}

/**
 * A CSV read record by record, chunk by chunk: the first record is the header, every other is
 * checked against its width (a longer row is an error, a shorter one a warning, its last cells
 * read empty). A syntax error stops the reading and is reported with its line.
 */
export class CsvReader {
  headers: string[] | undefined;
  readonly issues: DataIssue[] = [];
  /** A syntax error stopped the reading: the rows are not all known. */
  failed = false;
  private tokenizer: CsvTokenizer | undefined;
  private rows = 0;

  /**
   * `partOf`: the reader reads a part of a file past its header (a thread of a parallel read): the
   * header and separator are the file's, and the end of the part is not the end of the file.
   */
  constructor(
    private readonly file: string,
    private readonly partOf?: { headers: string[]; delimiter: ';' | ',' },
  ) {
    if (partOf) {
      this.headers = partOf.headers;
      this.tokenizer = new CsvTokenizer(partOf.delimiter);
    }
  }

  /** The data rows complete in this chunk of text; `final` ends the file. */
  push(text: string, final = false): RawRow[] {
    const rows: RawRow[] = [];
    this.each(text, final, (cells, line) => rows.push({ line, cells }));
    return rows;
  }

  /**
   * Hands each data row complete in this chunk of text to `onRow` as it is read (header known by
   * then); `final` ends the file. Rows already handed over before a syntax error stay handed over:
   * `failed` tells the caller not to trust them.
   */
  each(text: string, final: boolean, onRow: RecordHandler): void {
    if (this.failed) return;
    this.tokenizer ??= new CsvTokenizer(detectDelimiter(text));
    try {
      this.tokenizer.each(text, final, (cells, line) => {
        if (this.headers === undefined) {
          this.headers = cells;
          return;
        }
        this.rows++;
        onRow(this.fitted(cells, line), line);
      });
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.failed = true;
      this.issues.push({ severity: 'error', file: this.file, line: error.line, message: `fichier CSV illisible : ${error.reason}` });
      return;
    }
    if (final && this.partOf === undefined) {
      if (this.headers === undefined) this.issues.push({ severity: 'error', file: this.file, message: 'le fichier est vide (aucune ligne d’en-tête)' });
      else if (this.rows === 0) this.issues.push({ severity: 'warning', file: this.file, line: 1, message: 'aucune ligne de données sous l’en-tête : le fichier est compté vide' });
    }
  }

  /** A row to the header's width: extra empty cells dropped (extra text is an error), missing ones read empty (a warning). */
  private fitted(cells: string[], line: number): string[] {
    const width = this.headers!.length;
    if (cells.length > width) {
      if (cells.slice(width).some((cell) => cell !== '')) {
        this.issues.push({ severity: 'error', file: this.file, line, message: `${cells.length} cellules au lieu de ${width} (séparateur ou guillemet en trop ?)` });
      }
      return cells.slice(0, width);
    }
    if (cells.length < width) {
      this.issues.push({ severity: 'warning', file: this.file, line, message: `${cells.length} cellules au lieu de ${width} : les dernières colonnes sont lues vides` });
    }
    return cells;
  }
}

/** Parses a whole CSV text (see CsvReader). */
export function parseCsv(text: string, file: string): { table: RawTable; issues: DataIssue[] } {
  const reader = new CsvReader(file);
  const rows = reader.push(text, true);
  const headers = reader.failed ? [] : (reader.headers ?? []);
  return { table: { file, headers, rows: reader.failed ? [] : rows }, issues: reader.issues };
}
