import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../config/schema.js';
import { ErrorCode, ReportError, type DataIssue } from '../errors.js';
import { participantsExport, type Participant } from '../schemas/participants.js';
import { sourceSchema, type SourceInfo } from '../schemas/source.js';
import { stepsExport, type Step } from '../schemas/steps.js';
import { checkPlie } from './checks.js';
import { readExport } from './read-export.js';

/** One year's validated exports. */
export interface YearData {
  year: number;
  source: SourceInfo;
  plie: { participants: Participant[]; steps: Step[] };
}

/** What the aggregation modules read: the year's data and, nearest first, the previous years' present. */
export interface Dataset {
  year: number;
  current: YearData;
  history: YearData[];
  warnings: DataIssue[];
}

const exists = (path: string) => access(path).then(() => true, () => false);

async function readSource(folder: string): Promise<{ source: SourceInfo; issues: DataIssue[] }> {
  const path = join(folder, 'source.json');
  if (!(await exists(path))) return { source: { demonstration: false }, issues: [] };
  try {
    return { source: sourceSchema.parse(JSON.parse(await readFile(path, 'utf8'))), issues: [] };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause);
    return { source: { demonstration: false }, issues: [{ severity: 'error', file: path, message: `fichier invalide (${message})` }] };
  }
}

/** Reads and validates one year folder; returns the data and every issue found, errors and warnings. */
export async function loadYear(folder: string, year: number, config: Config): Promise<{ data: YearData; issues: DataIssue[] }> {
  const options = { encoding: config.encoding, columnAliases: config.columnAliases };
  const files = { participants: join(folder, 'participants.csv'), steps: join(folder, 'etapes.csv') };
  const [source, participants, steps] = await Promise.all([
    readSource(folder),
    readExport(files.participants, files.participants, participantsExport(config), options),
    readExport(files.steps, files.steps, stepsExport(), options),
  ]);
  const issues = [...source.issues, ...participants.issues, ...steps.issues];
  issues.push(...checkPlie(participants.rows, steps.rows, files));
  return { data: { year, source: source.source, plie: { participants: participants.rows, steps: steps.rows } }, issues };
}

/**
 * Where the previous years live: beside the year folder when it is named after the year
 * (`fixtures/2023` → `fixtures/2022`), else nowhere unless given.
 */
export function previousFolder(dataDir: string, year: number, back: number): string | undefined {
  return basename(dataDir) === String(year) ? join(dirname(dataDir), String(year - back)) : undefined;
}

export interface LoadOptions {
  year: number;
  dataDir: string;
  config: Config;
  /** How many previous years feed the evolutions (2: "55 % en 2022 / 49 % en 2021"). */
  historyYears?: number;
}

/** Loads the year and its history; throws a DATA_INVALID ReportError listing every error. */
export async function loadDataset({ year, dataDir, config, historyYears = 2 }: LoadOptions): Promise<Dataset> {
  if (!(await exists(dataDir))) {
    throw new ReportError(ErrorCode.DATA_FOLDER_NOT_FOUND, `Dossier de données introuvable : ${dataDir}`);
  }
  const current = await loadYear(dataDir, year, config);
  const history: YearData[] = [];
  const issues = [...current.issues];
  for (let back = 1; back <= historyYears; back++) {
    const folder = previousFolder(dataDir, year, back);
    if (folder === undefined || !(await exists(folder))) break;
    const loaded = await loadYear(folder, year - back, config);
    history.push(loaded.data);
    issues.push(...loaded.issues);
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new ReportError(ErrorCode.DATA_INVALID, `${errors.length} erreur(s) dans les données`, { issues: errors });
  }
  return { year, current: current.data, history, warnings: issues.filter((i) => i.severity === 'warning') };
}
