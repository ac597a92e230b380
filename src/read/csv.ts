import { CELL_CONTROLS as CONTROL, describeControl as controlName, miscodedAs } from '../text/control-characters.js';
import type { DataIssue } from '../errors.js';
import { CsvSyntaxError, CsvTokenizer, detectDelimiter, type Delimiter, type RawRow, type RecordHandler } from './tokenizer.js';
import { counted } from '../text/plural.js';

export { detectDelimiter, type Delimiter, type RawRow };

/** The separators read, and how a message names them. */
const SEPARATORS: readonly string[] = [';', ',', '\t'];
export const SEPARATOR_NAMES = 'point-virgule, virgule, tabulation';
/** A separator as a message names it within a sentence. */
const SEPARATOR_WORDS: Record<Delimiter, string> = { ';': 'un point-virgule', ',': 'une virgule', '\t': 'une tabulation' };

/** Each file reports this many cells holding control characters, then says there are more. */
export const MAX_CONTROL_ISSUES = 20;

/** Whether a text holds a control character no export holds (see CONTROL): a header row checked before a parallel read. */
export const holdsControlCharacters = (text: string): boolean => CONTROL.test(text);

/** The message said past MAX_CONTROL_ISSUES cells holding control characters. */
export const MORE_CONTROLS = `d’autres cellules contiennent des caractères de contrôle (les ${MAX_CONTROL_ISSUES} premières sont citées)`;

/** How many records may stand above the header row (an export's title, its date) before the first is taken as the header. */
const MAX_LINES_ABOVE_HEADER = 10;

/**
 * A CSV read record by record, chunk by chunk: the first record is the header (or the first that
 * `acceptsHeader` takes for one), every other is checked against its width (a longer row is an
 * error, a shorter one a warning, its last cells read empty). A syntax error stops the reading and
 * is reported with its line; a cell holding a control character is an error at its line and column.
 */
export class CsvReader {
  headers: string[] | undefined;
  readonly issues: DataIssue[] = [];
  /** A syntax error stopped the reading: the rows are not all known. */
  failed = false;
  private tokenizer: CsvTokenizer | undefined;
  private rows = 0;
  /** A chunk held a control character (see CONTROL) that its records or the pending one may hold: they are checked cell by cell. */
  private suspect = false;
  private controlIssues = 0;
  /**
   * Where this reader's control-character issues are in `issues`, and (reading a part) the line of
   * the first cell past the cap, left to the parallel read to say once for the whole file.
   */
  readonly controlIssueIndexes: number[] = [];
  firstUncitedControl: number | undefined;
  /** The length of the record not yet complete (its text held until its end is read). */
  get pendingLength(): number {
    return this.tokenizer?.pendingText.length ?? 0;
  }

  /** Records read before the header row, while `acceptsHeader` refuses them. */
  private above: RawRow[] = [];
  /** The file starts with Excel's `sep=;` line: the separator it declares, and a first record that is no header. */
  private declaredSeparator = false;
  /** Which columns the report reads (undefined: all): a control character elsewhere is no concern of it. */
  private read: readonly boolean[] | undefined;

  /**
   * `partOf`: the reader reads a part of a file past its header (a thread of a parallel read): the
   * header and separator are the file's, and the end of the part is not the end of the file.
   * `acceptsHeader`: whether a record is the header row; records it refuses at the top of the file
   * (a title line) are skipped with a warning when a later one, among the first few, is accepted.
   * `columnsRead`: which columns of the header found are read (the others' cells are not checked for control characters).
   */
  constructor(
    private readonly file: string,
    private readonly partOf?: { headers: string[]; delimiter: Delimiter },
    private readonly acceptsHeader?: (cells: readonly string[]) => boolean,
    private readonly columnsRead?: (headers: readonly string[]) => readonly boolean[],
  ) {
    if (partOf) {
      this.headers = partOf.headers;
      this.read = columnsRead?.(partOf.headers);
      this.tokenizer = new CsvTokenizer(partOf.delimiter);
    }
  }

  /**
   * Hands each data row complete in this chunk of text to `onRow` as it is read (header known by
   * then); `final` ends the file. Rows already handed over before a syntax error stay handed over:
   * `failed` tells the caller not to trust them.
   */
  each(text: string, final: boolean, onRow: RecordHandler): void {
    if (this.failed) return;
    if (this.tokenizer === undefined) {
      // A byte-order mark left after the one the decoder drops (a tool that added its own): nothing to report.
      if (text.charCodeAt(0) === 0xfeff) text = text.replace(/^\uFEFF+/, '');
      const declared = /^sep=(.?)\r?(?:\n|$)/i.exec(text);
      if (declared !== null && !SEPARATORS.includes(declared[1]!)) {
        this.failed = true;
        this.issues.push({
          severity: 'error',
          file: this.file,
          line: 1,
          message:
            `séparateur « ${declared[1]} » déclaré par la ligne « sep= » : non pris en charge ` +
            `(${SEPARATOR_NAMES}) ; enregistrez le fichier en CSV séparé par des points-virgules`,
        });
        return;
      }
      this.declaredSeparator = declared !== null;
      this.tokenizer = new CsvTokenizer(declared === null ? detectDelimiter(text) : (declared[1] as Delimiter));
    }
    if (!this.suspect && CONTROL.test(text)) this.suspect = true;
    const row = (cells: string[], line: number) => {
      this.rows++;
      onRow(this.fitted(cells, line), line);
    };
    try {
      this.tokenizer.each(text, final, (cells, line) => {
        if (this.suspect) this.checkControls(cells, line);
        if (this.declaredSeparator) {
          this.declaredSeparator = false;
          return;
        }
        if (this.headers === undefined) {
          this.header(cells, line, row);
          return;
        }
        // A header row again: two exports put end to end (one string compared per row).
        if (cells[0] === this.headers[0] && this.repeatsHeader(cells)) {
          this.issues.push({
            severity: 'error',
            file: this.file,
            line,
            message: 'la ligne d’en-têtes est répétée ici : deux exports mis bout à bout ? (gardez une seule ligne d’en-têtes, en haut du fichier)',
          });
          return;
        }
        row(cells, line);
      });
      if (final && this.headers === undefined && this.above.length > 0) this.takeFirstAsHeader(row);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.failed = true;
      this.issues.push({ severity: 'error', file: this.file, line: error.line, message: `fichier CSV illisible : ${error.reason}` });
      return;
    }
    if (this.suspect) this.suspect = CONTROL.test(this.tokenizer.pendingText);
    if (final && this.partOf === undefined) {
      if (this.headers === undefined) this.issues.push({ severity: 'error', file: this.file, message: 'le fichier est vide (aucune ligne d’en-tête)' });
      else if (this.rows === 0)
        this.issues.push({ severity: 'warning', file: this.file, line: 1, message: 'aucune ligne de données sous l’en-tête : le fichier est compté vide' });
    }
  }

  /** A record before the header is known: the header, or a line above it (see `acceptsHeader`). */
  private header(cells: string[], line: number, row: RecordHandler): void {
    if (this.acceptsHeader === undefined || this.acceptsHeader(cells)) {
      if (this.above.length > 0) {
        const lines = this.above.map((r) => r.line);
        this.issues.push({
          severity: 'warning',
          file: this.file,
          line: lines[0]!,
          message:
            `${lines.length === 1 ? `ligne ${lines[0]} ignorée` : `lignes ${lines.join(', ')} ignorées`} ` +
            `: la ligne d’en-têtes est la ligne ${line} (titre d’export au-dessus ?)`,
        });
        this.above = [];
      }
      this.headers = cells;
      this.read = this.columnsRead?.(cells);
      return;
    }
    this.above.push({ line, cells });
    if (this.above.length >= MAX_LINES_ABOVE_HEADER) this.takeFirstAsHeader(row);
  }

  /** No record looks like the header: the first is, and the column mapping says what it lacks. */
  private takeFirstAsHeader(row: RecordHandler): void {
    const [first, ...rest] = this.above;
    this.above = [];
    this.headers = first!.cells;
    this.read = this.columnsRead?.(first!.cells);
    for (const { cells, line } of rest) row(cells, line);
  }

  private repeatsHeader(cells: readonly string[]): boolean {
    const headers = this.headers!;
    for (let i = 1; i < headers.length; i++) if (cells[i] !== headers[i]) return false;
    return headers.length > 1;
  }

  /** Reports each cell of a record that holds a control character, with the column's header. */
  private checkControls(cells: readonly string[], line: number): void {
    for (let i = 0; i < cells.length; i++) {
      if (this.read !== undefined && this.headers !== undefined && this.read[i] !== true) continue;
      const found = CONTROL.exec(cells[i]!);
      if (found === null) continue;
      if (++this.controlIssues > MAX_CONTROL_ISSUES) {
        if (this.controlIssues === MAX_CONTROL_ISSUES + 1) {
          if (this.partOf === undefined) this.issues.push({ severity: 'error', file: this.file, line, message: MORE_CONTROLS });
          else this.firstUncitedControl = line;
        }
        return;
      }
      const char = found[0];
      const header = this.headers?.[i];
      const column = this.headers === undefined ? undefined : header !== undefined && header !== '' ? header : `colonne ${i + 1}`;
      const where = this.headers === undefined ? `dans l’en-tête ${i + 1} (« ${cells[i]!.slice(0, 60)} »)` : 'dans la cellule';
      const message =
        char === '\uFEFF'
          ? `marque d’ordre des octets (BOM, U+FEFF) ${where} : deux fichiers mis bout à bout ? Supprimez-la (invisible dans la plupart des éditeurs)`
          : miscodedAs(char) !== undefined
            ? `caractère de contrôle ${controlName(char)} ${where} : « ${miscodedAs(char)} » mal converti ` +
              `depuis Windows-1252 ? Corrigez-le, ou réexportez le fichier en UTF-8 depuis l’original`
            : `caractère de contrôle ${controlName(char)} ${where} : refusé (fichier corrompu, ou texte copié d’un terminal ?)`;
      this.controlIssueIndexes.push(this.issues.length);
      this.issues.push({ severity: 'error', file: this.file, line, ...(column !== undefined && { column }), message });
    }
  }

  /**
   * A row to the header's width: extra empty cells dropped, missing ones read empty (a warning).
   * Extra text is an error, and the row is handed over whole, wider than the header: its cells are
   * shifted (a name holding the separator), so the validator reads none of them (`HeaderMap.width`).
   */
  private fitted(cells: string[], line: number): string[] {
    const width = this.headers!.length;
    if (cells.length > width) {
      if (cells.slice(width).some((cell) => cell !== '')) {
        const separator = SEPARATOR_WORDS[this.tokenizer!.delimiter];
        this.issues.push({
          severity: 'error',
          file: this.file,
          line,
          message:
            `${counted(cells.length, 'cellule')} au lieu de ${width} : cellules décalées, ligne ` +
            `non lue (${separator} dans une cellule non entourée de guillemets ?)`,
        });
        return cells;
      }
      return cells.slice(0, width);
    }
    if (cells.length < width) {
      this.issues.push({
        severity: 'warning',
        file: this.file,
        line,
        message: `${counted(cells.length, 'cellule')} au lieu de ${width} : les dernières colonnes sont lues vides`,
      });
    }
    return cells;
  }
}
