import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import { binaryKind, countNewlines, decodeText, firstInvalidUtf8 } from '../read/decode.js';
import { readRegularBytes } from '../read/regular-file.js';

/**
 * Declared content is read only from inside the year folder: a link in `contenu/` to a file
 * elsewhere (`/etc/shadow`) would otherwise be printed in a report that is then published.
 * `yearFolder` is the year folder's real path (links resolved).
 */
export async function outsideYear(path: string, yearFolder: string): Promise<boolean> {
  const real = await realpath(path).catch(() => undefined);
  // Absent or a broken link: opening it says so.
  if (real === undefined) return false;
  return real !== yearFolder && !real.startsWith(yearFolder + sep);
}

export const outsideMessage = (what: 'fichier' | 'dossier') =>
  `lien symbolique vers un ${what} hors du dossier de l’année : le contenu déclaré n’est lu que dans ce dossier (copiez-y le ${what} au lieu de le lier)`;

export type ContentRead = { text: string } | { issue: DataIssue } | { absent: true };

/**
 * One declared file as text: a regular file inside the year folder, at most `maxBytes` long,
 * decoded like the exports (UTF-8, else Windows-1252; UTF-16 with its mark), line ends as `\n`.
 * A folder, a FIFO, an unreadable file, a link out of the year folder, a document that is not
 * text: said, never read.
 */
export async function readContentFile(path: string, yearFolder: string, maxBytes: number, encoding: Config['encoding']): Promise<ContentRead> {
  const problem = (message: string, line?: number): ContentRead => ({
    issue: { severity: 'error', file: path, ...(line === undefined ? {} : { line }), message },
  });
  if (await outsideYear(path, yearFolder)) return problem(outsideMessage('fichier'));
  const read = await readRegularBytes(path, maxBytes);
  if ('problem' in read) {
    if (read.absent) return { absent: true };
    return problem(read.tooLarge ? `${read.problem} : un texte déclaré tient en quelques pages` : read.problem);
  }
  const { bytes } = read;
  // A stray NUL in a text is named with its line (control characters); many are not text at all.
  const kind = binaryKind(bytes);
  if (kind === 'workbook') return problem('ce fichier est un document Word, Excel ou OpenDocument, pas un texte : enregistrez-le en texte brut (UTF-8)');
  if (kind === 'binary') return problem('ce fichier n’est pas un texte (octets binaires) : enregistrez-le en texte brut (UTF-8)');
  let text: string;
  try {
    text = decodeText(bytes, encoding).text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    return problem(
      'le fichier n’est pas un texte UTF-8 valide (encodage déclaré ou marqué UTF-8) : enregistrez-le en UTF-8',
      1 + countNewlines(bytes, at === -1 ? bytes.length : at),
    );
  }
  // CR LF (Windows) and a lone CR (old Mac) end a line like LF does: one line each, as an editor shows them.
  return { text: text.replace(/\r\n?/g, '\n') };
}
