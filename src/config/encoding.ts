/** The encodings a setting may force; `auto` tells UTF-8 from Windows-1252 file by file. */
export const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;

/**
 * What people write for them. Latin-1 (ISO-8859-1) is read as Windows-1252: the two differ only in
 * 0x80–0x9F, control characters in Latin-1 that no export holds, and typographic quotes, € and œ in
 * Windows-1252, which is what a file called Latin-1 by Windows holds in practice.
 */
const SYNONYMS: Record<string, (typeof ENCODINGS)[number]> = {
  auto: 'auto',
  utf8: 'utf-8',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  iso88591: 'windows-1252',
};

/** `UTF-8`, `utf8`, `ISO-8859-1`, `Windows 1252`: the encoding meant, or the value as given (refused by the schema, which lists the values). */
export function canonicalEncoding(value: string): string {
  return (
    SYNONYMS[
      value
        .trim()
        .toLowerCase()
        .replace(/[\s_-]/g, '')
    ] ?? value
  );
}
