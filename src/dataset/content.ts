import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DataIssue } from '../errors.js';
import { formatSize, kindOf } from '../files/describe.js';
import { openRegular } from '../read/regular-file.js';
import {
  businessCreationSchema,
  declaredIndicatorsSchema,
  type DeclaredIndicators,
  communicationSchema,
  editorialFrontMatter,
  territorySchema,
  INDICATOR_PREFIXES,
  type BusinessCreation,
  type Communication,
  type EditorialFrontMatter,
  type Territory,
} from '../schemas/content.js';
import { MARKDOWN_LIMITS, tooDeepLine } from '../schemas/markdown-limits.js';
import { manifestationsExport, type Manifestation } from '../schemas/mde/manifestations.js';
import { didYouMean } from '../text/suggest.js';
import { normalizeKey } from '../text/fold.js';
import { textControls } from './content-checks.js';
import { outsideMessage, outsideYear, readContentFile } from './content-files.js';
import { TEXTS_FOLDER, tolerated, unknownContentEntries, unknownTextEntry } from './content-names.js';
import { failed, readJson, zodIssues, type Read } from './content-json.js';
import { readExport, type ReadOptions } from '../read/read-export.js';

/** The year's declared content: texts and figures no export holds. */
export interface ContentData {
  editorial: (EditorialFrontMatter & { markdown: string }) | undefined;
  territory: Territory | undefined;
  communication: Communication | undefined;
  /** The Maison de l'Emploi's declared part: its events and business-creation tallies. */
  events: Manifestation[] | undefined;
  businessCreation: BusinessCreation | undefined;
  /** Declared figures keyed like the indicators JSON. */
  indicators: DeclaredIndicators;
  /** Narrative paragraphs by section id (`contenu/textes/<section>.md`), printed after the section's figures. */
  texts: Record<string, string>;
}

/** Control characters and nesting of a Markdown text (its size is bounded when read), checked before anything parses it. */
function markdownIssues(file: string, text: string): DataIssue[] {
  const controls = textControls(file, text);
  if (controls.length > 0) return controls;
  const deep = tooDeepLine(text);
  if (deep === undefined) return [];
  return [
    {
      severity: 'error',
      file,
      line: deep.line,
      message: `imbrication de plus de ${MARKDOWN_LIMITS.nesting} niveaux (citations « > » ou listes les unes dans les autres) : simplifiez la mise en forme`,
    },
  ];
}

const FRONT_KEYS = Object.keys(editorialFrontMatter.shape);
/** `titre: "Mon titre"`, as YAML would have it: the quotes are not part of the title. */
const unquote = (value: string) => (/^(["']).*\1$/.test(value) && value.length >= 2 ? value.slice(1, -1).trim() : value);

/** `---` front matter of `clé: valeur` lines, then the Markdown text. */
async function readEditorial(file: string, year: string, encoding: ReadOptions['encoding']): Promise<Read<ContentData['editorial']> & { bytes: number }> {
  const read = await readContentFile(file, year, MARKDOWN_LIMITS.fileBytes, encoding);
  if ('absent' in read)
    return { issues: [{ severity: 'error', file, message: 'éditorial manquant : le dossier de contenu doit contenir editorial.md' }], bytes: 0 };
  if (!('text' in read)) return { ...failed(read), bytes: 0 };
  const { text } = read;
  const bytes = Buffer.byteLength(text);
  const shape = markdownIssues(file, text);
  if (shape.length > 0) return { issues: shape, bytes };
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    const message = /^---[ \t]*\n/.test(text)
      ? 'en-tête non refermé : une ligne « --- » doit suivre titre, signataire et fonction'
      : 'en-tête manquant : « --- », puis titre, signataire et fonction, puis « --- »';
    return { issues: [{ severity: 'error', file, line: 1, message }], bytes };
  }
  const lines = (match[1] ?? '').split('\n');
  const fields: Record<string, string> = {};
  const where: Record<string, number> = {};
  const issues: DataIssue[] = [];
  lines.forEach((l, i) => {
    const line = i + 2;
    if (l.trim() === '') return;
    const colon = l.indexOf(':');
    if (colon < 0) {
      issues.push({ severity: 'error', file, line, message: `ligne d’en-tête sans « clé: valeur » (clés : ${FRONT_KEYS.join(', ')})` });
      return;
    }
    const written = l.slice(0, colon).trim();
    // `Titre`, `Signataire`, `Fonction`: case and accents are not the key.
    const key = FRONT_KEYS.find((k) => k === normalizeKey(written)) ?? written;
    if (!FRONT_KEYS.includes(key)) {
      issues.push({
        severity: 'error',
        file,
        line,
        column: key,
        message: `clé d’en-tête inconnue${didYouMean(key, FRONT_KEYS)} ; clés : ${FRONT_KEYS.join(', ')}`,
      });
    } else if (where[key] !== undefined) {
      issues.push({ severity: 'error', file, line, column: key, message: `clé écrite deux fois (déjà ligne ${where[key]})` });
    } else {
      where[key] = line;
      fields[key] = unquote(l.slice(colon + 1).trim());
    }
  });
  const result = editorialFrontMatter.safeParse(fields);
  if (!result.success) {
    const lineFor = (_: string, path: readonly PropertyKey[]) => where[String(path[0])] ?? 1;
    issues.push(...zodIssues(file, text, result.error, editorialFrontMatter, fields, lineFor, `l’en-tête de ${basename(file)}`));
  }
  if (issues.length > 0 || !result.success) return { issues, bytes };
  const markdown = text.slice(match[0].length).trim();
  if (markdown === '') return { issues: [{ severity: 'error', file, message: 'l’éditorial est vide' }], bytes };
  return { value: { ...result.data, markdown }, issues: [], bytes };
}

/** `textes/<section id>.md`: Markdown paragraphs, each for the section of that id. */
async function readTexts(
  dir: string,
  year: string,
  encoding: ReadOptions['encoding'],
  sectionIds: readonly string[],
): Promise<Read<Record<string, string>> & { bytes: number }> {
  const value: Record<string, string> = {};
  const issues: DataIssue[] = [];
  let bytes = 0;
  const opened = await openFolder(dir, year);
  if (!('entries' in opened)) return { value, issues: opened.issues, bytes };
  for (const entry of opened.entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // A README.md of notes in textes/ is not a section's text.
    if (tolerated(entry.name)) continue;
    const unknown = unknownTextEntry(dir, entry, sectionIds);
    if (unknown !== undefined) {
      issues.push(unknown);
      continue;
    }
    if (!entry.name.endsWith('.md')) continue;
    const file = join(dir, entry.name);
    const read = await readContentFile(file, year, MARKDOWN_LIMITS.fileBytes, encoding);
    if (!('text' in read)) {
      issues.push(...failed(read).issues);
      continue;
    }
    bytes += Buffer.byteLength(read.text);
    const shape = markdownIssues(file, read.text);
    if (shape.length > 0) issues.push(...shape);
    else if (read.text.trim() === '')
      issues.push({ severity: 'warning', file, message: 'texte vide : écrivez le texte de la section, ou supprimez le fichier' });
    else value[entry.name.slice(0, -3)] = read.text.trim();
  }
  return { value, issues, bytes };
}

/** A folder of declared content: absent, a folder inside the year folder, or said to be something else. */
async function openFolder(dir: string, year: string): Promise<{ entries: import('node:fs').Dirent[] } | { issues: DataIssue[] }> {
  if (await outsideYear(dir, year)) return { issues: [{ severity: 'error', file: dir, message: outsideMessage('dossier') }] };
  try {
    return { entries: await readdir(dir, { withFileTypes: true }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // Absent, or a broken link: opening it says which.
      const opened = await openRegular(dir);
      if ('problem' in opened && !opened.absent) return { issues: [{ severity: 'error', file: dir, message: opened.problem }] };
      if ('handle' in opened) await opened.handle.close();
      return { issues: [] };
    }
    if (code === 'ENOTDIR') {
      const stats = await stat(dir).catch(() => undefined);
      const what = stats === undefined || stats.isFile() ? 'un fichier' : kindOf(stats);
      return { issues: [{ severity: 'error', file: dir, message: `${what} se trouve à la place du dossier attendu` }] };
    }
    if (code === 'EACCES' || code === 'EPERM')
      return { issues: [{ severity: 'error', file: dir, message: 'dossier illisible : droits insuffisants (vérifiez les droits de lecture)' }] };
    return { issues: [{ severity: 'error', file: dir, message: `ouverture impossible (${code ?? (error as Error).message})` }] };
  }
}

/** manifestations.csv is read like an export, once it is known to be a regular file inside the year folder. */
async function readEvents(file: string, year: string, options: ReadOptions): Promise<Read<Manifestation[]> | undefined> {
  if (await outsideYear(file, year)) return { issues: [{ severity: 'error', file, message: outsideMessage('fichier') }] };
  const opened = await openRegular(file);
  if ('problem' in opened) return opened.absent ? undefined : { issues: [{ severity: 'error', file, message: opened.problem }] };
  await opened.handle.close();
  const read = await readExport(file, file, manifestationsExport(), options);
  return { value: read.rows, issues: read.issues };
}

/** Each event is a figure of the report keyed by its date and type: two of the same kind on the same day cannot both be. */
function sameDayEvents(events: readonly Manifestation[], file: string): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const e of events) {
    const key = `${e.date} ${e.type}`;
    const line = first.get(key);
    if (line === undefined) first.set(key, e.line);
    else
      issues.push({
        severity: 'error',
        file,
        line: e.line,
        column: 'type',
        message: `deux manifestations « ${e.type} » le même jour (déjà ligne ${line}) : réunissez-les sur une ligne`,
      });
  }
  return issues;
}

/** A declared figure belongs to an offer of the report: `ml.seeph.participants`, not `mlseeph.participants`. */
function indicatorPrefixes(file: string, indicators: DeclaredIndicators | undefined): DataIssue[] {
  return Object.keys(indicators ?? {}).flatMap((key): DataIssue[] => {
    const prefix = key.slice(0, key.indexOf('.'));
    if ((INDICATOR_PREFIXES as readonly string[]).includes(prefix)) return [];
    return [
      {
        severity: 'error',
        file,
        column: key,
        message: `la clé doit commencer par ${INDICATOR_PREFIXES.map((p) => `« ${p}. »`).join(', ')}${didYouMean(prefix, INDICATOR_PREFIXES)}`,
      },
    ];
  });
}

/** Reads the year's `contenu/` folder when there is one. */
export async function loadContent(
  folder: string,
  options: ReadOptions,
  sectionIds: readonly string[] = [],
): Promise<{ data?: ContentData; issues: DataIssue[] }> {
  const dir = join(folder, 'contenu');
  const year = await realpath(folder).catch(() => folder);
  const opened = await openFolder(dir, year);
  if (!('entries' in opened)) return { issues: opened.issues };
  const unknown = unknownContentEntries(dir, opened.entries, sectionIds);
  const eventsFile = join(dir, 'manifestations.csv');
  const indicatorsFile = join(dir, 'indicateurs.json');
  const { encoding } = options;
  const [editorial, territory, communication, businessCreation, events, indicators, texts] = await Promise.all([
    readEditorial(join(dir, 'editorial.md'), year, encoding),
    readJson(join(dir, 'territoire.json'), year, encoding, territorySchema),
    readJson(join(dir, 'communication.json'), year, encoding, communicationSchema),
    readJson(join(dir, 'creation-entreprise.json'), year, encoding, businessCreationSchema),
    readEvents(eventsFile, year, options),
    readJson(indicatorsFile, year, encoding, declaredIndicatorsSchema),
    readTexts(join(dir, TEXTS_FOLDER), year, encoding, sectionIds),
  ]);
  const total = editorial.bytes + texts.bytes;
  const tooLong: DataIssue[] =
    total > MARKDOWN_LIMITS.totalBytes
      ? [
          {
            severity: 'error',
            file: dir,
            message:
              `textes déclarés de ${formatSize(total)} au total (editorial.md et ` +
              `${TEXTS_FOLDER}/), au-delà de la limite de ${formatSize(MARKDOWN_LIMITS.totalBytes)}`,
          },
        ]
      : [];
  return {
    data: {
      editorial: editorial.value,
      territory: territory.value,
      communication: communication.value,
      events: events?.value,
      businessCreation: businessCreation.value,
      indicators: indicators.value ?? {},
      texts: texts.value ?? {},
    },
    issues: [
      ...unknown,
      ...editorial.issues,
      ...territory.issues,
      ...communication.issues,
      ...businessCreation.issues,
      ...(events?.issues ?? []),
      ...sameDayEvents(events?.value ?? [], eventsFile),
      ...indicators.issues,
      ...indicatorPrefixes(indicatorsFile, indicators.value),
      ...texts.issues,
      ...tooLong,
    ],
  };
}
