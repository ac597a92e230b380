import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../control-characters.js';
import type { DataIssue } from '../errors.js';
import { didYouMean } from '../suggest.js';

/** The files the report reads in `contenu/` (docs/data-format.md, « Declared content »). */
export const CONTENT_FILES = ['editorial.md', 'territoire.json', 'communication.json', 'creation-entreprise.json', 'indicateurs.json', 'manifestations.csv'] as const;
export const TEXTS_FOLDER = 'textes';

/**
 * What file managers and editors leave beside the files, never meant as content: hidden files
 * (`.DS_Store`, `._x`, `.gitkeep`, an editor's `.x.swp`), Office lock files (`~$editorial.docx`),
 * backups (`editorial.md~`), Windows' `Thumbs.db` and `desktop.ini`, and a `README` or `LISEZMOI`
 * of notes for whoever prepares the folder.
 */
export function tolerated(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    name.endsWith('~') ||
    lower === 'thumbs.db' ||
    lower === 'desktop.ini' ||
    /^(readme|lisezmoi)(\.(md|txt))?$/.test(lower)
  );
}

// A misnamed file differs in case or in a few letters: `Communication.json`, `territoires.json`.
const lowerCase = (name: string) => name.toLowerCase();
const OFFICE = /\.(docx?|odt|rtf|pdf|pages|xlsx?|xlsm|ods|numbers)$/i;
const known = `fichiers reconnus : ${CONTENT_FILES.join(', ')}, ${TEXTS_FOLDER}/<section>.md`;

/**
 * `editorial.md.txt`: Windows hides known extensions, and Notepad adds `.txt` to a name that has
 * one already; the file looks right in the Explorer.
 */
function doubled(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const meant = known.find((file) => lower.startsWith(`${file.toLowerCase()}.`));
  return meant === undefined ? '' : ` (une deuxième extension « ${name.slice(meant.length)} » s’est ajoutée au nom : renommez-le « ${meant} »)`;
}

/**
 * A file of `contenu/` the report would not read is an error, not a page that silently vanishes:
 * named, with the nearest known name.
 */
export function unknownContentEntries(dir: string, entries: readonly Dirent[], sectionIds: readonly string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    if (tolerated(name) || (CONTENT_FILES as readonly string[]).includes(name) || name === TEXTS_FOLDER) continue;
    const what = entry.isDirectory() ? 'dossier inconnu' : 'fichier inconnu';
    const base = name.replace(/\.[^.]*$/, '').toLowerCase();
    // The right name saved by an office suite (`editorial.docx`, `manifestations.xlsx`): renaming is not enough.
    const converted = OFFICE.test(name) ? CONTENT_FILES.find((file) => file.slice(0, file.lastIndexOf('.')) === base) : undefined;
    // A section's text put beside the others instead of in textes/.
    const section = sectionIds.find((id) => id.toLowerCase() === base);
    const hint =
      doubled(name, CONTENT_FILES) ||
      (converted === undefined ? '' : ` (le rapport lit « ${converted} » : enregistrez-le dans ce format, sous ce nom)`) ||
      didYouMean(name, [...CONTENT_FILES, TEXTS_FOLDER], { fold: lowerCase }) ||
      (section === undefined ? '' : ` (vouliez-vous dire « ${TEXTS_FOLDER}/${section}.md » ?)`);
    issues.push({ severity: 'error', file: join(dir, printable(name)), message: `${what} : le rapport ne le lirait pas${hint} ; ${known}` });
  }
  return issues;
}

/** `textes/` holds one `<section id>.md` per section; anything else is named with the nearest section's file. */
export function unknownTextEntry(dir: string, entry: Dirent, sectionIds: readonly string[]): DataIssue | undefined {
  const name = entry.name;
  if (tolerated(name)) return undefined;
  const files = sectionIds.map((id) => `${id}.md`);
  if (!entry.isDirectory() && files.includes(name)) return undefined;
  const hint = doubled(name, files) || didYouMean(name, files, { fold: lowerCase });
  const sections = sectionIds.length === 0 ? '' : ` ; sections : ${sectionIds.join(', ')}`;
  const message = entry.isDirectory()
    ? `dossier inattendu : ${TEXTS_FOLDER}/ ne contient qu’un fichier <section>.md par section${sections}`
    : name.endsWith('.md')
      ? `aucune section « ${printable(name.slice(0, -3))} » : le texte ne serait pas imprimé${hint}${sections}`
      : `fichier inconnu : un texte se nomme <section>.md, en Markdown${hint}${sections}`;
  return { severity: 'error', file: join(dir, printable(name)), message };
}
