import { stat, type FileHandle } from 'node:fs/promises';
import type { DataIssue } from '../errors.js';
import { columnsRead, mapHeaders, namesRequiredColumns, type MappedRow } from './columns.js';
import { CHUNK_BYTES, readChunks, type ByteRange, type Pass } from './chunks.js';
import { openRegular } from './regular-file.js';
import { CsvReader } from './csv.js';
import type { Config } from '../config/schema.js';
import { binaryKind, countNewlines, cp1252, encodingOf, type ChunkEncoding } from './decode.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
import { RowValidator, type RowStore } from './row-validator.js';
import type { ColumnStore } from './column-store.js';
import { PARALLEL_DEFAULTS, readInParallel, type ParallelSettings } from './parallel-read.js';
import { FILE_SHRUNK } from './file-identity.js';
import { isIdentifier } from '../schemas/fields.js';
import type { WholeReads } from './whole-reads.js';

/** `signal`: Ctrl-C, which stops a read between two chunks. */
export type ReadOptions = Pick<Config, 'encoding' | 'columnAliases'> & { signal?: AbortSignal };

/** `unreadable`: the file could not be read at all (absent, not a CSV, headers missing): its rows are unknown, not absent. */
type ReadResult<Store> = { rows: Store; rejected: MappedRow[]; issues: DataIssue[]; unreadable?: true; parts?: number };

/** Reads a large file by several threads when it can (undefined: read it as usual). */
type ParallelReader<Store> = (head: Uint8Array, encoding: ChunkEncoding, size: number, handle: FileHandle) => Promise<ReadResult<Store> | undefined>;

/**
 * Validated exports kept between the builds of a preview: a file is read again only when its size,
 * modification time or the settings that read it change. Rows are never mutated once validated.
 */
export type ExportCache = Map<string, { stamp: string; result: ReadResult<unknown> }>;

/** Reads one export: decode → parse → map headers → validate each row (or takes it from the cache). */
export function readExport<Row>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  cache?: ExportCache,
): Promise<ReadResult<Located<Row>[]>> {
  return readStored(path, label, definition, options, () => [], cache);
}

/**
 * Reads one export into a columnar store (sealed: no row added afterwards), for the exports with
 * millions of rows: `newTable` makes an empty one of the caller's kind (the dataset's `Table`).
 */
export function readTable<Row extends object, Store extends ColumnStore<Located<Row>>>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  /** `capacity`: the rows to expect (from the file's size), for room taken at once. */
  newTable: (columns: readonly (keyof Row & string)[], capacity?: number) => Store,
  cache?: ExportCache,
  parallel: ParallelSettings = PARALLEL_DEFAULTS,
): Promise<ReadResult<Store>> {
  // The identifier columns numbered as read: the sections join files by these numbers.
  const identifiers = Object.keys(definition.parsers).filter((name) => isIdentifier(definition.parsers[name]!));
  const empty = (capacity?: number) => newTable(Object.keys(definition.parsers) as (keyof Row & string)[], capacity).number(identifiers);
  const inParallel: ParallelReader<Store> = (head, encoding, size, handle) =>
    readInParallel(path, label, definition, head, encoding, size, handle, options.columnAliases, parallel, empty, options.signal);
  const read = readStored(path, label, definition, options, empty, cache, inParallel, parallel.wholeReads);
  return read.then((result) => ({ ...result, rows: result.rows.seal() }));
}

async function readStored<Row, Store extends RowStore<Located<Row>>>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  newStore: (capacity?: number) => Store,
  cache?: ExportCache,
  inParallel?: ParallelReader<Store>,
  wholeReads?: WholeReads,
): Promise<ReadResult<Store>> {
  if (cache === undefined) return readUncached(path, label, definition, options, newStore, inParallel, wholeReads);
  const info = await stat(path).catch(() => undefined);
  // The change time and inode too: a same-size edit within a coarse clock tick (network shares) still counts.
  const stamp = `${info?.mtimeMs}:${info?.ctimeMs}:${info?.ino}:${info?.size}:${label}:${JSON.stringify(options)}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.result as ReadResult<Store>;
  const result = await readUncached(path, label, definition, options, newStore, inParallel, wholeReads);
  cache.set(path, { stamp, result });
  return result;
}

const notText = (kind: 'workbook' | 'binary') =>
  kind === 'workbook'
    ? 'ce fichier est un classeur Excel (ou OpenDocument), pas un CSV : ouvrez-le et enregistrez-le au format CSV (séparateur point-virgule)'
    : 'ce fichier n’est pas un texte (octets binaires) : un export CSV est attendu';

const NOT_UTF8 =
  'le fichier n’est pas un texte UTF-8 valide (encodage déclaré ou marqué UTF-8) : enregistrez-le en UTF-8, ou déclarez "encoding": "windows-1252"';

/**
 * One byte of another encoding in a UTF-8 file (a name typed in a Windows tool): reading the whole
 * file as Windows-1252 would garble every accent of it, and the errors that follow would never name
 * the byte.
 */
const strayByte = (byte: number) =>
  `octet 0x${byte.toString(16).toUpperCase().padStart(2, '0')} qui n’est pas de l’UTF-8 (« ${cp1252.decode(Uint8Array.of(byte))} » en Windows-1252 ?), ` +
  'dans un fichier en UTF-8 jusque-là : corrigez ce caractère ou réenregistrez le fichier en UTF-8';

/**
 * Streams one export (see `readChunks`). A file that is not UTF-8 (and not declared or marked so)
 * is read again as Windows-1252, which decodes any byte.
 */
async function readUncached<Row, Store extends RowStore<Located<Row>>>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  newStore: (capacity?: number) => Store,
  inParallel?: ParallelReader<Store>,
  wholeReads?: WholeReads,
): Promise<ReadResult<Store>> {
  const unreadable = (issues: DataIssue[]): ReadResult<Store> => ({ rows: newStore(), rejected: [], issues, unreadable: true });
  // Only a regular file: a folder, a FIFO (which would block the read for ever) or a device is named instead.
  const opened = await openRegular(path);
  if ('problem' in opened) return unreadable([{ severity: 'error', file: label, message: opened.problem }]);
  const { handle, size } = opened;
  try {
    // A small file's buffer is its size.
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    const kind = binaryKind(head);
    if (kind !== undefined) return unreadable([{ severity: 'error', file: label, message: notText(kind) }]);
    const { encoding, certain } = encodingOf(head, options.encoding);
    const parallel = inParallel && (await inParallel(head, encoding, size, handle));
    if (parallel) return parallel;
    // As UTF-8, then as Windows-1252 if it is not.
    const readAll = async (): Promise<ReadResult<Store>> => {
      // The rows to expect, from the lines of the first chunk: the whole file's when it is small.
      const expected = head.length === 0 ? 0 : Math.ceil((size / head.length) * countNewlines(head) * 1.05);
      const read = (as: ChunkEncoding) => readWhole({ handle, buffer, start: 0, end: size, encoding: as }, label, definition, options, newStore, expected);
      const first = await read(encoding);
      if (!('notUtf8' in first)) return first;
      const { line, strayByte: stray } = first.notUtf8;
      if (certain) return unreadable([{ severity: 'error', file: label, line, message: NOT_UTF8 }]);
      if (stray !== undefined) return unreadable([{ severity: 'error', file: label, line, message: strayByte(stray) }]);
      const again = await read('windows-1252');
      if ('notUtf8' in again) throw new Error('Windows-1252 decodes every byte');
      return again;
    };
    return await (wholeReads === undefined ? readAll() : wholeReads.run(readAll));
  } finally {
    await handle.close();
  }
}

/** A whole file's rows: its header row found and mapped, then each record validated as it is cut. */
async function readWhole<Row, Store extends RowStore<Located<Row>>>(
  range: ByteRange,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  newStore: (capacity?: number) => Store,
  expectedRows: number,
): Promise<ReadResult<Store> | Extract<Pass, { notUtf8: unknown }>> {
  // A title line above the headers is skipped (with a warning): the header row is the one naming the required columns.
  // The header row's mapping, made once when the reader finds it: it tells which columns are read.
  let mapping: { headers: readonly string[]; mapped: ReturnType<typeof mapHeaders> } | undefined;
  const mapOf = (headers: readonly string[]) => {
    if (mapping?.headers !== headers) mapping = { headers, mapped: mapHeaders(label, [...headers], definition.specs, options.columnAliases[definition.file]) };
    return mapping.mapped;
  };
  const reader = new CsvReader(
    label,
    undefined,
    (cells) => namesRequiredColumns(cells, definition.specs, options.columnAliases[definition.file]),
    (headers) => columnsRead(mapOf(headers).map, headers.length),
  );
  let validator: RowValidator<Row, Store> | undefined;
  let headerIssues: DataIssue[] = [];
  let headerFailed = false;
  // Built on the first row (headers known by then); undefined when the headers cannot be mapped.
  const validatorFor = (headers: string[]): RowValidator<Row, Store> | undefined => {
    if (headerFailed) return undefined;
    const mapped = mapOf(headers);
    headerIssues = mapped.issues;
    headerFailed = headerIssues.some((i) => i.severity === 'error');
    return headerFailed ? undefined : new RowValidator(definition, mapped.map, newStore(expectedRows), expectedRows);
  };
  const onRow = (cells: string[], line: number) => {
    validator ??= validatorFor(reader.headers!);
    validator?.add(cells, line);
  };
  const pass = await readChunks(range, reader, onRow, { signal: options.signal, stop: () => headerFailed });
  const unreadable = (issues: DataIssue[]): ReadResult<Store> => ({ rows: newStore(), rejected: [], issues, unreadable: true });
  if ('notUtf8' in pass) return pass;
  if ('shrunk' in pass) return unreadable([{ severity: 'error', file: label, message: FILE_SHRUNK }]);
  // A header-only file: its header is checked all the same.
  if (validator === undefined && reader.headers !== undefined && !reader.failed) validator = validatorFor(reader.headers);
  if (headerFailed) return unreadable(headerIssues);
  if (reader.failed || validator === undefined) return unreadable([...reader.issues, ...headerIssues]);
  return { rows: validator.rows, rejected: validator.rejected, issues: [...reader.issues, ...headerIssues, ...validator.issues] };
}
