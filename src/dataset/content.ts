import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { DataIssue } from '../errors.js';
import {
  businessCreationSchema,
  declaredIndicatorsSchema,
  type DeclaredIndicators,
  communicationSchema,
  editorialFrontMatter,
  territorySchema,
  type BusinessCreation,
  type Communication,
  type EditorialFrontMatter,
  type Territory,
} from '../schemas/content.js';
import { manifestationsExport, type Manifestation } from '../schemas/mde/manifestations.js';
import { readExport, type ReadOptions } from './read-export.js';

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

const exists = (path: string) => access(path).then(() => true, () => false);

/** Best effort: the line where the last key of a JSON path is written, for the message. */
function lineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  let from = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const at = text.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at;
  }
  return from === 0 ? undefined : text.slice(0, from).split('\n').length;
}

function zodIssues(file: string, text: string, error: z.ZodError, lineShift = 0, lineFor = lineOf): DataIssue[] {
  return error.issues.map((issue) => {
    const line = lineFor(text, issue.path);
    return {
      severity: 'error',
      file,
      ...(line === undefined ? {} : { line: line + lineShift }),
      column: issue.path.length > 0 ? issue.path.join('.') : '(racine)',
      message: issue.message,
    };
  });
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<{ value?: T; issues: DataIssue[] }> {
  if (!(await exists(file))) return { issues: [] };
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const position = /position (\d+)/.exec((cause as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    return { issues: [{ severity: 'error', file, ...(line === undefined ? {} : { line }), message: 'JSON illisible (virgule, guillemet ou accolade manquant ?)' }] };
  }
  const result = schema.safeParse(json);
  return result.success ? { value: result.data, issues: [] } : { issues: zodIssues(file, text, result.error) };
}

/** `---` front matter of `clé: valeur` lines, then the Markdown text. */
async function readEditorial(file: string): Promise<{ value?: ContentData['editorial']; issues: DataIssue[] }> {
  if (!(await exists(file))) return { issues: [{ severity: 'error', file, message: 'éditorial manquant : le dossier de contenu doit contenir editorial.md' }] };
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { issues: [{ severity: 'error', file, line: 1, message: 'en-tête manquant : « --- », puis titre, signataire et fonction, puis « --- »' }] };
  const lines = match[1]!.split('\n');
  const fields = Object.fromEntries(lines.filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  const result = editorialFrontMatter.safeParse(fields);
  if (!result.success) {
    const lineFor = (_: string, path: readonly PropertyKey[]) => {
      const index = lines.findIndex((l) => l.startsWith(`${String(path[0])}:`));
      return index < 0 ? 1 : index + 2;
    };
    return { issues: zodIssues(file, text, result.error, 0, lineFor) };
  }
  const markdown = text.slice(match[0].length).trim();
  if (markdown === '') return { issues: [{ severity: 'error', file, message: 'l’éditorial est vide' }] };
  return { value: { ...result.data, markdown }, issues: [] };
}

/** `textes/<section id>.md`: Markdown paragraphs, each for the section of that id. */
async function readTexts(dir: string, sectionIds: readonly string[]): Promise<{ value: Record<string, string>; issues: DataIssue[] }> {
  if (!(await exists(dir))) return { value: {}, issues: [] };
  const value: Record<string, string> = {};
  const issues: DataIssue[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    const id = name.slice(0, -3);
    if (!sectionIds.includes(id)) {
      issues.push({ severity: 'error', file: join(dir, name), message: `aucune section « ${id} » (sections : ${sectionIds.join(', ')})` });
      continue;
    }
    value[id] = (await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, '').trim();
  }
  return { value, issues };
}

/** Each event is a figure of the report keyed by its date and type: two of the same kind on the same day cannot both be. */
function sameDayEvents(events: readonly Manifestation[], file: string): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const e of events) {
    const key = `${e.date} ${e.type}`;
    const line = first.get(key);
    if (line === undefined) first.set(key, e.line);
    else issues.push({ severity: 'error', file, line: e.line, column: 'type', message: `deux manifestations « ${e.type} » le même jour (déjà ligne ${line}) : réunissez-les sur une ligne` });
  }
  return issues;
}

/** Reads the year's `contenu/` folder when there is one. */
export async function loadContent(folder: string, options: ReadOptions, sectionIds: readonly string[] = []): Promise<{ data?: ContentData; issues: DataIssue[] }> {
  const dir = join(folder, 'contenu');
  if (!(await exists(dir))) return { issues: [] };
  const eventsFile = join(dir, 'manifestations.csv');
  const [editorial, territory, communication, businessCreation, events, indicators, texts] = await Promise.all([
    readEditorial(join(dir, 'editorial.md')),
    readJson(join(dir, 'territoire.json'), territorySchema),
    readJson(join(dir, 'communication.json'), communicationSchema),
    readJson(join(dir, 'creation-entreprise.json'), businessCreationSchema),
    exists(eventsFile).then((present) => (present ? readExport(eventsFile, eventsFile, manifestationsExport(), options) : undefined)),
    readJson(join(dir, 'indicateurs.json'), declaredIndicatorsSchema),
    readTexts(join(dir, 'textes'), sectionIds),
  ]);
  return {
    data: {
      editorial: editorial.value,
      territory: territory.value,
      communication: communication.value,
      events: events?.rows,
      businessCreation: businessCreation.value,
      indicators: indicators.value ?? {},
      texts: texts.value,
    },
    issues: [
      ...editorial.issues,
      ...territory.issues,
      ...communication.issues,
      ...businessCreation.issues,
      ...(events?.issues ?? []),
      ...sameDayEvents(events?.rows ?? [], eventsFile),
      ...indicators.issues,
      ...texts.issues,
    ],
  };
}
