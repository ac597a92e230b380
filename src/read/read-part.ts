import type { DataIssue } from '../errors.js';
import { columnsRead, type HeaderMap, type MappedRow } from './columns.js';
import { CsvReader, type Delimiter } from './csv.js';
import { CHUNK_BYTES, readChunks, type Pass } from './chunks.js';
import { openRegular } from './regular-file.js';
import { countNewlines } from './decode.js';
import type { FileHandle } from 'node:fs/promises';
import { RowValidator } from './row-validator.js';
import { evenementsExport } from '../schemas/ml/evenements.js';
import { propositionsExport } from '../schemas/ml/propositions.js';
import { situationsExport } from '../schemas/ml/situations.js';
import { dispositifsExport } from '../schemas/ml/dispositifs.js';
import { ColumnStore, type TablePart } from './column-store.js';
import { FILE_CHANGED, FILE_SHRUNK, sameFile, type FileIdentity } from './file-identity.js';
import type { ExportDefinition, Located } from '../schemas/export.js';

/**
 * The exports whose files can be read in parts by several threads: tables whose definitions need no
 * configuration, and whose values are texts, dates and codes (a value that is an object, a commune
 * cell, would be one object a part once joined).
 */
export const PART_READABLE = {
  'evenements.csv': evenementsExport,
  'propositions.csv': propositionsExport,
  'situations.csv': situationsExport,
  'dispositifs.csv': dispositifsExport,
} as const;
export type PartReadable = keyof typeof PART_READABLE;

/** One part of a file, from a line start to a line start, past its header. */
export interface PartTask {
  path: string;
  label: string;
  file: PartReadable;
  start: number;
  end: number;
  /** The file the main thread opened: another one under its name is not read. */
  identity: FileIdentity;
  encoding: 'utf-8' | 'windows-1252';
  headers: string[];
  delimiter: Delimiter;
  map: HeaderMap;
}

/**
 * A part's rows (line numbers from 1 at the part's first line), or why the file must be read by
 * one thread after all: a quote (a quoted cell may hold a line break, so a part may start inside
 * one), bytes that are not UTF-8 (the whole file is then read again as Windows-1252), a syntax error;
 * or why the file cannot be read at all: it is no longer the file the main thread opened (saved
 * again, replaced), or it was cut while being read.
 */
export type PartResult =
  | { fallback: 'quote' | 'encoding' | 'syntax' }
  | { failure: string }
  | {
      part: TablePart;
      rejected: MappedRow[];
      readerIssues: DataIssue[];
      /** Which of `readerIssues` are cells holding control characters (capped once for the whole file), and the first cell past the cap. */
      controls: { indexes: number[]; firstUncited: number | undefined };
      /** The rows' issues but the absent columns rows needed, said once for the whole file from `absent`. */
      issues: DataIssue[];
      absent: [column: string, first: { line: number; reason: string }][];
      newlines: number;
    };

/** Any row of the part-readable exports: the part's table stores its values by column, whatever they are. */
type Row = Record<string, unknown>;

/**
 * Room for a part's rows at once, from the lines of its first chunk (a tenth more): arrays grown by
 * doubling leave their old copies in this thread's allocator, and room for lines of 32 bytes (as
 * before) is twice what a part of proposals needs.
 */
async function rowsExpected(handle: FileHandle, buffer: Buffer, { start, end }: PartTask): Promise<number> {
  const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - start), start);
  const lines = countNewlines(buffer.subarray(0, bytesRead));
  return lines === 0 ? Math.ceil((end - start) / 32) : Math.ceil(((end - start) / bytesRead) * lines * 1.1) + 16;
}

/** Reads, validates and stores one part of a file (what each thread of a parallel read does). */
export async function readPart(task: PartTask): Promise<PartResult> {
  // Each export's checks take its own rows: seen from here, rows of any shape.
  const definition = PART_READABLE[task.file]() as unknown as ExportDefinition<Row>;
  const reader = new CsvReader(task.label, { headers: task.headers, delimiter: task.delimiter }, undefined, (headers) => columnsRead(task.map, headers.length));
  const opened = await openRegular(task.path);
  if ('problem' in opened) return { failure: FILE_CHANGED };
  const { handle } = opened;
  let pass: Pass;
  let validator: RowValidator<Row, ColumnStore<Located<Row>>>;
  let table: ColumnStore<Located<Row>>;
  try {
    if (!sameFile(await handle.stat(), task.identity)) return { failure: FILE_CHANGED };
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    table = new ColumnStore<Located<Row>>(Object.keys(definition.parsers) as (keyof Row & string)[], await rowsExpected(handle, buffer, task));
    validator = new RowValidator<Row, ColumnStore<Located<Row>>>(definition, task.map, table);
    const range = { handle, buffer, start: task.start, end: task.end, encoding: task.encoding };
    // A quote: a quoted cell may hold a line break, so this part may start inside one.
    pass = await readChunks(range, reader, (cells, line) => validator.add(cells, line), { refuses: (bytes) => bytes.includes(0x22) });
  } finally {
    await handle.close();
  }
  if ('shrunk' in pass) return { failure: FILE_SHRUNK };
  if ('refused' in pass) return { fallback: 'quote' };
  if ('notUtf8' in pass) return { fallback: 'encoding' };
  if (reader.failed) return { fallback: 'syntax' };
  return {
    part: table.seal().toPart(),
    rejected: validator.rejected,
    readerIssues: reader.issues,
    controls: { indexes: reader.controlIssueIndexes, firstUncited: reader.firstUncitedControl },
    issues: validator.issues.slice(validator.absentNeeded.size),
    absent: [...validator.absentNeeded],
    newlines: pass.newlines,
  };
}
