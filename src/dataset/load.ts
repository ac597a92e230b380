import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../config/schema.js';
import { ErrorCode, ReportError, type DataIssue } from '../errors.js';
import { inYear } from '../schemas/dates.js';
import { participantsExport, type Participant } from '../schemas/participants.js';
import { sourceSchema, type SourceInfo } from '../schemas/source.js';
import { stepsExport, type Step } from '../schemas/steps.js';
import type { ExportDefinition } from '../schemas/export.js';
import { aidesExport, type Aide } from '../schemas/ml/aides.js';
import { dispositifsExport, type Dispositif } from '../schemas/ml/dispositifs.js';
import { evenementsExport, type Evenement } from '../schemas/ml/evenements.js';
import { jeunesExport, type Jeune } from '../schemas/ml/jeunes.js';
import { propositionsExport, type Proposition } from '../schemas/ml/propositions.js';
import { situationsExport, type Situation } from '../schemas/ml/situations.js';
import { checkMl, checkPlie } from './checks.js';
import { checkHappenedDates } from './happened-dates.js';
import { loadContent, type ContentData } from './content.js';
import { sections } from '../sections/index.js';
import type { BusinessCreation } from '../schemas/content.js';
import { offresExport, relationsExport, type EmployerAction, type JobOffer } from '../schemas/mde/relations.js';
import type { Manifestation } from '../schemas/mde/manifestations.js';
import { clausesExport, type ClauseHours } from '../schemas/mde/clauses.js';
import { cyberbaseExport, type CyberbaseRow } from '../schemas/mde/cyberbase.js';
import { readExport, readTable, type ExportCache, type ReadOptions } from './read-export.js';
import type { Rows } from './table.js';
import { PARALLEL_DEFAULTS } from './parallel-read.js';
import { clearInterned } from '../schemas/fields.js';

export interface PlieData {
  participants: Participant[];
  steps: Step[];
}

export interface MlData {
  jeunes: Jeune[];
  /** Millions of rows at a national volume: kept in columns (see `Table`). */
  evenements: Rows<Evenement>;
  propositions: Rows<Proposition>;
  /** The Mission Locale's situations (programme ML). */
  situations: Rows<Situation>;
  dispositifs: Rows<Dispositif>;
  aides: Rows<Aide>;
}

/** Each offer's data, as the sections of that offer read it; `contenu` is the year's declared content. */
export interface OfferData {
  plie: PlieData;
  ml: MlData;
  mde: MdeData;
  contenu: ContentData;
}

/** The Maison de l'Emploi's data: its exports and what the analyst declares (events, business creation). */
export interface MdeData {
  events: Manifestation[];
  businessCreation: BusinessCreation | undefined;
  /** The employer-relations log and the job offers published. */
  employerActions: EmployerAction[] | undefined;
  offers: JobOffer[] | undefined;
  clauses: ClauseHours[] | undefined;
  cyberbase: CyberbaseRow[] | undefined;
  /** The MDE's rows of situations.csv: SIAE placements, temporary-work contracts. */
  situations: Situation[];
  /** The MDE's rows of aides.csv: the mobility scheme. */
  aids: Aide[];
}

/** One year's validated exports; an offer whose files are absent from the folder is undefined. */
export interface YearData {
  year: number;
  source: SourceInfo;
  plie?: PlieData;
  ml?: MlData;
  mde?: MdeData;
  contenu?: ContentData;
}

export type OfferYear<T> = T & { year: number };
export type PlieYear = OfferYear<PlieData>;
export type MlYear = OfferYear<MlData>;

/** What a section computes from: its offer's data for the year and, nearest first, the previous years that have it. */
export interface OfferDataset<T> {
  year: number;
  current: OfferYear<T>;
  history: OfferYear<T>[];
}

/** What the aggregation modules read: the year's data and, nearest first, the previous years' present. */
export interface Dataset {
  year: number;
  current: YearData;
  history: YearData[];
  /** Warnings on the year's own files: `--strict` turns them into errors. */
  warnings: DataIssue[];
  /** Warnings on previous years' files: they only affect the evolutions. */
  historyWarnings: DataIssue[];
  /** Facts worth telling the user that are not problems ("no 2022 data: no evolutions"). */
  notices: string[];
}

const exists = (path: string) => access(path).then(() => true, () => false);

async function readSource(folder: string): Promise<{ source: SourceInfo; issues: DataIssue[] }> {
  const path = join(folder, 'source.json');
  const fail = (message: string) => ({ source: { demonstration: false }, issues: [{ severity: 'error' as const, file: path, message }] });
  if (!(await exists(path))) return { source: { demonstration: false }, issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return fail('JSON illisible');
  }
  const result = sourceSchema.safeParse(json);
  if (result.success) return { source: result.data, issues: [] };
  return fail(result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`).join(' ; '));
}

/** Tells what may mean the folder is not the year's: its name, or nothing happening in the year. */
function yearMismatch(folder: string, data: YearData): DataIssue[] {
  const named = basename(folder);
  if (/^\d{4}$/.test(named) && named !== String(data.year)) {
    return [{ severity: 'warning', file: folder, message: `le dossier s'appelle ${named} mais le rapport porte sur ${data.year}` }];
  }
  const y = data.year;
  const active =
    (data.plie?.participants.some((p) => inYear(p.date_entree, y) || inYear(p.date_sortie, y)) ?? false) ||
    (data.plie?.steps.some((s) => inYear(s.date_debut, y) || inYear(s.date_fin, y)) ?? false) ||
    (data.ml?.evenements.some((e) => inYear(e.date, y)) ?? false);
  return active ? [] : [{ severity: 'warning', file: folder, message: `aucune entrée, sortie, étape ni contact daté de ${y} : est-ce le bon dossier ?` }];
}

async function loadPlie(folder: string, config: ReadingConfig, cache?: ExportCache): Promise<{ data: PlieData; issues: DataIssue[] }> {
  const files = { participants: join(folder, 'participants.csv'), steps: join(folder, 'etapes.csv') };
  const [participants, steps] = await Promise.all([
    readExport(files.participants, files.participants, participantsExport(config), config, cache),
    readExport(files.steps, files.steps, stepsExport(), config, cache),
  ]);
  const rejectedIds = new Set(participants.rejected.map((row) => row.values.identifiant ?? ''));
  // Steps cannot be matched to participants that could not be read at all: that would be noise.
  const crossChecks = participants.unreadable ? [] : checkPlie(participants.rows, steps.rows, rejectedIds, files, config);
  const issues = [...participants.issues, ...steps.issues, ...crossChecks];
  return { data: { participants: participants.rows, steps: steps.rows }, issues };
}

async function loadMl(folder: string, config: ReadingConfig, cache?: ExportCache): Promise<{ data: MlData; issues: DataIssue[]; mdeSituations: Situation[]; mdeAids: Aide[] }> {
  const path = (file: string) => join(folder, file);
  const read = <Row>(definition: ExportDefinition<Row>) => readExport(path(definition.file), path(definition.file), definition, config, cache);
  const parallel = { ...PARALLEL_DEFAULTS, ...(config.reading.threads !== 'auto' && { threads: config.reading.threads }) };
  const readColumns = <Row extends object>(definition: ExportDefinition<Row>) => readTable(path(definition.file), path(definition.file), definition, config, cache, parallel);
  // One file after the other: reading is bound by this one thread anyway, and a table's lookup of
  // values (millions of identifiers) is freed when it is sealed, before the next one is built.
  const jeunes = await read(jeunesExport(config));
  const evenements = await readColumns(evenementsExport());
  const propositions = await readColumns(propositionsExport());
  const aides = await readColumns(aidesExport(config));
  const situations = await readColumns(situationsExport());
  const dispositifs = await readColumns(dispositifsExport());
  const data: MlData = {
    jeunes: jeunes.rows,
    evenements: evenements.rows.all(),
    propositions: propositions.rows.all(),
    situations: situations.rows.all().filter((s) => s.programme === 'ML'),
    dispositifs: dispositifs.rows.all(),
    /** The Mission Locale's aids (programme ML); the MDE's mobility scheme goes to the MDE. */
    aides: aides.rows.all().filter((a) => a.programme === 'ML'),
  };
  const rejectedIds = new Set(jeunes.rejected.map((row) => row.values.identifiant ?? ''));
  const issues = [jeunes, evenements, propositions, situations, dispositifs, aides].flatMap((r) => r.issues);
  if (!jeunes.unreadable) issues.push(...checkMl(data, rejectedIds, path));
  return { data, issues, mdeSituations: [...situations.rows.all().filter((s) => s.programme === 'MDE')], mdeAids: [...aides.rows.all().filter((a) => a.programme === 'MDE')] };
}

/** The Maison de l'Emploi's exports, each optional; the shared situations.csv and aides.csv are read here only without the Mission Locale. */
async function loadMdeExports(folder: string, config: ReadingConfig, readShared: boolean, cache?: ExportCache) {
  const read = async <Row>(definition: ExportDefinition<Row>) => {
    const path = join(folder, definition.file);
    return (await exists(path)) ? readExport(path, path, definition, config, cache) : undefined;
  };
  const [clauses, cyberbase, employerActions, offers, situations, aids] = await Promise.all([
    read(clausesExport(config)),
    read(cyberbaseExport()),
    read(relationsExport()),
    read(offresExport(config)),
    readShared ? read(situationsExport()) : undefined,
    readShared ? read(aidesExport(config)) : undefined,
  ]);
  return {
    clauses: clauses?.rows,
    cyberbase: cyberbase?.rows,
    employerActions: employerActions?.rows,
    offers: offers?.rows,
    situations: situations?.rows.filter((s) => s.programme === 'MDE') ?? [],
    aids: aids?.rows.filter((a) => a.programme === 'MDE') ?? [],
    issues: [clauses, cyberbase, employerActions, offers, situations, aids].flatMap((r) => r?.issues ?? []),
  };
}

/** Reads and validates one year folder: each offer whose people file is there, with its other files. */
export async function loadYear(folder: string, year: number, config: ReadingConfig, cache?: ExportCache): Promise<{ data: YearData; issues: DataIssue[] }> {
  const [source, hasPlie, hasMl] = await Promise.all([readSource(folder), exists(join(folder, 'participants.csv')), exists(join(folder, 'jeunes.csv'))]);
  const issues = [...source.issues];
  if (!hasPlie && !hasMl) {
    issues.push({ severity: 'error', file: folder, message: 'aucun export trouvé (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale)' });
    return { data: { year, source: source.source }, issues };
  }
  const [plie, ml, content, mdeExports] = await Promise.all([
    hasPlie ? loadPlie(folder, config, cache) : undefined,
    hasMl ? loadMl(folder, config, cache) : undefined,
    loadContent(folder, config, sections.map((section) => section.id)),
    loadMdeExports(folder, config, !hasMl, cache),
  ]);
  const declared = content.data;
  const mdeSituations = [...(ml?.mdeSituations ?? []), ...mdeExports.situations];
  const mdeAids = [...(ml?.mdeAids ?? []), ...mdeExports.aids];
  const hasMde =
    declared?.events !== undefined || declared?.businessCreation !== undefined || mdeExports.employerActions !== undefined || mdeExports.offers !== undefined || mdeExports.clauses !== undefined || mdeExports.cyberbase !== undefined || mdeSituations.length > 0 || mdeAids.length > 0;
  const mde: MdeData | undefined = hasMde
    ? { events: declared?.events ?? [], businessCreation: declared?.businessCreation, employerActions: mdeExports.employerActions, offers: mdeExports.offers, clauses: mdeExports.clauses, cyberbase: mdeExports.cyberbase, situations: mdeSituations, aids: mdeAids }
    : undefined;
  const data: YearData = {
    year,
    source: source.source,
    ...(plie && { plie: plie.data }),
    ...(ml && { ml: ml.data }),
    ...(mde && { mde }),
    ...(declared && { contenu: declared }),
  };
  issues.push(...(plie?.issues ?? []), ...(ml?.issues ?? []), ...content.issues, ...mdeExports.issues, ...checkHappenedDates(data, folder, config));
  if (!issues.some((i) => i.severity === 'error')) issues.push(...yearMismatch(folder, data));
  return { data, issues };
}

/**
 * Where a previous year lives: beside the year folder when it is named after the year
 * (`fixtures/2023` → `fixtures/2022`).
 */
export function previousFolder(dataDir: string, year: number, back: number): string | undefined {
  return basename(dataDir) === String(year) ? join(dirname(dataDir), String(year - back)) : undefined;
}

/** The configuration, and the Ctrl-C signal every reader checks. */
type ReadingConfig = Config & Pick<ReadOptions, 'signal'>;

export interface LoadOptions {
  year: number;
  dataDir: string;
  config: Config;
  /** How many previous years feed the evolutions (2: "55 % en 2022 / 49 % en 2021"). */
  historyYears?: number;
  /** Keeps validated exports between builds (the preview); files are re-read only when they change. */
  cache?: ExportCache;
  /** Ctrl-C: reading stops between two chunks of a file. */
  signal?: AbortSignal;
}

/** Loads the year and its history; throws a DATA_INVALID ReportError listing every error. */
export async function loadDataset({ year, dataDir, config: settings, historyYears = 2, cache, signal }: LoadOptions): Promise<Dataset> {
  // The readers take their settings and the signal in one object.
  const config: ReadingConfig = signal === undefined ? settings : { ...settings, signal };
  if (!(await exists(dataDir))) {
    throw new ReportError(ErrorCode.DATA_FOLDER_NOT_FOUND, `Dossier de données introuvable : ${dataDir}`);
  }
  clearInterned();
  const current = await loadYear(dataDir, year, config, cache);
  const history: YearData[] = [];
  const historyIssues: DataIssue[] = [];
  const notices: string[] = [];
  for (let back = 1; back <= historyYears; back++) {
    const folder = previousFolder(dataDir, year, back);
    if (folder === undefined || !(await exists(folder))) {
      notices.push(
        folder === undefined
          ? `Évolutions omises : le dossier ${dataDir} ne porte pas le nom de l'année, les années précédentes ne sont pas cherchées.`
          : `Pas de données ${year - back} (${folder}) : les évolutions s'arrêtent à ${year - back + 1}.`,
      );
      break;
    }
    const loaded = await loadYear(folder, year - back, config, cache);
    history.push(loaded.data);
    historyIssues.push(...loaded.issues);
  }
  // Every value is shared by now: the lookup that shared them can go.
  clearInterned();
  const all = [...current.issues, ...historyIssues];
  const errorLines = new Set(all.filter((i) => i.severity === 'error' && i.line !== undefined).map((i) => `${i.file}:${i.line}`));
  // A warning on a rejected row explains its errors (« 5 cellules au lieu de 15 »): it is listed with them, first.
  const errors = all.filter((i) => i.severity === 'error' || (i.line !== undefined && errorLines.has(`${i.file}:${i.line}`)));
  if (errors.length > 0) {
    throw new ReportError(ErrorCode.DATA_INVALID, `${errors.length} erreur(s) dans les données`, { issues: errors });
  }
  return {
    year,
    current: current.data,
    history,
    warnings: current.issues.filter((i) => i.severity === 'warning'),
    historyWarnings: historyIssues.filter((i) => i.severity === 'warning'),
    notices,
  };
}
