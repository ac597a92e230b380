import type { Config } from '../config/schema.js';
import { communeName, countByCommune, inOrder, type CommuneCount } from '../aggregation/breakdowns.js';
import type { Evidence, EvidencePart, TracedRow } from './evidence.js';
import type { Rows } from '../dataset/rows.js';
import { sourcePath, type About, type Indicator, type IndicatorValue } from './indicator.js';
import {
  cells,
  counting,
  countingDistinct,
  distinct,
  eachRow,
  isDistinct,
  rowsOf,
  labelledParts,
  sourcesOf,
  ratio,
  summing,
  averaging,
  type Counted,
  type CountingOptions,
  type Distinct,
  type Measurement,
  type Side,
} from './measurement.js';

/** A cell with a unit of its own is named by the code (`amount`): the spreadsheets need its French name. */
function unlabelledCells(about: About): void {
  if (typeof about.unit !== 'object') return;
  const missing = Object.keys(about.unit).filter((cell) => about.cellLabels === undefined || !Object.hasOwn(about.cellLabels, cell));
  if (missing.length > 0) throw new Error(`${about.key} : cellule(s) sans libellé français (cellLabels) : ${missing.join(', ')}`);
}

/** A cell of a breakdown. */
export interface Cell {
  label: string;
  count: number;
}

/** What a declared figure leaves behind: the runner turns it into the JSON's entry and `explain`'s rows. */
export interface Declared {
  about: About;
  value: IndicatorValue;
  /** `<year>/<file>` of each export read, or where the figure is declared. */
  sources: string[];
  /** Undefined for a figure declared in a file rather than counted. */
  measurement: Measurement<IndicatorValue> | undefined;
  declaredIn?: string;
  /** A breakdown whose shape kept some cells only (a top 10): every cell, for a later year's cells to find their value here. */
  whole?: Record<string, number>;
}

/**
 * How a section states its figures, each once: its declaration (key, label, definition, unit) and
 * the rows it counts, sums or divides. Each method returns the value the section's model needs and
 * records the rest for the JSON, the appendix, the catalogue and `explain`. The same declarations
 * run on each previous year (a `Measure` of that year) for the figures that keep their history.
 */
export class Measure {
  readonly declared: Declared[] = [];

  constructor(
    /** The year measured: the report's, or a previous one for the evolutions. */
    readonly year: number,
    private readonly config: Config,
  ) {}

  /** Any measurement (see measurement.ts): a breakdown of several, a rate of sums… */
  figure<V extends IndicatorValue>(about: About, measurement: Measurement<V>): V {
    unlabelledCells(about);
    const sources = [...new Set(measurement.sources.map((s) => sourcePath(s.file, s.year)))];
    this.declared.push({ about, value: measurement.value, sources, measurement });
    return measurement.value;
  }

  /** How many rows, or people (`distinct(events, 'identifiant_jeune')`). */
  count<T extends TracedRow>(about: About, rows: Counted<T> | Distinct<T>, options?: CountingOptions<T>): number {
    return this.figure(about, counting(rows, options));
  }

  /** Numerator over denominator; each side rows, people or a measurement (a sum of hours). */
  rate<N extends TracedRow, D extends TracedRow>(about: About, numerator: Side<N>, denominator: Side<D>): number | null {
    return this.figure(about, ratio(numerator, denominator));
  }

  sum<T extends TracedRow>(about: About, rows: Counted<T>, amountOf: (row: T) => number, options?: { by?: (row: T) => string }): number {
    return this.figure(about, summing(rows, amountOf, options));
  }

  mean<T extends TracedRow>(about: About, rows: Counted<T>, amountOf: (row: T) => number): number | null {
    return this.figure(about, averaging(rows, amountOf));
  }

  /**
   * Rows (or people) per label, counted in one pass: the labels of `order` first (zero when
   * absent), then the others as met; `shape` may then sort, drop or keep the first cells (top 5).
   * A label that is a column's value may be given as the column's name: rows in columns are then
   * counted from their codes (millions of proposals by theme), without a call per row.
   */
  countBy<T extends TracedRow>(
    about: About,
    what: Counted<T> | Distinct<T>,
    labelBy: ((row: T) => string) | (keyof T & string),
    options: { order?: readonly string[]; shape?: (cells: Cell[]) => Cell[] } = {},
  ): Cell[] {
    const rows = rowsOf(what);
    const column = isDistinct(what) ? what.column : undefined;
    const labelOf = typeof labelBy === 'function' ? labelBy : (row: T) => row[labelBy] as string;
    const byCodes = typeof labelBy === 'string' && column === undefined && !Array.isArray(rows);
    const counts = byCodes ? ((rows as Rows<T>).countBy(labelBy) as Map<string, number>) : new Map<string, number>();
    const seen = new Map<string, Set<unknown>>();
    if (!byCodes)
      eachRow(rows, (row) => {
        const label = labelOf(row);
        if (column === undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
        else {
          const ids = seen.get(label) ?? new Set<unknown>();
          if (row[column] !== undefined) ids.add(row[column]);
          seen.set(label, ids);
          counts.set(label, ids.size);
        }
      });
    const all = inOrder(counts, options.order);
    const list = (options.shape ?? ((c: Cell[]) => c))([...all]);
    // A shape orders, drops or cuts cells; one that merged or renamed them would leave cells without their rows.
    const changed = list.find((c) => (counts.get(c.label) ?? 0) !== c.count);
    if (changed !== undefined) throw new Error(`${about.key} : la forme de la ventilation change la cellule « ${changed.label} »`);
    const kept = new Set(list.map((c) => c.label));
    const measurement: Measurement<Record<string, number>> = {
      value: Object.fromEntries(list.map((c) => [c.label, c.count])),
      kind: 'count',
      empty: rows.length === 0,
      sources: sourcesOf(rows),
      parts: (group) => labelledParts(group, rows, labelOf, { kept, column }),
    };
    this.figure(about, measurement);
    if (kept.size < all.length) this.declared.at(-1)!.whole = Object.fromEntries(all.map((c) => [c.label, c.count]));
    return list;
  }

  /**
   * Rows per commune of residence: every commune of the territory in the configured order, zeros included, then those outside it.
   * With `amountOf`, the sum of a value of the rows of each commune (hours) instead of their number.
   */
  byCommune<T extends TracedRow>(about: About, rows: Counted<T>, inseeOf: (row: T) => string | undefined, amountOf?: (row: T) => number): CommuneCount[] {
    const insees: (string | undefined)[] = [];
    eachRow(rows, (row) => insees.push(inseeOf(row)));
    const communes = countByCommune(insees, (insee) => insee, this.config);
    if (amountOf !== undefined) {
      const names = new Map(communes.map((c) => [c.name, c]));
      for (const c of communes) c.count = 0;
      eachRow(rows, (row) => (names.get(communeName(inseeOf(row), this.config))!.count += Math.round(amountOf(row) * 100)));
      for (const c of communes) c.count /= 100;
    }
    const labelOf = (row: T) => communeName(inseeOf(row), this.config);
    this.figure(about, {
      value: Object.fromEntries(communes.map((c) => [c.name, c.count])),
      kind: amountOf === undefined ? 'count' : 'sum',
      empty: rows.length === 0,
      sources: sourcesOf(rows),
      parts: (group) => labelledParts(group, rows, labelOf, { amountOf }),
    });
    return communes;
  }

  /** A figure not counted from rows: declared in a file of the year folder (`contenu/…`) or in the configuration (`configuration : plie.objective`). */
  declare<V extends IndicatorValue>(about: About, value: V, where: string): V {
    unlabelledCells(about);
    const source = where.startsWith('configuration') ? where : sourcePath(where, this.year);
    this.declared.push({ about, value, sources: [source], measurement: undefined, declaredIn: where });
    return value;
  }
}

export { cells, counting, countingDistinct, distinct, ratio, summing, averaging };

/** The JSON's entry of a declared figure. */
export const indicatorOf = ({ about, value, sources }: Declared): Indicator => ({
  key: about.key,
  value,
  label: about.label,
  definition: about.definition,
  unit: about.unit,
  ...(about.cellLabels !== undefined && { cellLabels: about.cellLabels }),
  sources,
});

/** `explain`'s rows of a declared figure; `group` names the year of a `.history` figure. */
export function evidenceOf({ measurement, declaredIn }: Declared, group = ''): Evidence {
  if (measurement === undefined) return { kind: 'count', parts: [], declaredIn };
  const parts: EvidencePart[] = measurement.parts(group);
  return { kind: measurement.kind, parts, ...(measurement.divideBy !== undefined && { divideBy: measurement.divideBy }) };
}
