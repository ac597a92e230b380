import { z } from 'zod';

/** A canonical column of an export and the other headers it is known by. */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  /** Whether a value is required (and so the header). */
  required: boolean;
  /** Whether the header must be present though its cells may be empty (see `ColumnDefinition.headerRequired`). */
  headerRequired?: boolean;
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

export interface ExportDefinition<Row> {
  file: string;
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

/** Declares an export once: its file name, its columns, its row checks and its unique column; the row type is inferred. */
export function defineExport<C extends Columns>(
  file: string,
  columns: C,
  checks: readonly RowCheck<RowOf<C>>[] = [],
  unique?: keyof C & string,
): ExportDefinition<RowOf<C>> {
  return {
    file,
    specs: Object.entries(columns).map(([name, c]) => ({
      name,
      aliases: c.aliases ?? [],
      required: c.required ?? false,
      headerRequired: c.headerRequired ?? false,
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

/** A validated row, with the line it came from for later cross-file messages. */
export type Located<T> = T & { line: number };
