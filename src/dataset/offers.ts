import type { DataIssue } from '../errors.js';
import { EXPORTS } from '../schemas/all-exports.js';
import type { ExportDefinition, ExportFactory, OfferId } from '../schemas/export.js';
import { checkMl, checkPlie } from './checks.js';
import type { ContentData } from './content.js';
import { exportRows, type ExportRows } from './export-rows.js';
import { exportsOf, isOwnExport, OFFER_FILES } from './offer-files.js';
import { pathOf, read, readColumns, willReadInParts, type Reading } from './reading.js';
import { allRead, WholeReads } from '../read/whole-reads.js';
import { numberRows } from './pooled-rows.js';
import { Rows } from './rows.js';
import { Table, type TableRow } from './table.js';
import type { Config } from '../config/schema.js';
import type { MdeData, MlData, PlieData } from './year-data.js';

type ReadRows = Awaited<ReturnType<typeof read<TableRow>>>;

/** One export as an offer reads it: in columns when it is a `table` of the offer's own, else in rows. */
type OfferRead = Omit<ReadRows, 'rows'> & { rows: ExportRows<TableRow> | Rows<TableRow> };

/** An offer's exports read: its data's fields, the rows of its files that belong to other offers, every issue in the exports' order. */
interface OfferExports {
  /** Each export's rows under the field its declaration names; an absent optional one undefined (the Maison de l'Emploi's). */
  fields: Record<string, ExportRows<TableRow> | Rows<TableRow> | undefined>;
  /** The people file's read, for the rows it rejected. */
  people: OfferRead | undefined;
  /** The rows of its files that another offer's `programme` names, under that offer's field. */
  forOthers: Partial<Record<OfferId, Record<string, Rows<TableRow>>>>;
  issues: DataIssue[];
}

interface ReadSettings {
  /**
   * One file after the other on this thread (the Mission Locale's tables): a table's lookup of values is freed before the
   * next one is built. The files read in parts by threads start first, their parts queued for the threads' slots, while
   * this thread reads the others (a file that must be read whole after all, a quoted header, takes its turn among them).
   */
  sequential?: boolean;
  /** An absent optional export is read as empty (the Mission Locale) rather than left undefined (the Maison de l'Emploi). */
  emptyWhenAbsent?: boolean;
  /** Exports not to read here (a shared file the Mission Locale reads). */
  skip?: (definition: ExportFactory<never>) => boolean;
}

async function readOne(reading: Reading, factory: ExportFactory<never>, offer: OfferId, emptyWhenAbsent: boolean): Promise<OfferRead | undefined> {
  const definition = factory(reading.config) as unknown as ExportDefinition<TableRow>;
  if (factory.table === true) {
    // An absent one is an empty table. A shared one too is read in columns: each offer's rows are some of its rows, by index.
    if (!isOwnExport(factory, offer) && !emptyWhenAbsent && !reading.folder.has(factory.file)) return undefined;
    const result = await readColumns(reading, definition);
    return { ...result, rows: result.rows.all() };
  }
  if (reading.folder.has(factory.file)) return read(reading, definition);
  return emptyWhenAbsent ? { rows: exportRows({ file: factory.file, year: reading.year }, []), rejected: [], issues: [] } : undefined;
}

/** The rows of a file of several offers that its `programme` column gives to `offer`. */
function rowsOf(rows: ExportRows<TableRow> | Rows<TableRow>, offer: OfferId) {
  const programme = OFFER_FILES[offer].programme;
  // A table's rows by the column's codes: each distinct programme tested once, no row looked at through a view.
  if (rows instanceof Rows) return (rows as Rows<TableRow & { programme?: string }>).where('programme', (value) => value === programme);
  return rows.filter((row) => (row as { programme?: string }).programme === programme);
}

/**
 * A shared file's rows handed to another offer: some rows of its table, by index. A shared export not
 * declared `table: true` would hand rows of another kind: said at once rather than cast.
 */
function sharedRows(rows: ExportRows<TableRow> | Rows<TableRow>, file: string): Rows<TableRow> {
  if (!(rows instanceof Rows)) throw new Error(`${file} : un export partagé entre offres doit être lu en colonnes (table: true dans sa déclaration)`);
  return rows;
}

/** Reads the exports of an offer (`exportsOf`), each under the field of the offer's data its declaration names. */
async function readOffer(reading: Reading, offer: OfferId, { sequential = false, emptyWhenAbsent = false, skip }: ReadSettings = {}): Promise<OfferExports> {
  const factories = exportsOf(offer).filter((factory) => skip?.(factory) !== true);
  const reads: (OfferRead | undefined)[] = [];
  if (sequential) {
    // The threads' files start first (events, proposals, situations when large); this thread reads the others one after
    // the other meanwhile (jeunes.csv, aides.csv): both cores busy. A threads' file read whole after all takes its turn.
    const wholeReads = new WholeReads();
    const inParts = await Promise.all(factories.map((factory) => factory.table === true && willReadInParts(reading, factory.file)));
    const started = factories.map((factory, k) =>
      inParts[k]
        ? readOne({ ...reading, wholeReads }, factory, offer, emptyWhenAbsent)
        : wholeReads.run(() => readOne(reading, factory, offer, emptyWhenAbsent)),
    );
    reads.push(...(await allRead(started)));
  } else reads.push(...(await allRead(factories.map((factory) => readOne(reading, factory, offer, emptyWhenAbsent)))));
  const result: OfferExports = { fields: {}, people: undefined, forOthers: {}, issues: [] };
  factories.forEach((factory, k) => {
    const done = reads[k];
    const shared = Object.keys(factory.offers).length > 1;
    result.fields[factory.offers[offer]!] = done === undefined || !shared ? done?.rows : rowsOf(done.rows, offer);
    if (factory.people === true) result.people = done;
    result.issues.push(...(done?.issues ?? []));
    if (done === undefined || !shared || !isOwnExport(factory, offer)) return;
    // The other offers' rows of a file this offer reads first, handed to them.
    for (const [other, field] of Object.entries(factory.offers) as [OfferId, string][]) {
      // By index into the table, not copied out as objects (the Maison de l'Emploi's 315 700 aids at the national volume).
      if (other !== offer) (result.forOthers[other] ??= {})[field] = sharedRows(rowsOf(done.rows, other), factory.file);
    }
  });
  return result;
}

/** No row of a shared file (read by no offer): an empty table of its columns. */
function emptyRows(factory: ExportFactory<never>, year: number, config: Config): Rows<TableRow> {
  const empty = new Table<TableRow>(Object.keys((factory(config) as unknown as ExportDefinition<TableRow>).parsers) as never[]).seal();
  empty.source = { file: factory.file, year };
  return empty.all();
}

/** The identifiers of the people rows that failed validation: rows of other files naming them are not reported again. */
const rejectedIds = (people: OfferRead | undefined) => new Set((people?.rejected ?? []).map((row) => row.values.identifiant ?? ''));

/** The PLIE's exports, read and checked across files (steps of unknown participants, steps outside a parcours). */
export async function loadPlie(reading: Reading): Promise<{ data: PlieData; issues: DataIssue[] }> {
  const { folder, config } = reading;
  const read = await readOffer(reading, 'plie');
  const data = read.fields as unknown as PlieData;
  const files = { participants: pathOf(folder, data.participants.source.file), steps: pathOf(folder, data.steps.source.file) };
  // Steps cannot be matched to participants that could not be read at all: that would be noise.
  const crossChecks = read.people?.unreadable ? [] : checkPlie(data.participants, data.steps, rejectedIds(read.people), files, config, reading.year);
  return { data, issues: [...read.issues, ...crossChecks] };
}

/** The Mission Locale's exports; the other offers' rows of its shared files (situations.csv, aides.csv) are handed back apart. */
export async function loadMl(reading: Reading): Promise<{ data: MlData; issues: DataIssue[]; forOthers: OfferExports['forOthers'] }> {
  const { folder, config } = reading;
  // One file after the other on this thread, the large tables meanwhile on threads (`readOffer`).
  const read = await readOffer(reading, 'ml', { sequential: true, emptyWhenAbsent: true });
  const data = read.fields as unknown as MlData;
  // While the pool still holds this read's identifiers: the jeunes join the tables by number.
  numberRows(data.jeunes, (jeune) => jeune.identifiant);
  const issues = [...read.issues];
  if (!read.people?.unreadable) issues.push(...checkMl(data, rejectedIds(read.people), (file) => pathOf(folder, file), config));
  return { data, issues, forOthers: read.forOthers };
}

/** The Maison de l'Emploi's exports, each optional; the files it shares are read here only when `readShared` (no Mission Locale). */
export const loadMdeExports = (reading: Reading, readShared: boolean) =>
  readOffer(reading, 'mde', { skip: (factory) => !readShared && !isOwnExport(factory, 'mde') });

/**
 * The Maison de l'Emploi's data, when it has any: its own exports, its rows of the files it shares
 * (handed over by the Mission Locale, or read by itself), its declared content (contenu/).
 */
export function mdeData(
  year: number,
  exports: OfferExports,
  handed: Record<string, Rows<TableRow>> | undefined,
  declared: ContentData | undefined,
  config: Config,
): MdeData | undefined {
  const data: Record<string, unknown> = { businessCreation: declared?.businessCreation };
  let some = declared?.businessCreation !== undefined;
  for (const factory of EXPORTS) {
    const field = factory.offers.mde;
    if (field === undefined) continue;
    if (factory.folder !== undefined) {
      // A declared file's rows are the declared content's field of the same name.
      const rows = (declared as Record<string, TableRow[] | undefined> | undefined)?.[field];
      some ||= rows !== undefined;
      data[field] = exportRows({ file: `${factory.folder}/${factory.file}`, year }, rows ?? []);
    } else if (!isOwnExport(factory, 'mde')) {
      // A shared file is read in columns by one offer only: the Mission Locale's hands these rows over, else this one's read.
      const own = exports.fields[field];
      const rows = handed?.[field] ?? (own === undefined ? emptyRows(factory, year, config) : sharedRows(own, factory.file));
      some ||= rows.length > 0;
      data[field] = rows;
    } else {
      some ||= exports.fields[field] !== undefined;
      data[field] = exports.fields[field];
    }
  }
  return some ? (data as unknown as MdeData) : undefined;
}
