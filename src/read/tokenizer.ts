/**
 * The CSV tokenizer: text in (whole or chunk by chunk), records out, each with the line it starts
 * on. It reads what the exports write: `;`, `,` or TAB, quoted cells with `""` for a quote and line
 * breaks inside, CRLF or LF, blank lines (skipped), cells trimmed, and a quote inside an unquoted
 * cell kept as text. Written by hand because it is the hot path of ingestion: a line without a
 * quote is split with indexOf, which reads millions of rows a second (csv-parse, kept in the tests
 * as the reference, reads about 300 000 on this machine; see docs/performance.md).
 */

import { formatSize } from '../files/describe.js';

export interface RawRow {
  /** Line where the record starts (the header is line 1), as a text editor shows it. */
  line: number;
  cells: string[];
}

/** Receives each record: its cells and the line it starts on. */
export type RecordHandler = (cells: string[], line: number) => void;

/** A CSV that cannot be read past a point: the line, and why in French. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The separators an export may use (detected from the header line: see `detectDelimiter`). */
export type Delimiter = ';' | ',' | '\t';

const QUOTE = '"';
/** No record is megabytes long: past this, the text held for one record is a fault, not a record. */
export const MAX_RECORD_CHARS = 16 << 20;
const NL = '\n';

const trimCell = (cell: string) => {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  // Most cells have nothing to trim: look before calling trim().
  return first <= 32 || last <= 32 || first === 160 || last === 160 ? cell.trim() : cell;
};

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');

export class CsvTokenizer {
  /** The text of a record not yet complete at the end of the last chunk. */
  private pending = '';
  /** The line the pending text starts on. */
  private line = 1;
  /** How lines end, from the first CR met: undefined while none is (LF). */
  private lineBreak: 'crlf' | 'cr' | undefined;
  /** A chunk ended on CR: whether the next starts with its LF is not known yet. */
  private heldCr = false;

  /** `maxRecord`: the longest record read (characters), past which the file is refused. */
  constructor(
    readonly delimiter: Delimiter,
    private readonly maxRecord = MAX_RECORD_CHARS,
  ) {}

  /** The text of the record not yet complete (for a check of what the last chunks held). */
  get pendingText(): string {
    return this.pending;
  }

  /** The records complete in the text given so far; `final` ends the file. */
  push(chunk: string, final = false): RawRow[] {
    const rows: RawRow[] = [];
    this.each(chunk, final, (cells, line) => rows.push({ line, cells }));
    return rows;
  }

  /**
   * Hands each record complete in the text given so far to `onRecord` as soon as it is cut, so
   * that a caller validating rows keeps none of them alive (they die young, cheap to collect).
   */
  each(chunk: string, final: boolean, onRecord: RecordHandler): void {
    let text = this.heldCr ? `\r${chunk}` : chunk;
    this.heldCr = !final && text.endsWith('\r');
    if (this.heldCr) text = text.slice(0, -1);
    // CRLF needs nothing here: a line's last cell is trimmed of its CR. A file whose first CR ends
    // a line by itself (old Mac files) has its line breaks rewritten.
    if (this.lineBreak === undefined) {
      const cr = text.indexOf('\r');
      if (cr !== -1) this.lineBreak = text[cr + 1] === NL ? 'crlf' : 'cr';
    }
    if (this.lineBreak === 'cr') text = text.replace(/\r\n?/g, NL);
    const buffer = this.pending + text;
    let pos = 0;
    // Where the next quote is: searched again only once passed (most files hold none). The next separator likewise.
    let nextQuote = -2;
    let nextDelimiter = -2;
    while (pos < buffer.length) {
      const start = pos;
      const startLine = this.line;
      const end = buffer.indexOf(NL, pos);
      if (end === -1 && !final) break;
      const lineEnd = end === -1 ? buffer.length : end;
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buffer.indexOf(QUOTE, pos);
      let cells: string[];
      if (nextQuote === -1 || nextQuote > lineEnd) {
        // Each cell cut from the chunk's text between two separators: no slice of the line to split (docs/performance.md).
        cells = [];
        for (let from = pos; ;) {
          if (nextDelimiter !== -1 && nextDelimiter < from) nextDelimiter = buffer.indexOf(this.delimiter, from);
          const cut = nextDelimiter === -1 || nextDelimiter > lineEnd ? lineEnd : nextDelimiter;
          cells.push(trimCell(buffer.slice(from, cut)));
          if (cut === lineEnd) break;
          from = cut + 1;
        }
        pos = lineEnd + 1;
        this.line++;
      } else {
        const record = this.quotedRecord(buffer, pos, final);
        if (record === undefined) {
          this.line = startLine;
          pos = start;
          break;
        }
        cells = record.cells;
        pos = record.next;
      }
      if (!isBlank(cells)) onRecord(cells, startLine);
    }
    this.pending = buffer.slice(pos);
    if (final && this.pending !== '') throw new CsvSyntaxError(this.line, 'fin de fichier inattendue');
    // A quote left open, or a file without line breaks, would otherwise hold the rest of the file.
    if (this.pending.length > this.maxRecord) throw this.tooLong();
  }

  /** Says what a record too long to be one is: a line that never ends, or a quote never closed. */
  private tooLong(): CsvSyntaxError {
    const size = this.maxRecord >= 2 ** 20 ? formatSize(this.maxRecord) : `${this.maxRecord} caractères`;
    // Held past a line break, a record is one whose quote is still open.
    if (this.pending.includes(NL)) return new CsvSyntaxError(this.line, `guillemet ouvert jamais refermé : plus de ${size} de texte sans guillemet fermant`);
    return new CsvSyntaxError(
      this.line,
      `ligne de plus de ${size} sans retour à la ligne : ce n’est pas un export CSV, ou ses retours à la ligne ont été perdus`,
    );
  }

  /** A record holding quotes, cell by cell; undefined when it runs past the text given so far. */
  private quotedRecord(buffer: string, from: number, final: boolean): { cells: string[]; next: number } | undefined {
    const cells: string[] = [];
    const startLine = this.line;
    let pos = from;
    for (;;) {
      // Leading blanks before an opening quote are trimmed, as the cell would be (a TAB separator is no blank).
      let i = pos;
      while (buffer[i] === ' ' || (buffer[i] === '\t' && this.delimiter !== '\t')) i++;
      if (buffer[i] === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const close = buffer.indexOf(QUOTE, j);
          if (close === -1) {
            if (!final) return undefined;
            throw new CsvSyntaxError(startLine, `guillemet ouvert jamais refermé (cellule ${cells.length + 1})`);
          }
          if (buffer[close + 1] === QUOTE) {
            value += buffer.slice(j, close + 1);
            j = close + 2;
            continue;
          }
          if (close + 1 === buffer.length && !final) return undefined;
          value += buffer.slice(j, close);
          j = close + 1;
          break;
        }
        this.line += countLines(buffer, i, j);
        if (value.includes('\r')) value = value.replace(/\r\n/g, NL);
        while (buffer[j] === ' ' || (buffer[j] === '\t' && this.delimiter !== '\t') || (buffer[j] === '\r' && buffer[j + 1] === NL)) j++;
        // Blanks up to the end of the chunk: what follows them is in the next one.
        if (j === buffer.length && !final) return undefined;
        const after = buffer[j];
        if (after !== undefined && after !== this.delimiter && after !== NL) {
          throw new CsvSyntaxError(this.line, `guillemet fermant mal placé (cellule ${cells.length + 1})`);
        }
        cells.push(value.trim());
        pos = j;
      } else {
        // An unquoted cell: a quote inside it is text.
        let stop = i;
        for (; stop < buffer.length; stop++) {
          const c = buffer[stop];
          if (c === this.delimiter || c === NL) break;
        }
        if (stop === buffer.length && !final) return undefined;
        cells.push(trimCell(buffer.slice(pos, stop)));
        pos = stop;
      }
      const c = buffer[pos];
      if (c === this.delimiter) {
        pos++;
        continue;
      }
      // End of the record: a line break, or the end of the file.
      if (c === NL) {
        this.line++;
        pos++;
      }
      return { cells, next: pos };
    }
  }
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(NL, from); i !== -1 && i < to; i = text.indexOf(NL, i + 1)) n++;
  return n;
}

/**
 * Picks `;`, TAB or `,`: whichever appears most often outside quotes in the header line (a tie goes
 * in that order: a header « Nom, prénom » does not make a semicolon file a comma one). Lines holding
 * none of them (blank, or a title above the headers) are passed over; a text with none at all gives
 * `;`, and a one-column header that the column mapping then reports.
 */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (semicolons + tabs + commas > 0) break;
    } else if (char === ';') semicolons++;
    else if (char === '\t') tabs++;
    else if (char === ',') commas++;
  }
  if (semicolons >= tabs && semicolons >= commas) return ';';
  return tabs >= commas ? '\t' : ',';
}
