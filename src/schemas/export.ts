import { z } from 'zod';
import type { Config } from '../config/schema.js';

/** A canonical column of an export and the other headers it is known by. */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  /** Whether a value is required (and so the header). */
  required: boolean;
  /** Whether the header must be present though its cells may be empty (see `ColumnDefinition.headerRequired`). */
  headerRequired?: boolean;
  /** Whether the header may be missing without a warning (see `ColumnDefinition.mayBeAbsent`). */
  mayBeAbsent?: boolean;
}

/** One column of an export: how its cell parses and the other headers it is known by. */
export interface ColumnDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** Other headers, the most specific first (the first one found in the file wins). */
  aliases?: readonly string[];
  /** Whether every row needs a value (and so the header). */
  required?: boolean;
  /**
   * Whether the header must be present though its cells may be empty: a headline figure is computed
   * from the column, so a header the tool does not recognise would silently empty it (0 exits, every
   * step still running). Its absence is an error on line 1, as a required column's.
   */
  headerRequired?: boolean;
  /**
   * A column only some exports have (`zrr` of jeunes.csv): its absence is no warning, and the
   * figures made from it are then not declared (every cell is empty).
   */
  mayBeAbsent?: boolean;
  /**
   * A date of something that has happened by the time of the export (an entry, a contact, a
   * decision), unlike a planned end: it cannot lie far after the report's year (`checkHappenedDates`).
   */
  happened?: boolean;
  /** The one offer that uses the column, in a file shared by several (`aides.csv`): not read when that offer is off. */
  offer?: 'ml' | 'mde';
}

type Columns = Record<string, ColumnDefinition>;
type Shape<C extends Columns> = { [K in keyof C]: C[K]['schema'] };
export type RowOf<C extends Columns> = z.output<z.ZodObject<Shape<C>>>;

/**
 * A check across cells of one row. It runs whenever the cells it `needs` are valid, so a row
 * with a bad cell still gets its other problems reported.
 */
export interface RowCheck<Row> {
  needs: readonly (keyof Row & string)[];
  check(row: Row): { column: keyof Row & string; message: string } | undefined;
}

/** The offers a year folder can hold: the PLIE, the Mission Locale, the Maison de l'Emploi. */
export type OfferId = keyof Config['offers'];

/**
 * What the loading of a year and its checks know of an export, without a configuration: which
 * offers read it and where its rows go, whether it is required, whether it is a log of the year.
 * Everything the year folder's checks and readers derive is declared here, once per export.
 */
export interface ExportFacts {
  /** Its name in the year folder. */
  file: string;
  /** A file of the year's declared content (`contenu/`), read with it, not as an export of an offer. */
  folder?: 'contenu';
  /**
   * The offers that read it, each with the field of its data (`YearData`) its rows go to, its own
   * offer first. A file of several offers (`situations.csv`, `aides.csv`) tells their rows apart by
   * its `programme` column, and does not tell by being there which offers a folder has.
   */
  offers: Readonly<Partial<Record<OfferId, string>>>;
  /** Without it its offer's figures would be wrong: an error. Else optional (a notice when absent). */
  required?: boolean;
  /** The file of the people its offer follows. */
  people?: boolean;
  /**
   * Millions of rows at a national volume: its own offer reads it in columns (a `Table`, an absent
   * one empty); another offer that reads it alone takes its few rows as objects.
   */
  table?: boolean;
  /**
   * A log of what happens in the year, dated by this column: it holds the year's own rows, so one
   * none of whose dates falls in the year is another year's file (`staleLogs`).
   */
  log?: string;
  /** Other dates of activity (entries, exits, steps) that tell which year the folder holds, by the offer whose rows they date. */
  dated?: Readonly<Partial<Record<OfferId, readonly string[]>>>;
}

/** The facts of an export whose rows are `Row`: the columns they name are its own. */
export type FactsOf<Row> = ExportFacts & {
  log?: keyof Row & string;
  dated?: Readonly<Partial<Record<OfferId, readonly (keyof Row & string)[]>>>;
};

/** How an export's cells are read and checked. */
export interface ExportColumns<Row> {
  specs: ColumnSpec[];
  parsers: Record<string, z.ZodType>;
  checks: readonly RowCheck<Row>[];
  /** The column whose value no two rows share (a people file's identifier), compared as parsed. */
  unique?: keyof Row & string;
  /** The date columns of things that have happened (see `ColumnDefinition.happened`). */
  happened: readonly (keyof Row & string)[];
  /** Columns that only one offer uses (see ColumnDefinition.offer). */
  columnOffers: Readonly<Record<string, 'ml' | 'mde'>>;
}

/** An export as it is read: its facts and its columns. */
export type ExportDefinition<Row> = ExportFacts & ExportColumns<Row>;

/** Its columns, its row checks and its unique column, the row type inferred. */
export function exportColumns<C extends Columns>(columns: C, checks: readonly RowCheck<RowOf<C>>[] = [], unique?: keyof C & string): ExportColumns<RowOf<C>> {
  return {
    specs: Object.entries(columns).map(([name, c]) => ({
      name,
      aliases: c.aliases ?? [],
      required: c.required ?? false,
      headerRequired: c.headerRequired ?? false,
      ...(c.mayBeAbsent === true && { mayBeAbsent: true }),
    })),
    parsers: Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.schema])),
    checks,
    happened: Object.entries(columns)
      .filter(([, c]) => c.happened === true)
      .map(([name]) => name as keyof RowOf<C> & string),
    ...(unique !== undefined && { unique: unique as keyof RowOf<C> & string }),
    columnOffers: Object.fromEntries(Object.entries(columns).flatMap(([name, c]) => (c.offer === undefined ? [] : [[name, c.offer]]))),
  };
}

/**
 * An export's definition for a configuration (its columns may depend on it: the territory's
 * communes, the exit categories), carrying its facts, which do not: `participantsExport.file`.
 */
export type ExportFactory<Row = unknown, A extends [] | [config: Config] = [config: Config]> = ((...args: A) => ExportDefinition<Row>) & ExportFacts;

/**
 * Declares an export once: its facts (file name, offers, log…) and how its columns are read.
 * `allExports` lists them; the year's loading and checks are derived from that list.
 */
export function defineExport<Row, A extends [] | [config: Config]>(
  facts: NoInfer<FactsOf<Row>>,
  columns: (...args: A) => ExportColumns<Row>,
): ExportFactory<Row, A> {
  return Object.assign((...args: A): ExportDefinition<Row> => ({ ...facts, ...columns(...args) }), facts);
}

/** A validated row, with the line it came from for later cross-file messages. */
export type Located<T> = T & { line: number };
