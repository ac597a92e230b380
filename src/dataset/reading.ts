import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
import type { OfferId } from './offer-files.js';
import { mayReadInParts, PARALLEL_DEFAULTS, type ParallelSettings } from '../read/parallel-read.js';
import type { WholeReads } from '../read/whole-reads.js';
import { readExport, readTable, type ExportCache, type ReadOptions } from '../read/read-export.js';
import { exportRows } from './export-rows.js';
import { Table } from './table.js';
import type { YearFolder } from './year-folder.js';

/**
 * The configuration, the Ctrl-C signal every reader checks, and the size from which an export is
 * read in parts when not the default (tests read the fixtures' small files so).
 */
export type ReadingConfig = Config & Pick<ReadOptions, 'signal'> & { partsFromBytes?: number };

/** The reading settings, and where each export of the year folder is. */
export interface Reading {
  folder: YearFolder;
  /** The year the folder holds: each export's rows carry it with their file's name. */
  year: number;
  config: ReadingConfig;
  offers: readonly OfferId[];
  cache?: ExportCache;
  /** The reads a file read in parts takes its turn among, should it be read whole after all. */
  wholeReads?: WholeReads;
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
const parallelOf = (config: ReadingConfig, wholeReads?: WholeReads): ParallelSettings => ({
  ...PARALLEL_DEFAULTS,
  ...(config.reading.threads !== 'auto' && { threads: config.reading.threads }),
  ...(config.partsFromBytes !== undefined && { minBytes: config.partsFromBytes }),
  wholeReads,
});

/**
 * Whether an export will be read in parts by threads (one of theirs, large enough, threads allowed):
 * such a read is started before the others, its threads queued for their slots (`takeSlot`).
 */
export async function willReadInParts({ folder, config }: Reading, file: string): Promise<boolean> {
  if (!folder.has(file)) return false;
  const size = await stat(pathOf(folder, file)).then(
    (info) => info.size,
    () => 0,
  );
  return mayReadInParts(file, size, parallelOf(config));
}

/** An export in columns; an optional one that is absent is an empty table. */
export async function readColumns<Row extends object>({ folder, year, config, offers, cache, wholeReads }: Reading, definition: ExportDefinition<Row>) {
  const source = { file: definition.file, year };
  if (!folder.has(definition.file)) {
    const empty = new Table<Located<Row>>(Object.keys(definition.parsers) as (keyof Row & string)[]).seal();
    empty.source = source;
    return { rows: empty, rejected: [], issues: [] as DataIssue[] };
  }
  const path = pathOf(folder, definition.file);
  const result = await readTable(
    path,
    path,
    forOffers(definition, offers),
    config,
    (columns, capacity) => new Table<Located<Row>>(columns, capacity),
    cache,
    parallelOf(config, wholeReads),
  );
  result.rows.source = source;
  return result;
}
