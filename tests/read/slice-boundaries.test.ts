import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { Table } from '../../src/dataset/table.js';
import { TEXT_BYTES, unfinishedUtf8 } from '../../src/read/chunks.js';
import { readTable } from '../../src/read/read-export.js';
import { evenementsExport, type Evenement } from '../../src/schemas/ml/evenements.js';

const config = resolveConfig();
const dir = mkdtempSync(join(tmpdir(), 'alpes-slices-'));

/** UTF-8 events (accents from the first lines on), past the first text slice, with `marker` (ASCII) once on the line after `TEXT_BYTES - 300` bytes. */
function eventsAround(marker: string): { bytes: Buffer; at: number } {
  const lines = ['identifiant_jeune;date;type;theme;atelier;intervenant'];
  let length = 0;
  while (length < TEXT_BYTES - 300) {
    const line = `J${lines.length};02/03/2023;Téléphone;;;`;
    lines.push(line);
    length += Buffer.byteLength(line) + 2;
  }
  lines.push(`J1;03/03/2023;Atelier;Santé;S-1;${marker}`);
  for (let i = 0; i < 100; i++) lines.push(`J${i};04/03/2023;Téléphone;;;`);
  const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  return { bytes, at: bytes.indexOf(marker) };
}

async function read(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readTable(path, 'evenements.csv', evenementsExport(), config, (columns) => new Table<Evenement>(columns), undefined, {
    minBytes: Infinity,
    threads: 1,
  });
}

const lineOf = (bytes: Buffer, at: number) => 1 + bytes.subarray(0, at).filter((b) => b === 10).length;

describe('a stray byte where the text is cut into slices', () => {
  it('is named, on its line, when it is the last byte of a slice (not the whole file read as Windows-1252)', async () => {
    // The marker's 'Z' lands on the slice's last byte: the line is padded so that it does.
    const { bytes: plain, at } = eventsAround('x'.repeat(400));
    const stray = Buffer.concat([plain.subarray(0, at), Buffer.from('x'.repeat(TEXT_BYTES - 1 - at)), plain.subarray(at)]);
    stray[TEXT_BYTES - 1] = 0xe9;
    const result = await read('last-byte.csv', stray);
    expect(result.unreadable).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: lineOf(stray, TEXT_BYTES - 1),
        message: expect.stringMatching(/^octet 0xE9 qui n’est pas de l’UTF-8/),
      }),
    ]);
  });

  it('is named, on its line, after an accent cut between two slices', async () => {
    const { bytes: plain, at } = eventsAround('x'.repeat(400));
    // 'é' (C3 A9) straddles the slices' boundary; the stray byte comes 50 bytes later, past a line feed.
    const accent = TEXT_BYTES - 1;
    const bytes = Buffer.concat([
      plain.subarray(0, at),
      Buffer.from('x'.repeat(accent - at)),
      Buffer.from('é;\r\nJ2;05/03/2023;Atelier;Santé;S-1;'),
      plain.subarray(at),
    ]);
    const strayAt = bytes.indexOf('x', accent + 20);
    bytes[strayAt] = 0xe9;
    expect(bytes.subarray(accent, accent + 2)).toEqual(Buffer.from('é'));
    const result = await read('split-accent.csv', bytes);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: lineOf(bytes, strayAt), message: expect.stringMatching(/^octet 0xE9 qui n’est pas de l’UTF-8/) }),
    ]);
  });

  it('reads an accent cut between two slices as the accent', async () => {
    const { bytes: plain, at } = eventsAround('x'.repeat(400));
    const bytes = Buffer.concat([plain.subarray(0, at), Buffer.from('x'.repeat(TEXT_BYTES - 1 - at)), Buffer.from('é'), plain.subarray(at)]);
    const result = await read('accent.csv', bytes);
    expect(result.issues).toEqual([]);
    expect([...result.rows.all()].some((row) => row.intervenant?.includes('xé'))).toBe(true);
  });
});

describe('unfinishedUtf8', () => {
  it('counts the bytes of a character the slice ends inside', () => {
    expect(unfinishedUtf8(Buffer.from('abc'))).toBe(0);
    expect(unfinishedUtf8(Buffer.from('abé'))).toBe(0);
    expect(unfinishedUtf8(Buffer.from('abé').subarray(0, 3))).toBe(1);
    expect(unfinishedUtf8(Buffer.from('a€').subarray(0, 3))).toBe(2);
    expect(unfinishedUtf8(Buffer.from('a😀').subarray(0, 4))).toBe(3);
    expect(unfinishedUtf8(Uint8Array.of(0x61, 0xe9))).toBe(1);
  });
});
