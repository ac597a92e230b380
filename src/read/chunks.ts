import type { FileHandle } from 'node:fs/promises';
import { interrupted } from '../errors.js';
import type { CsvReader } from './csv.js';
import { chunkDecoder, countNewlines, firstInvalidUtf8, holdsNonAscii, type ChunkEncoding } from './decode.js';
import type { RecordHandler } from './tokenizer.js';

/**
 * Files are read this much at a time (fewer, larger reads: with 60 KB reads, the reads took a
 * tenth of a thread's time), and decoded and cut TEXT_BYTES at a time.
 */
export const CHUNK_BYTES = 512 << 10;

/**
 * Memory holds the rows, never the whole text: a slice's text and cells are short-lived enough to
 * be collected young. A slice's text stays under V8's largest ordinary object (128 KB, two-byte text
 * included): a larger string is put in a space of its own, mapped and unmapped by the system for
 * each one (with 256 KB of text at a time, a fifth of the read's processor time; with 4 MB chunks,
 * reading took a fifth longer still).
 */
export const TEXT_BYTES = 60 << 10;

/** Bytes `start` to `end` of an open file (a whole file, or a part of it past its header), read into `buffer`. */
export interface ByteRange {
  handle: FileHandle;
  buffer: Buffer;
  start: number;
  end: number;
  encoding: ChunkEncoding;
}

/**
 * What can end a pass early. `signal`: Ctrl-C, checked between two chunks. `refuses`: a chunk's
 * bytes this pass cannot read (a part read by a thread: a quote). `stop`: asked after each chunk
 * (the header row cannot be mapped: no row needs reading).
 */
export interface PassHooks {
  signal?: AbortSignal;
  refuses?: (bytes: Uint8Array) => boolean;
  stop?: () => boolean;
}

/**
 * How a pass ended. `read`: to the end of the range, or until the reader failed or `stop` said so
 * (`newlines`: the line feeds read). `shrunk`: the file ended before `end` (cut meanwhile: its rows
 * are not all of them). `notUtf8`: bytes that do not decode, at `line`; `strayByte` when UTF-8
 * accents came before them (the one byte to name, rather than reading the file in another encoding).
 * `refused`: `refuses` turned a chunk down.
 */
export type Pass = { read: true; newlines: number } | { shrunk: true } | { notUtf8: { line: number; strayByte?: number } } | { refused: true };

/**
 * The one chunk loop of every read: chunks of bytes → text → records, each record handed to
 * `onRow` (the row validator) as soon as it is cut, so that only validated rows stay in memory.
 * Reads the range as it was when opened: a file still being written cannot keep the read going for ever.
 */
export async function readChunks(range: ByteRange, reader: CsvReader, onRow: RecordHandler, hooks: PassHooks = {}): Promise<Pass> {
  const { handle, buffer, start, end, encoding } = range;
  const decode = chunkDecoder(encoding);
  let newlines = 0;
  // Characters decoded against bytes read: fewer characters than bytes, and UTF-8 accents came before any invalid byte.
  let chars = 0;
  // The bytes of a character the last slice ended inside (a copy: the buffer is read into again).
  let carried = new Uint8Array(0);
  for (let position = start; ;) {
    if (hooks.signal?.aborted) throw interrupted();
    const length = Math.min(buffer.length, end - position);
    const bytesRead = length > 0 ? (await handle.read(buffer, 0, length, position)).bytesRead : 0;
    if (bytesRead === 0 && length > 0) return { shrunk: true };
    const read = position - start;
    position += bytesRead;
    const final = bytesRead === 0;
    if (hooks.refuses?.(buffer.subarray(0, bytesRead))) return { refused: true };
    // The bytes read, a slice at a time (the end of the file: one empty slice, which ends the decoding and the records).
    for (let from = 0, to = 0; from < bytesRead || (final && from === 0); from = to) {
      // A record longer than a slice (a quote left open) takes the rest of the read at once:
      // searched again slice by slice, it would cost the square of its length.
      to = reader.pendingLength > TEXT_BYTES ? bytesRead : Math.min(bytesRead, from + TEXT_BYTES);
      const bytes = buffer.subarray(from, to);
      const before = read + from;
      let text: string;
      try {
        text = decode(bytes, final);
      } catch {
        // The decoder held the previous slice's unfinished character: the bad byte may be one of those.
        const scanned = carried.length === 0 ? bytes : concatBytes(carried, bytes);
        const at = firstInvalidUtf8(scanned);
        // Lines are told by their line feeds in UTF-8 only (a UTF-16 file's say line 1 of the chunk's).
        const line = 1 + (encoding === 'utf-8' ? newlines : 0) + countNewlines(scanned, at === -1 ? scanned.length : at);
        const utf8Before = chars < before - carried.length || (at > 0 && holdsNonAscii(scanned, at));
        return { notUtf8: { line, ...(utf8Before && at !== -1 && { strayByte: scanned[at] }) } };
      }
      chars += text.length;
      newlines += countNewlines(bytes);
      if (encoding === 'utf-8') carried = bytes.slice(bytes.length - unfinishedUtf8(bytes));
      reader.each(text, final, onRow);
      if (final || reader.failed || hooks.stop?.() === true) return { read: true, newlines };
    }
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 character they do not finish (0 to 3). */
export function unfinishedUtf8(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const b = bytes[bytes.length - k]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > k ? k : 0;
  }
  return 0;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
