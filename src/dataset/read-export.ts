import { open, stat, type FileHandle } from 'node:fs/promises';
import type { DataIssue } from '../errors.js';
import { mapHeaders, type MappedRow } from '../ingest/columns.js';
import { CsvReader } from '../ingest/csv.js';
import type { Config } from '../config/schema.js';
import { binaryKind, chunkDecoder, encodingOf, firstInvalidUtf8, type ChunkEncoding } from '../ingest/decode.js';
import { RowValidator, type ExportDefinition, type Located } from '../schemas/export.js';

export type ReadOptions = Pick<Config, 'encoding' | 'columnAliases'>;

/** `unreadable`: the file could not be read at all (absent, not a CSV, headers missing): its rows are unknown, not absent. */
type ReadResult<Row> = { rows: Located<Row>[]; rejected: MappedRow[]; issues: DataIssue[]; unreadable?: true };

/**
 * Validated exports kept between the builds of a preview: a file is read again only when its size,
 * modification time or the settings that read it change. Rows are never mutated once validated.
 */
export type ExportCache = Map<string, { stamp: string; result: ReadResult<unknown> }>;

/** Reads one export: decode → parse → map headers → validate each row (or takes it from the cache). */
export async function readExport<Row>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  options: ReadOptions,
  cache?: ExportCache,
): Promise<ReadResult<Row>> {
  if (cache === undefined) return readUncached(path, label, definition, options);
  const info = await stat(path).catch(() => undefined);
  // The change time and inode too: a same-size edit within a coarse clock tick (network shares) still counts.
  const stamp = `${info?.mtimeMs}:${info?.ctimeMs}:${info?.ino}:${info?.size}:${label}:${JSON.stringify(options)}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.result as ReadResult<Row>;
  const result = await readUncached(path, label, definition, options);
  cache.set(path, { stamp, result });
  return result;
}

/** Files are read this much at a time: memory holds the rows, never the whole text. */
const CHUNK_BYTES = 4 << 20;

const notText = (kind: 'workbook' | 'binary') =>
  kind === 'workbook'
    ? 'ce fichier est un classeur Excel (ou OpenDocument), pas un CSV : ouvrez-le et enregistrez-le au format CSV (séparateur point-virgule)'
    : 'ce fichier n’est pas un texte (octets binaires) : un export CSV est attendu';

/** Raised when a file read as UTF-8 turns out not to be (at `line`): read it again as Windows-1252. */
class NotUtf8 extends Error {
  constructor(readonly line: number) {
    super('not UTF-8');
  }
}

const countNewlines = (bytes: Uint8Array, end = bytes.length) => {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
};

/**
 * Streams one export: chunks of bytes → text → records → rows validated as they come. Only the
 * validated rows stay in memory. A file that is not UTF-8 (and not declared or marked so) is read
 * again as Windows-1252, which decodes any byte.
 */
async function readUncached<Row>(path: string, label: string, definition: ExportDefinition<Row>, options: ReadOptions): Promise<ReadResult<Row>> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: 'fichier introuvable' }], unreadable: true };
  }
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    const kind = binaryKind(head);
    if (kind !== undefined) return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, message: notText(kind) }], unreadable: true };
    const { encoding, certain } = encodingOf(head, options.encoding);
    try {
      return await readAs(handle, buffer, encoding, label, definition, options);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      if (certain) {
        return { rows: [], rejected: [], issues: [{ severity: 'error', file: label, line: error.line, message: 'le fichier n’est pas un texte UTF-8 valide (encodage déclaré ou marqué UTF-8) : enregistrez-le en UTF-8, ou déclarez "encoding": "windows-1252"' }], unreadable: true };
      }
      return await readAs(handle, buffer, 'windows-1252', label, definition, options);
    }
  } finally {
    await handle.close();
  }
}

async function readAs<Row>(handle: FileHandle, buffer: Buffer, encoding: ChunkEncoding, label: string, definition: ExportDefinition<Row>, options: ReadOptions): Promise<ReadResult<Row>> {
  const decode = chunkDecoder(encoding);
  const reader = new CsvReader(label);
  let validator: RowValidator<Row> | undefined;
  let headerIssues: DataIssue[] = [];
  let lines = 1;
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    position += bytesRead;
    const final = bytesRead === 0;
    const bytes = buffer.subarray(0, bytesRead);
    let text: string;
    try {
      text = decode(bytes, final);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new NotUtf8(lines + countNewlines(bytes, at === -1 ? bytes.length : at));
    }
    if (encoding === 'utf-8') lines += countNewlines(bytes);
    const rows = reader.push(text, final);
    if (validator === undefined && reader.headers !== undefined) {
      const mapped = mapHeaders(label, reader.headers, definition.specs, options.columnAliases[definition.file]);
      headerIssues = mapped.issues;
      if (headerIssues.some((i) => i.severity === 'error')) return { rows: [], rejected: [], issues: headerIssues, unreadable: true };
      validator = new RowValidator(definition, mapped.map);
    }
    if (validator) for (const row of rows) validator.add(row);
    if (final || reader.failed) break;
  }
  if (reader.failed || validator === undefined) return { rows: [], rejected: [], issues: [...reader.issues, ...headerIssues], unreadable: true };
  return { rows: validator.rows, rejected: validator.rejected, issues: [...reader.issues, ...headerIssues, ...validator.issues] };
}
