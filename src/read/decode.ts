import type { Config } from '../config/schema.js';

export type Encoding = Exclude<Config['encoding'], 'auto'>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it puts €, œ, Œ, curly quotes, dashes…
 * Node 20's TextDecoder decodes that range as Latin-1 control characters, hence this table.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export const cp1252 = {
  decode(bytes: Uint8Array): string {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  },
};

/** What a file that is not text is, when we can tell: said to the user instead of garbled headers. */
export function binaryKind(bytes: Uint8Array): 'workbook' | 'binary' | undefined {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  // .xlsx / .ods (zip) and .xls (OLE2) saved under a .csv name.
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'workbook';
  // UTF-16 (checked before) aside, NUL bytes are what binaries are full of; a text export holds
  // none, but a stray one in a cell is the reader's to report with its line (see CsvReader).
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16 || unmarkedUtf16(head) !== undefined) return undefined;
  let nuls = 0;
  for (let i = head.indexOf(0); i !== -1; i = head.indexOf(0, i + 1)) nuls++;
  return nuls > Math.max(1, head.length / 100) ? 'binary' : undefined;
}

/**
 * Exports come from Windows tools as often as not: a file that is not valid UTF-8 is read as
 * Windows-1252, which decodes every byte, so detection never fails.
 */
export function decodeText(bytes: Uint8Array, declared: Config['encoding'] = 'auto'): { text: string; encoding: Encoding | 'utf-16' } {
  // Excel's "Texte Unicode" export: UTF-16 with its byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  }
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked !== undefined) return { text: new TextDecoder(unmarked).decode(bytes), encoding: 'utf-16' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (declared === 'windows-1252') return { text: cp1252.decode(body), encoding: declared };
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch (error) {
    // A declared or marked UTF-8 file with invalid bytes is an error, not something to guess.
    if (declared === 'utf-8' || hasBom) throw error;
    return { text: cp1252.decode(body), encoding: 'windows-1252' };
  }
}

export type ChunkEncoding = Encoding | 'utf-16le' | 'utf-16be';

/**
 * UTF-16 written without its byte-order mark (some exporters do): text of Latin letters then has a
 * NUL byte after (little-endian) or before (big-endian) each character. Told from the first bytes:
 * every other byte NUL, and the others not.
 */
export function unmarkedUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(head.length, 512) >> 1;
  if (pairs < 4) return undefined;
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    const even = head[2 * i]!;
    const odd = head[2 * i + 1]!;
    if (odd === 0 && even !== 0) low++;
    else if (even === 0 && odd !== 0) high++;
  }
  if (low >= pairs * 0.9) return 'utf-16le';
  if (high >= pairs * 0.9) return 'utf-16be';
  return undefined;
}

/** How a file's first bytes say it is written: UTF-16 by its mark or its NUL bytes, UTF-8 by its mark, else the setting. */
export function encodingOf(head: Uint8Array, declared: Config['encoding'] = 'auto'): { encoding: ChunkEncoding; certain: boolean } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', certain: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', certain: true };
  const unmarked = unmarkedUtf16(head);
  if (unmarked !== undefined) return { encoding: unmarked, certain: true };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', certain: true };
  if (declared === 'auto') return { encoding: 'utf-8', certain: false };
  return { encoding: declared, certain: true };
}

/**
 * Decodes a file chunk by chunk (a character may straddle two chunks). UTF-8 is strict: a byte
 * sequence that is not UTF-8 throws, and the reader decides whether to start again in Windows-1252.
 */
export function chunkDecoder(encoding: ChunkEncoding): (chunk: Uint8Array, final: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => cp1252.decode(chunk);
  const decoder = new TextDecoder(encoding, { fatal: true });
  return (chunk, final) => decoder.decode(chunk, { stream: !final });
}

/** Where the first byte that cannot be UTF-8 is (-1: none), to name its line. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const follow = b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (i + k < bytes.length && (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return -1;
}

/** Whether the first `end` bytes hold a byte past ASCII (in bytes that decoded as UTF-8: a multi-byte character). */
export function holdsNonAscii(bytes: Uint8Array, end = bytes.length): boolean {
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Line feeds among the first `end` bytes. */
export function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
