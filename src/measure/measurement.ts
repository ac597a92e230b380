import { groupBy } from '../aggregation/breakdowns.js';
import type { ExportRows, ExportSource } from '../dataset/export-rows.js';
import type { Rows } from '../dataset/rows.js';
import type { EvidencePart, MeasureKind, TracedRow } from './evidence.js';

/**
 * What a figure is made of, before it is declared: its value and, built only when a figure is
 * explained, the rows that make it. Value and rows come from the same rows and the same
 * predicates, so that they cannot disagree. Measurements compose: `cells` makes a breakdown of
 * several, `ratio` a rate of two.
 */
export interface Measurement<V> {
  readonly value: V;
  readonly kind: MeasureKind;
  /** Whether it read no row at all (a page of such figures is a page of zeros); known without building its parts. */
  readonly empty: boolean;
  /** The exports it reads (the appendix's and the JSON's sources). */
  readonly sources: readonly ExportSource[];
  /** A count spread over a period (sessions per month: ÷ 12). */
  readonly divideBy?: number;
  /** Its rows, as parts of the breakdown cell `group` ('' for a plain figure). */
  parts(group: string): EvidencePart[];
}

/** The rows of an export, as arrays or in columns: both know their export. */
export type Counted<T extends TracedRow> = ExportRows<T> | Rows<T>;

/** Rows that count once per value of a column (people counted from their events). */
export interface Distinct<T extends TracedRow> {
  rows: Counted<T>;
  column: keyof T & string;
}

export const distinct = <T extends TracedRow>(rows: Counted<T>, column: keyof T & string): Distinct<T> => ({ rows, column });

export type Tallied<T extends TracedRow> = Counted<T> | Distinct<T>;

export const isDistinct = <T extends TracedRow>(what: Tallied<T>): what is Distinct<T> => 'column' in what && 'rows' in what && !Array.isArray(what);

/** Visits each row; a columnar row is a view, valid only during the call (see `Rows.each`). */
export function eachRow<T extends TracedRow>(rows: Counted<T>, visit: (row: T) => void): void {
  if (Array.isArray(rows)) for (const row of rows) visit(row);
  else (rows as Rows<T>).each(visit);
}

function tallyOf<T extends TracedRow>(what: Tallied<T>): number {
  if (!isDistinct(what)) return what.length;
  const { rows, column } = what;
  if (!Array.isArray(rows)) return (rows as Rows<T>).distinct(column);
  const seen = new Set<unknown>();
  for (const row of rows) if (row[column] !== undefined) seen.add(row[column]);
  return seen.size;
}

/** The exports a figure counted from these rows names: theirs, and those that chose them (see `ExportRows.pick`). */
export const sourcesOf = (rows: Counted<TracedRow> | { source: ExportSource; selectedBy?: readonly ExportSource[] }): ExportSource[] => [
  rows.source,
  ...(('selectedBy' in rows && rows.selectedBy) || []),
];

export const rowsOf = <T extends TracedRow>(what: Tallied<T>): Counted<T> => (isDistinct(what) ? what.rows : what);

/** An identifier as evidence compares them; a row without one counts for none, as in the value. */
const idOf = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));

/** One part of evidence: the rows as objects (a columnar table rebuilds them now: only when explained). */
function part<T extends TracedRow>(
  group: string,
  source: ExportSource,
  rows: Iterable<T>,
  extra: { kind?: MeasureKind; role?: EvidencePart['role']; keyOf?: (row: T) => unknown; amountOf?: (row: T) => number } = {},
): EvidencePart {
  const { keyOf } = extra;
  return {
    group,
    kind: extra.kind,
    role: extra.role,
    file: source.file,
    year: source.year,
    rows: [...rows],
    distinctBy: keyOf === undefined ? undefined : (row) => idOf(keyOf(row as T)),
    amountOf: extra.amountOf as EvidencePart['amountOf'],
  };
}

/** The identifier a row counts by: its value in a column. */
const columnKey =
  <T>(column: string | undefined) =>
  (row: T): unknown =>
    column === undefined ? undefined : (row as Record<string, unknown>)[column];

/** The parts of a count: one, or one per label of `by` for a plain figure (how `explain` lists them). */
function countParts<T extends TracedRow>(group: string, rows: Counted<T>, by: ((row: T) => string) | undefined, keyOf?: (row: T) => unknown): EvidencePart[] {
  if (group !== '' || by === undefined) return [part(group, rows.source, rows, { kind: 'count', keyOf })];
  return [...groupBy(rows, by)].map(([label, list]) => part(label, rows.source, list, { kind: 'count', keyOf }));
}

/**
 * The rows of a breakdown counted (or, with `amountOf`, summed) in one pass: one part per label, named
 * `group / label` inside a cell; labels not in `kept` left out (the cells a top-5 drops).
 */
export function labelledParts<T extends TracedRow>(
  group: string,
  rows: Counted<T>,
  labelOf: (row: T) => string,
  options: { kept?: ReadonlySet<string>; column?: string; amountOf?: (row: T) => number } = {},
): EvidencePart[] {
  const { amountOf } = options;
  const keyOf = options.column === undefined ? undefined : columnKey<T>(options.column);
  return [...groupBy(rows, labelOf)]
    .filter(([label]) => options.kept === undefined || options.kept.has(label))
    .map(([label, list]) => part(group === '' ? label : `${group} / ${label}`, rows.source, list, { kind: amountOf ? 'sum' : 'count', keyOf, amountOf }));
}

export interface CountingOptions<T> {
  /** How `explain` lists the rows of a plain figure: by this label (exits by category). */
  by?: (row: T) => string;
  /** The figure is the count divided by this (sessions per month: 12). */
  divideBy?: number;
}

/** How many rows (or distinct values of a column) there are. */
export function counting<T extends TracedRow>(what: Tallied<T>, options: CountingOptions<T> = {}): Measurement<number> {
  const rows = rowsOf(what);
  const column = isDistinct(what) ? what.column : undefined;
  const { by, divideBy } = options;
  return {
    value: tallyOf(what) / (divideBy ?? 1),
    kind: 'count',
    empty: rows.length === 0,
    sources: sourcesOf(rows),
    ...(divideBy !== undefined && { divideBy }),
    parts: (group) => countParts(group, rows, by, column === undefined ? undefined : columnKey<T>(column)),
  };
}

/**
 * Rows counted once per key that a function gives, where `distinct(rows, column)` counts the values
 * of one column: a sponsor named by the action's detail, else by its employer; a person once for
 * each place they were recorded as living in. `by` lists the rows of a plain figure by label in `explain`.
 */
export function countingDistinct<T extends TracedRow>(
  rows: ExportRows<T>,
  keyOf: (row: T) => string,
  options: { by?: (row: T) => string } = {},
): Measurement<number> {
  return {
    value: new Set(rows.map(keyOf)).size,
    kind: 'count',
    empty: rows.length === 0,
    sources: sourcesOf(rows),
    parts: (group) => countParts(group, rows, options.by, keyOf),
  };
}

/** Adds up a value of each row, to the hundredth (thousands of amounts with cents add up exactly). */
export function summing<T extends TracedRow>(rows: Counted<T>, amountOf: (row: T) => number, options: { by?: (row: T) => string } = {}): Measurement<number> {
  let hundredths = 0;
  eachRow(rows, (row) => (hundredths += Math.round(amountOf(row) * 100)));
  const { by } = options;
  return {
    value: hundredths / 100,
    kind: 'sum',
    empty: rows.length === 0,
    sources: sourcesOf(rows),
    parts: (group) =>
      group === '' && by !== undefined
        ? [...groupBy(rows, by)].map(([label, list]) => part(label, rows.source, list, { kind: 'sum', amountOf }))
        : [part(group, rows.source, rows, { kind: 'sum', amountOf })],
  };
}

/** The mean of a value of each row; null without rows. */
export function averaging<T extends TracedRow>(rows: Counted<T>, amountOf: (row: T) => number): Measurement<number | null> {
  let total = 0;
  eachRow(rows, (row) => (total += amountOf(row)));
  return {
    value: rows.length === 0 ? null : total / rows.length,
    kind: 'mean',
    empty: rows.length === 0,
    sources: sourcesOf(rows),
    parts: (group) => [part(group, rows.source, rows, { kind: 'mean', amountOf })],
  };
}

/** Rows, or a measurement already made of them: what a ratio's two sides may be. */
export type Side<T extends TracedRow> = Tallied<T> | Measurement<number>;

const isMeasurement = (side: object): side is Measurement<number> => 'parts' in side && typeof (side as Measurement<number>).parts === 'function';
const asMeasurement = <T extends TracedRow>(side: Side<T>): Measurement<number> => (isMeasurement(side) ? side : counting(side));

/** Numerator over denominator (a rate, a share, contacts per young person); null when the denominator is 0. */
export function ratio<N extends TracedRow, D extends TracedRow>(numerator: Side<N>, denominator: Side<D>): Measurement<number | null> {
  const top = asMeasurement(numerator);
  const bottom = asMeasurement(denominator);
  // The rows of each side recompute its value only if it is a plain count, sum or mean.
  for (const side of [top, bottom]) {
    if (side.kind === 'rate' || side.divideBy !== undefined) throw new Error('ratio : un côté est lui-même un rapport ou une valeur divisée');
  }
  return {
    value: bottom.value === 0 ? null : top.value / bottom.value,
    kind: 'rate',
    empty: top.empty && bottom.empty,
    sources: [...top.sources, ...bottom.sources],
    parts: (group) => [
      ...top.parts(group).map((p) => ({ ...p, role: 'numerator' as const })),
      ...bottom.parts(group).map((p) => ({ ...p, role: 'denominator' as const })),
    ],
  };
}

/** A breakdown: one measurement per cell; a cell's rows are grouped under its name (`outer / inner` when nested). */
export function cells<K extends string, V extends number | null | Record<string, number | null>>(
  byCell: Readonly<Record<K, Measurement<V>>>,
): Measurement<Record<K, V>> {
  const entries = Object.entries(byCell) as [K, Measurement<V>][];
  // A cell's rows are listed whole: a count spread over a period would not recompute from them.
  if (entries.some(([, m]) => m.divideBy !== undefined)) throw new Error('cells : une cellule divisée (par mois…) ne se recalcule pas à partir de ses lignes');
  return {
    value: Object.fromEntries(entries.map(([name, m]) => [name, m.value])) as Record<K, V>,
    kind: entries[0]?.[1].kind ?? 'count',
    empty: entries.every(([, m]) => m.empty),
    sources: entries.flatMap(([, m]) => m.sources),
    parts: (group) => entries.flatMap(([name, m]) => m.parts(group === '' ? name : `${group} / ${name}`)),
  };
}
