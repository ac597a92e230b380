import { existsSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../text/control-characters.js';
import type { DataIssue } from '../errors.js';
import { didYouMean, nearest } from '../text/suggest.js';

/** Each part of the declared content and the file of `contenu/` it is read from (docs/data-format.md, « Declared content »). */
const DECLARED_FILES = {
  editorial: 'editorial.md',
  territory: 'territoire.json',
  communication: 'communication.json',
  businessCreation: 'creation-entreprise.json',
  indicators: 'indicateurs.json',
  events: 'manifestations.csv',
} as const;

/** The files the report reads in `contenu/`. */
export const CONTENT_FILES = Object.values(DECLARED_FILES);

/** Where a part of the declared content lies (`contenu/territoire.json`): what its figures name as their source. */
export const declaredIn = (part: keyof typeof DECLARED_FILES): string => `contenu/${DECLARED_FILES[part]}`;
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
 * A file of `contenu/` the report would not read. When the known name it is nearest to is absent,
 * that page would silently vanish: an error, with the name. When that file is there (a draft, a
 * backup, `editorial.docx` beside `editorial.md`) or no known name is near (notes, a folder of
 * images), it is a warning (« non lu »), never advice to rename it onto the file that is read.
 */
export function unknownContentEntries(dir: string, entries: readonly Dirent[], sectionIds: readonly string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const present = new Set(entries.map((entry) => entry.name));
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    if (tolerated(name) || (CONTENT_FILES as readonly string[]).includes(name) || name === TEXTS_FOLDER) continue;
    const what = entry.isDirectory() ? 'dossier' : 'fichier';
    const meant = meantName(name, sectionIds);
    const file = join(dir, printable(name));
    if (meant !== undefined && !isPresent(meant.name, present, dir)) {
      issues.push({ severity: 'error', file, message: `${what} inconnu : le rapport ne le lirait pas${meant.hint} ; ${known}` });
    } else {
      const beside = meant === undefined ? '' : ` (le rapport lit « ${meant.name} », présent à côté)`;
      issues.push({ severity: 'warning', file, message: `non lu : ${what} inconnu du rapport, laissé de côté${beside} ; ${known}` });
    }
  }
  return issues;
}

/** The known name an unknown one stands for, if any, with the advice that goes with it. */
function meantName(name: string, sectionIds: readonly string[]): { name: string; hint: string } | undefined {
  const lower = name.toLowerCase();
  const twice = CONTENT_FILES.find((file) => lower.startsWith(`${file}.`));
  if (twice !== undefined) return { name: twice, hint: doubled(name, CONTENT_FILES) };
  const base = name.replace(/\.[^.]*$/, '').toLowerCase();
  // The right name saved by an office suite (`editorial.docx`, `manifestations.xlsx`): renaming is not enough.
  const converted = OFFICE.test(name) ? CONTENT_FILES.find((file) => file.slice(0, file.lastIndexOf('.')) === base) : undefined;
  if (converted !== undefined) return { name: converted, hint: ` (le rapport lit « ${converted} » : enregistrez-le dans ce format, sous ce nom)` };
  const near = nearest(name, [...CONTENT_FILES, TEXTS_FOLDER], { fold: lowerCase, limit: 1 })[0];
  if (near !== undefined) return { name: near, hint: didYouMean(name, [near], { fold: lowerCase }) };
  // A section's text put beside the others instead of in textes/.
  const section = sectionIds.find((id) => id.toLowerCase() === base);
  if (section !== undefined) return { name: `${TEXTS_FOLDER}/${section}.md`, hint: ` (vouliez-vous dire « ${TEXTS_FOLDER}/${section}.md » ?)` };
  return undefined;
}

/** `textes/<section>.md` is looked for in `textes/`, which is read after this check. */
function isPresent(meant: string, present: ReadonlySet<string>, dir: string): boolean {
  if (!meant.startsWith(`${TEXTS_FOLDER}/`)) return present.has(meant);
  return present.has(TEXTS_FOLDER) && existsSync(join(dir, meant));
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
