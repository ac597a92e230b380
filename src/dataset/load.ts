import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import { ErrorCode, jsonErrorAt, ReportError, type DataIssue } from '../errors.js';
import { readRegularText } from '../ingest/regular-file.js';
import { didYouMean } from '../suggest.js';
import { participantsExport, type Participant } from '../schemas/participants.js';
import { sourceSchema, type SourceInfo } from '../schemas/source.js';
import { stepsExport, type Step } from '../schemas/steps.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
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
import { Table, type Rows } from './table.js';
import { checkDataFolder } from './data-folder.js';
import { enabledOffers, exportNames, filesOf, OFFER_FILES, SHARED_FILES, type OfferId } from './offer-files.js';
import { activityByYear, datedYearMismatch, declaredYearMismatch } from './year-check.js';
import { YearFolder } from './year-folder.js';
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

/** source.json is a few lines: anything bigger is not one. */
const SOURCE_MAX_BYTES = 64 << 10;

async function readSource(folder: YearFolder): Promise<{ source: SourceInfo; issues: DataIssue[] }> {
  const found = folder.find('source.json');
  const none = { demonstration: false };
  if (found === undefined) return { source: none, issues: [] };
  const fail = (message: string) => ({ source: none, issues: [{ severity: 'error' as const, file: found.path, message }] });
  const read = await readRegularText(found.path, SOURCE_MAX_BYTES);
  if ('problem' in read) return fail(read.problem);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (cause) {
    return fail(jsonErrorAt(read.text, cause));
  }
  const result = sourceSchema.safeParse(json);
  if (result.success) return { source: result.data, issues: [] };
  const known = Object.keys(sourceSchema.shape);
  return fail(
    result.error.issues
      .flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((key) => `clé inconnue « ${key} »${didYouMean(key, known)}`) : [`${i.path.join('.') || '(racine)'} : ${i.message}`]))
      .join(' ; '),
  );
}

/** The reading settings, and where each export of the year folder is. */
interface Reading {
  folder: YearFolder;
  config: ReadingConfig;
  offers: readonly OfferId[];
  cache?: ExportCache;
}

const pathOf = (folder: YearFolder, file: string) => folder.find(file)?.path ?? join(folder.folder, file);

/** The definition without the columns of offers switched off: they are neither read nor reported absent. */
function forOffers<Row>(definition: ExportDefinition<Row>, offers: readonly OfferId[]): ExportDefinition<Row> {
  const off = (name: string) => {
    const offer = definition.columnOffers[name];
    return offer !== undefined && !offers.includes(offer);
  };
  return definition.specs.some((spec) => off(spec.name)) ? { ...definition, specs: definition.specs.filter((spec) => !off(spec.name)) } : definition;
}

function read<Row>({ folder, config, offers, cache }: Reading, definition: ExportDefinition<Row>) {
  const path = pathOf(folder, definition.file);
  return readExport(path, path, forOffers(definition, offers), config, cache);
}

/** An export in columns; an optional one that is absent is an empty table. */
async function readColumns<Row extends object>({ folder, config, offers, cache }: Reading, definition: ExportDefinition<Row>) {
  if (!folder.has(definition.file)) return { rows: new Table<Located<Row>>(Object.keys(definition.parsers) as (keyof Row & string)[]).seal(), rejected: [], issues: [] as DataIssue[] };
  const path = pathOf(folder, definition.file);
  const parallel = { ...PARALLEL_DEFAULTS, ...(config.reading.threads !== 'auto' && { threads: config.reading.threads }) };
  return readTable(path, path, forOffers(definition, offers), config, cache, parallel);
}

async function loadPlie(reading: Reading): Promise<{ data: PlieData; issues: DataIssue[] }> {
  const { folder, config } = reading;
  const files = { participants: pathOf(folder, 'participants.csv'), steps: pathOf(folder, 'etapes.csv') };
  const [participants, steps] = await Promise.all([read(reading, participantsExport(config)), read(reading, stepsExport())]);
  const rejectedIds = new Set(participants.rejected.map((row) => row.values.identifiant ?? ''));
  // Steps cannot be matched to participants that could not be read at all: that would be noise.
  const crossChecks = participants.unreadable ? [] : checkPlie(participants.rows, steps.rows, rejectedIds, files, config);
  const issues = [...participants.issues, ...steps.issues, ...crossChecks];
  return { data: { participants: participants.rows, steps: steps.rows }, issues };
}

async function loadMl(reading: Reading): Promise<{ data: MlData; issues: DataIssue[]; mdeSituations: Situation[]; mdeAids: Aide[] }> {
  const { folder, config } = reading;
  // One file after the other: reading is bound by this one thread anyway, and a table's lookup of
  // values (millions of identifiers) is freed when it is sealed, before the next one is built.
  const jeunes = await read(reading, jeunesExport(config));
  const evenements = await readColumns(reading, evenementsExport());
  const propositions = await readColumns(reading, propositionsExport());
  const aides = await readColumns(reading, aidesExport(config));
  const situations = await readColumns(reading, situationsExport());
  const dispositifs = await readColumns(reading, dispositifsExport());
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
  if (!jeunes.unreadable) issues.push(...checkMl(data, rejectedIds, (file) => pathOf(folder, file)));
  return { data, issues, mdeSituations: [...situations.rows.all().filter((s) => s.programme === 'MDE')], mdeAids: [...aides.rows.all().filter((a) => a.programme === 'MDE')] };
}

/** The Maison de l'Emploi's exports, each optional; the shared situations.csv and aides.csv are read here only without the Mission Locale. */
async function loadMdeExports(reading: Reading, readShared: boolean) {
  const readIf = async <Row>(definition: ExportDefinition<Row>) => (reading.folder.has(definition.file) ? read(reading, definition) : undefined);
  const { config } = reading;
  const [clauses, cyberbase, employerActions, offers, situations, aids] = await Promise.all([
    readIf(clausesExport(config)),
    readIf(cyberbaseExport()),
    readIf(relationsExport()),
    readIf(offresExport(config)),
    readShared ? readIf(situationsExport()) : undefined,
    readShared ? readIf(aidesExport(config)) : undefined,
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

/** An offer is in the folder when one of its own files is (a broken link counts: it says what it should be). */
const isPresent = (folder: YearFolder, offer: OfferId) => filesOf(offer).some((file) => !SHARED_FILES.includes(file) && folder.has(file));

/** What the folder's files say before anything is read: exports in another case, required files missing, optional ones absent. */
function checkFiles(folder: YearFolder, offers: readonly OfferId[]): { issues: DataIssue[]; notices: string[]; complete: Set<OfferId> } {
  const issues: DataIssue[] = [];
  const notices: string[] = [];
  const complete = new Set<OfferId>();
  for (const file of exportNames(offers)) {
    const found = folder.find(file);
    if (found?.caseDiffers) notices.push(`${found.path} lu comme ${file} (le nom attendu est en minuscules).`);
  }
  for (const offer of offers) {
    if (!isPresent(folder, offer)) continue;
    const { name, required, optional } = OFFER_FILES[offer];
    const here = filesOf(offer).filter((file) => !SHARED_FILES.includes(file) && folder.has(file));
    const missing = required.filter((file) => !folder.has(file));
    for (const file of missing) {
      const near = folder.lookalikes(file).map((n) => `« ${n} »`);
      const seen = near.length > 0 ? ` ; le dossier contient ${near.join(', ')} : renommez-le ${file} (export CSV)` : '';
      issues.push({
        severity: 'error',
        file: join(folder.folder, file),
        message: `fichier introuvable : ${name} en a besoin (le dossier contient ${here.join(', ')})${seen} ; sans cette offre, déclarez "offers": { "${offer}": false } dans la configuration`,
      });
    }
    if (missing.length === 0) complete.add(offer);
    for (const file of optional) {
      if (folder.has(file) || (SHARED_FILES.includes(file) && offer === 'mde' && offers.includes('ml') && isPresent(folder, 'ml'))) continue;
      notices.push(
        offer === 'ml'
          ? `${join(folder.folder, file)} absent : lu comme vide pour ${name}.`
          : `${join(folder.folder, file)} absent : les pages de ${name} qui en dépendent disent « Aucune donnée ».`,
      );
    }
  }
  return { issues, notices, complete };
}

/** Reads and validates one year folder: each offer switched on whose files are there. `empty`: no export at all. */
export async function loadYear(
  dataDir: string,
  year: number,
  config: ReadingConfig,
  cache?: ExportCache,
): Promise<{ data: YearData; issues: DataIssue[]; notices: string[]; empty?: true }> {
  const folder = await YearFolder.list(dataDir);
  const offers = enabledOffers(config);
  const source = await readSource(folder);
  const issues = [...source.issues];
  const notices: string[] = [];
  const nothing = { data: { year, source: source.source }, issues, notices };
  if (!exportNames(offers).some((file) => folder.has(file))) {
    issues.push({ severity: 'error', file: dataDir, message: 'aucun export trouvé (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale)' });
    return { ...nothing, empty: true };
  }
  // A folder of another year is refused before it is read: its figures would be printed under this year's title.
  const named = declaredYearMismatch(dataDir, year, source.source.year);
  if (named.length > 0) return { ...nothing, issues: [...issues, ...named] };
  const files = checkFiles(folder, offers);
  issues.push(...files.issues);
  notices.push(...files.notices);
  const reading: Reading = { folder, config, offers, cache };
  const hasPlie = files.complete.has('plie');
  const hasMl = files.complete.has('ml');
  const hasMdeOn = offers.includes('mde');
  const [plie, ml, content, mdeExports] = await Promise.all([
    hasPlie ? loadPlie(reading) : undefined,
    hasMl ? loadMl(reading) : undefined,
    loadContent(dataDir, config, sections.map((section) => section.id)),
    hasMdeOn ? loadMdeExports(reading, !offers.includes('ml') || !isPresent(folder, 'ml')) : undefined,
  ]);
  const declared = content.data;
  let mde: MdeData | undefined;
  if (mdeExports !== undefined) {
    const mdeSituations = [...(ml?.mdeSituations ?? []), ...mdeExports.situations];
    const mdeAids = [...(ml?.mdeAids ?? []), ...mdeExports.aids];
    const hasMde =
      declared?.events !== undefined || declared?.businessCreation !== undefined || mdeExports.employerActions !== undefined || mdeExports.offers !== undefined || mdeExports.clauses !== undefined || mdeExports.cyberbase !== undefined || mdeSituations.length > 0 || mdeAids.length > 0;
    if (hasMde) {
      mde = { events: declared?.events ?? [], businessCreation: declared?.businessCreation, employerActions: mdeExports.employerActions, offers: mdeExports.offers, clauses: mdeExports.clauses, cyberbase: mdeExports.cyberbase, situations: mdeSituations, aids: mdeAids };
    }
  }
  const data: YearData = {
    year,
    source: source.source,
    ...(plie && { plie: plie.data }),
    ...(ml && { ml: ml.data }),
    ...(mde && { mde }),
    ...(declared && { contenu: declared }),
  };
  issues.push(...(plie?.issues ?? []), ...(ml?.issues ?? []), ...content.issues, ...(mdeExports?.issues ?? []), ...checkHappenedDates(data, dataDir, config));
  if (!issues.some((i) => i.severity === 'error')) issues.push(...datedYearMismatch(dataDir, year, activityByYear(data)));
  return { data, issues, notices };
}

/**
 * Where a previous year lives: beside the year folder when it is named after the year
 * (`fixtures/2023` → `fixtures/2022`).
 */
export function previousFolder(dataDir: string, year: number, back: number): string | undefined {
  if (basename(dataDir) === String(year)) return join(dirname(dataDir), String(year - back));
  // `--data .` from inside the year folder: its name is the resolved one.
  const resolved = resolve(dataDir);
  return basename(resolved) === String(year) ? join(dirname(resolved), String(year - back)) : undefined;
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

/** An offer switched on without any export in the year folder prints « Aucune donnée » pages: said once, with how to switch it off. */
function absentOffers(dataDir: string, data: YearData, offers: readonly OfferId[]): string[] {
  return offers
    .filter((offer) => data[offer] === undefined)
    .map((offer) => {
      const { of, people } = OFFER_FILES[offer];
      const files = people ?? filesOf(offer).filter((file) => !SHARED_FILES.includes(file)).join(', ');
      return `Aucun export ${of} dans ${dataDir} (${files}) : ses pages disent « Aucune donnée ». Si l’association n’a pas cette offre, déclarez "offers": { "${offer}": false } dans la configuration.`;
    });
}

const isFolder = (path: string) => stat(path).then((info) => info.isDirectory(), () => false);

/** Errors, and the warnings on the rows they reject: a warning on a rejected row explains its errors (« 5 cellules au lieu de 15 »), it is listed with them. */
function blocking(issues: readonly DataIssue[]): DataIssue[] {
  const errorLines = new Set(issues.filter((i) => i.severity === 'error' && i.line !== undefined).map((i) => `${i.file}:${i.line}`));
  return issues.filter((i) => i.severity === 'error' || (i.line !== undefined && errorLines.has(`${i.file}:${i.line}`)));
}

/**
 * Loads the year and its history; throws a DATA_INVALID ReportError listing every error of the
 * year's folder. A previous year only feeds the evolutions: an empty folder, or one with errors (an
 * archived export that newer checks refuse, another year's copy), stops the evolutions there with
 * a notice, its errors listed among the previous years' warnings; it never blocks the report.
 */
export async function loadDataset({ year, dataDir, config: settings, historyYears = 2, cache, signal }: LoadOptions): Promise<Dataset> {
  // The readers take their settings and the signal in one object.
  const config: ReadingConfig = signal === undefined ? settings : { ...settings, signal };
  await checkDataFolder(dataDir, year, enabledOffers(settings));
  clearInterned();
  const current = await loadYear(dataDir, year, config, cache);
  const history: YearData[] = [];
  const historyIssues: DataIssue[] = [];
  const notices: string[] = [...current.notices, ...absentOffers(dataDir, current.data, enabledOffers(settings))];
  for (let back = 1; back <= historyYears; back++) {
    const folder = previousFolder(dataDir, year, back);
    const before = year - back;
    if (folder === undefined || !(await isFolder(folder))) {
      const older = previousFolder(dataDir, year, back + 1);
      const skipped = older !== undefined && back < historyYears && (await isFolder(older)) ? ` (${older} n’est pas lu : les évolutions comparent des années qui se suivent)` : '';
      notices.push(
        folder === undefined
          ? `Évolutions omises : le dossier ${dataDir} ne porte pas le nom de l'année, les années précédentes ne sont pas cherchées.`
          : `Pas de données ${before} (${folder}) : les évolutions s'arrêtent à ${before + 1}${skipped}.`,
      );
      break;
    }
    const loaded = await loadYear(folder, before, config, cache);
    if (loaded.empty) {
      notices.push(`Le dossier ${folder} ne contient aucun export : les évolutions s'arrêtent à ${before + 1}.`);
      break;
    }
    const errors = blocking(loaded.issues);
    if (errors.length > 0) {
      historyIssues.push(...loaded.issues.map((issue) => ({ ...issue, severity: 'warning' as const })));
      notices.push(`${errors.length} erreur(s) dans ${folder} (listées avec les avertissements des années précédentes) : les évolutions s'arrêtent à ${before + 1}.`);
      break;
    }
    history.push(loaded.data);
    historyIssues.push(...loaded.issues);
    notices.push(...loaded.notices);
  }
  // Every value is shared by now: the lookup that shared them can go.
  clearInterned();
  const errors = blocking(current.issues);
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
