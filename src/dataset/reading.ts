import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
import type { OfferId } from './offer-files.js';
import { PARALLEL_DEFAULTS, type ParallelSettings } from '../read/parallel-read.js';
import { PART_READABLE } from '../read/read-part.js';
import { readExport, readTable, type ExportCache, type ReadOptions } from '../read/read-export.js';
import { exportRows } from './export-rows.js';
import { Table } from './table.js';
import type { YearFolder } from './year-folder.js';

/** The configuration, and the Ctrl-C signal every reader checks. */
export type ReadingConfig = Config & Pick<ReadOptions, 'signal'>;

/** The reading settings, and where each export of the year folder is. */
export interface Reading {
  folder: YearFolder;
  /** The year the folder holds: each export's rows carry it with their file's name. */
  year: number;
  config: ReadingConfig;
  offers: readonly OfferId[];
  cache?: ExportCache;
}

/** Where an export is read from: the name found in the folder (`Participants.CSV`), else the expected one. */
export const pathOf = (folder: YearFolder, file: string) => folder.find(file)?.path ?? join(folder.folder, file);

/** The definition without the columns of offers switched off: they are neither read nor reported absent. */
function forOffers<Row>(definition: ExportDefinition<Row>, offers: readonly OfferId[]): ExportDefinition<Row> {
  const off = (name: string) => {
    const offer = definition.columnOffers[name];
    return offer !== undefined && !offers.includes(offer);
  };
  return definition.specs.some((spec) => off(spec.name)) ? { ...definition, specs: definition.specs.filter((spec) => !off(spec.name)) } : definition;
}

/** An export in rows. */
export async function read<Row>({ folder, year, config, offers, cache }: Reading, definition: ExportDefinition<Row>) {
  const path = pathOf(folder, definition.file);
  const result = await readExport(path, path, forOffers(definition, offers), config, cache);
  return { ...result, rows: exportRows({ file: definition.file, year }, result.rows) };
}

/** When an export is read in parts by threads: from the default size, by the configuration's threads. */
const parallelOf = (config: ReadingConfig): ParallelSettings => ({
  ...PARALLEL_DEFAULTS,
  ...(config.reading.threads !== 'auto' && { threads: config.reading.threads }),
});

/**
 * Whether an export will be read in parts by threads (one of theirs, large enough, threads allowed):
 * such a read is started before the others, its threads queued for their slots (`takeSlot`).
 */
export async function readInParts({ folder, config }: Reading, file: string): Promise<boolean> {
  const parallel = parallelOf(config);
  if (parallel.threads < 2 || !(file in PART_READABLE) || !folder.has(file)) return false;
  const size = await stat(pathOf(folder, file)).then(
    (info) => info.size,
    () => 0,
  );
  return size >= parallel.minBytes;
}

/** An export in columns; an optional one that is absent is an empty table. */
export async function readColumns<Row extends object>({ folder, year, config, offers, cache }: Reading, definition: ExportDefinition<Row>) {
  const source = { file: definition.file, year };
  if (!folder.has(definition.file)) {
    const empty = new Table<Located<Row>>(Object.keys(definition.parsers) as (keyof Row & string)[]).seal();
    empty.source = source;
    return { rows: empty, rejected: [], issues: [] as DataIssue[] };
  }
  const path = pathOf(folder, definition.file);
  const result = await readTable(path, path, forOffers(definition, offers), config, (columns) => new Table<Located<Row>>(columns), cache, parallelOf(config));
  result.rows.source = source;
  return result;
}
