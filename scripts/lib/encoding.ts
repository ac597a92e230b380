/**
 * CSV writing and the two encodings of real exports: Windows-1252 (participants, as the
 * case-management software writes it) and UTF-8 with BOM (steps).
 */

/** The cp1252 bytes 0x80–0x9F that differ from Latin-1; 0xA0–0xFF coincide with Unicode. */
const CP1252_SPECIALS: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  Š: 0x8a,
  Œ: 0x8c,
  š: 0x9a,
  œ: 0x9c,
  Ÿ: 0x9f,
};

export function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (char in CP1252_SPECIALS) bytes.push(CP1252_SPECIALS[char]!);
    else throw new Error(`character ${JSON.stringify(char)} has no Windows-1252 byte`);
  }
  return Buffer.from(bytes);
}

export function encodeUtf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Quotes a field only when it must be, as spreadsheet exports do. */
function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `;`-separated lines joined with CRLF, the last one terminated too. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(';') + '\r\n').join('');
}
