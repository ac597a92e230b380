import { printable } from './text/control-characters.js';
import { counted } from './text/plural.js';

/** Every way the tool can stop, named, with the process exit code it maps to. */
export const ErrorCode = Object.freeze({
  USAGE: 'USAGE',
  CONFIG_NOT_FOUND: 'CONFIG_NOT_FOUND',
  CONFIG_INVALID: 'CONFIG_INVALID',
  DATA_FOLDER_NOT_FOUND: 'DATA_FOLDER_NOT_FOUND',
  /** `--data` names a file, the folder of all the years, or a folder without any export. */
  DATA_FOLDER_INVALID: 'DATA_FOLDER_INVALID',
  DATA_INVALID: 'DATA_INVALID',
  DATA_WARNINGS_STRICT: 'DATA_WARNINGS_STRICT',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  BROWSER_NOT_FOUND: 'BROWSER_NOT_FOUND',
  RENDER_FAILED: 'RENDER_FAILED',
  INTERRUPTED: 'INTERRUPTED',
  OUTPUT_FAILED: 'OUTPUT_FAILED',
} as const);
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Documented exit codes (README, `--help`). */
export const ExitCode = Object.freeze({ OK: 0, DATA: 1, USAGE: 2, RENDER: 3, INTERNAL: 4, INTERRUPTED: 130, TERMINATED: 143 } as const);

const exitCodeOf: Record<ErrorCode, number> = {
  USAGE: ExitCode.USAGE,
  CONFIG_NOT_FOUND: ExitCode.USAGE,
  CONFIG_INVALID: ExitCode.USAGE,
  DATA_FOLDER_NOT_FOUND: ExitCode.USAGE,
  DATA_FOLDER_INVALID: ExitCode.USAGE,
  DATA_INVALID: ExitCode.DATA,
  DATA_WARNINGS_STRICT: ExitCode.DATA,
  UNKNOWN_INDICATOR: ExitCode.USAGE,
  BROWSER_NOT_FOUND: ExitCode.RENDER,
  RENDER_FAILED: ExitCode.RENDER,
  INTERRUPTED: ExitCode.INTERRUPTED,
  OUTPUT_FAILED: ExitCode.RENDER,
};

/** A problem found in an input file, located so that the user can fix it. */
export interface DataIssue {
  /** An error stops the report; a warning is printed and stops it under --strict; a notice is only told (a fact, not a fault). */
  severity: 'error' | 'warning' | 'notice';
  /** File name as the user knows it (`participants.csv`). */
  file: string;
  /** 1-based line in the file as a text editor shows it; absent for file-level issues. */
  line?: number;
  /** Column header as written in the file. */
  column?: string;
  message: string;
}

/** `fichier:ligne: colonne: message`, every part shown as text (headers and cells come from the file: see `printable`). */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const column = issue.column === undefined ? '' : ` ${issue.column}:`;
  return printable(`${where}:${column} ${issue.message}`);
}

/** Formats issues one per line, the list capped, the rest counted. */
export function formatIssues(issues: readonly DataIssue[], max = 50): string {
  const groups = sameProblem(issues);
  const shown = groups.slice(0, max).map(formatGroup);
  const rest = groups.slice(max).reduce((n, group) => n + group.length, 0);
  if (rest > 0) shown.push(`… et ${counted(rest, 'autre problème', 'autres problèmes')}`);
  return shown.join('\n');
}

/**
 * The same problem on many lines of one file (`« Madame » n'est pas une valeur admise` on every
 * row) is one fault to fix: said once with its lines, at its first line's place in the list.
 */
function sameProblem(issues: readonly DataIssue[]): DataIssue[][] {
  const groups = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const key = issue.line === undefined ? `${groups.size}` : `${issue.severity}\u0000${issue.file}\u0000${issue.column ?? ''}\u0000${issue.message}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [issue]);
    else group.push(issue);
  }
  return [...groups.values()];
}

const LINES_SHOWN = 5;

/** `fichier:12: colonne: message`, or for several lines `fichier:12, 15, 40… (83 lignes): colonne: message`. */
function formatGroup(group: readonly DataIssue[]): string {
  const [first] = group;
  if (group.length === 1) return formatIssue(first!);
  const lines = group
    .slice(0, LINES_SHOWN)
    .map((issue) => issue.line)
    .join(', ');
  const more = group.length > LINES_SHOWN ? `… (${group.length} lignes)` : '';
  return formatIssue({ ...first!, line: undefined, file: `${first!.file}:${lines}${more}` });
}

/** The one error type the library throws; the CLI turns it into a French message and exit code. */
export class ReportError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly DataIssue[];

  constructor(code: ErrorCode, message: string, options: { issues?: readonly DataIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ReportError';
    this.code = code;
    this.issues = options.issues ?? [];
  }

  get exitCode(): number {
    return exitCodeOf[this.code];
  }
}

/** Ctrl-C: the build stops where it is, before any file is written. */
export const interrupted = (): ReportError => new ReportError(ErrorCode.INTERRUPTED, 'Interrompu : aucun fichier n’a été écrit.');

/**
 * Where a text stops being JSON: the position V8 gives, otherwise found by a small scan
 * (approximate, for messages). Never the file's text itself: it may be long, or private.
 */
export function jsonErrorLocation(text: string, cause: unknown): { line: number; column: number } | undefined {
  const message = cause instanceof Error ? cause.message : String(cause);
  const given = /position (\d+)/.exec(message);
  const offset = given ? Number(given[1]) : firstJsonError(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

const JSON_FIX = '(virgule, guillemet ou accolade manquant ?)';

/** « JSON illisible ligne 3, colonne 14 (…) », or without a place when none is found. */
export function jsonErrorAt(text: string, cause: unknown): string {
  const at = jsonErrorLocation(text, cause);
  return at === undefined ? `JSON illisible ${JSON_FIX}` : `JSON illisible ligne ${at.line}, colonne ${at.column} ${JSON_FIX}`;
}

/** The same, as an issue of `file` at its line: `territoire.json:3: JSON illisible à la colonne 14 (…)`. */
export function jsonErrorIssue(file: string, text: string, cause: unknown): DataIssue {
  const at = jsonErrorLocation(text, cause);
  if (at === undefined) return { severity: 'error', file, message: `JSON illisible ${JSON_FIX}` };
  return { severity: 'error', file, line: at.line, message: `JSON illisible à la colonne ${at.column} ${JSON_FIX}` };
}

/** The offset of the first character that cannot continue a JSON text (approximate, for messages). */
function firstJsonError(text: string): number | undefined {
  // Grow the text a line at a time: the first prefix whose error is not "ended too soon" holds the fault.
  const lines = text.split('\n');
  let end = 0;
  for (const line of lines) {
    end += line.length + 1;
    try {
      JSON.parse(text.slice(0, end));
      return undefined;
    } catch (error) {
      if (!/end of (JSON )?input|Unterminated/i.test((error as Error).message)) {
        const at = /position (\d+)/.exec((error as Error).message);
        return at ? Number(at[1]) : end - line.length - 1 + Math.max(0, line.search(/\S/));
      }
    }
  }
  return undefined;
}
