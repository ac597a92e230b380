import { describe, expect, it } from 'vitest';
import { binaryKind, decodeText, encodingOf } from '../../src/read/decode.js';

const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ é: 0xe9, œ: 0x9c, è: 0xe8 })[c] ?? c.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Pérenchies')]);
    expect(decodeText(bytes)).toEqual({ text: 'Pérenchies', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(cp1252('Marcq-en-Barœul élève'))).toEqual({ text: 'Marcq-en-Barœul élève', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with its byte-order mark (Excel « Texte Unicode »)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'id;é'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(bytes)).toEqual({ text: 'id;é', encoding: 'utf-16' });
  });

  it('refuses invalid bytes in a file declared UTF-8', () => {
    expect(() => decodeText(cp1252('élève'), 'utf-8')).toThrow();
  });

  it('obeys a declared encoding', () => {
    const utf8 = new TextEncoder().encode('é');
    expect(decodeText(utf8, 'windows-1252').text).toBe('Ã©');
  });
});

describe('binaryKind', () => {
  it('calls a file full of NUL bytes binary, but not a text with a stray NUL in a cell (the reader reports that one)', () => {
    expect(binaryKind(Uint8Array.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]))).toBe('binary');
    const text = new TextEncoder().encode(`id;nom\n${'1;Dupont\n'.repeat(100)}2;a\0b\n`);
    expect(binaryKind(text)).toBeUndefined();
    expect(binaryKind(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x3b, 0]))).toBeUndefined();
  });
});

describe('UTF-16 without its byte-order mark', () => {
  it('is told by its NUL bytes, little- or big-endian, and never called binary', () => {
    const le = Buffer.from('identifiant;sexe\r\nP1;F\r\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(encodingOf(le)).toEqual({ encoding: 'utf-16le', certain: true });
    expect(encodingOf(be)).toEqual({ encoding: 'utf-16be', certain: true });
    expect(binaryKind(le)).toBeUndefined();
    expect(decodeText(le).text).toBe('identifiant;sexe\r\nP1;F\r\n');
    expect(encodingOf(Buffer.from('identifiant;sexe\r\n'))).toEqual({ encoding: 'utf-8', certain: false });
  });
});
