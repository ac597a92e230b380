/**
 * What the report says of each figure: its value, and what a reader needs to trust it. The
 * sections declare these through `Measure` (measure.ts); the JSON, the CSV, the methodology
 * appendix, the catalogue and `explain` all read them from here.
 */

/** What a figure counts or measures; printed after its value in the appendix and in `explain`. */
export type Unit = 'people' | 'count' | 'hours' | 'euros' | 'rate' | 'months' | 'ratio';

/** The unit as a reader sees it. */
export const UNIT_NAMES: Readonly<Record<Unit, string>> = {
  people: 'personnes',
  count: 'nombre',
  hours: 'h',
  euros: '€',
  rate: '%',
  months: 'mois',
  ratio: 'rapport',
};

/** The unit of each cell of a breakdown whose cells measure different things (an amount, people, applications). */
export type CellUnits = Readonly<Record<string, Unit>>;

/** The French name of each cell a breakdown's code names. */
export type CellLabels = Readonly<Record<string, string>>;

/** How a reader sees a figure's unit: `mois`, or `personnes (people) ; h (hours, onOutsideOperations)` for cells of their own units. */
/** A cell by its declared French name (`amount` → « montant »), a cell the data names (a commune) as it is. */
export const cellName = (name: string, cellLabels?: CellLabels): string =>
  cellLabels !== undefined && Object.hasOwn(cellLabels, name) ? cellLabels[name]! : name;

export function unitName(unit: Unit | CellUnits, cellLabels?: CellLabels): string {
  if (typeof unit === 'string') return UNIT_NAMES[unit];
  const cellsOf = new Map<Unit, string[]>();
  // Cells by their French names where the figure declares them (`amount` → « montant »).
  for (const [cell, u] of Object.entries(unit)) cellsOf.set(u, [...(cellsOf.get(u) ?? []), cellName(cell, cellLabels)]);
  return [...cellsOf].map(([u, names]) => `${UNIT_NAMES[u]} (${names.join(', ')})`).join(' ; ');
}

/** The unit of one cell (a nested cell by its own name), or the figure's. */
export const unitOf = (unit: Unit | CellUnits, cell?: string): Unit | undefined =>
  typeof unit === 'string' ? unit : cell === undefined ? undefined : unit[cell];

/** A figure's declaration: everything about it but its value. */
export interface About {
  /** Dotted, stable: the JSON's key and what `explain` is asked for (`plie.exits.positiveRate`). */
  key: string;
  /** French, short: the appendix's entry and the CSV's label. */
  label: string;
  /** French, whole sentences that read on their own: for a rate, its numerator and denominator. */
  definition: string;
  /** One unit, or one per cell when a breakdown's cells measure different things. */
  unit: Unit | CellUnits;
  /**
   * French names of a breakdown's cells that the code names (`amount` → « montant »), for the
   * spreadsheets; cells named by the data (a commune, a category) need none.
   */
  cellLabels?: CellLabels;
  /**
   * Also measured on each previous year read, the same way on that year's exports: the figure
   * `<key>.history` (`{ "2022": …, "2021": … }`) follows, and the evolutions the pages print.
   */
  history?: boolean;
}

/** A plain figure, a breakdown (`{ cell: value }`) or a two-level breakdown. */
export type IndicatorValue = number | null | Record<string, number | null> | Record<string, Record<string, number | null>>;

/** A figure of the indicators JSON: rates as unrounded fractions, breakdowns as objects. */
export interface Indicator {
  key: string;
  value: IndicatorValue;
  label: string;
  definition: string;
  unit?: Unit | CellUnits;
  cellLabels?: CellLabels;
  /** The files it was counted from, `<year>/<file>` (`2023/participants.csv`), or where it is declared. */
  sources?: string[];
}

/** The indicators JSON: each figure with the files it was counted from. */
export type IndicatorsJson = Record<string, Omit<Indicator, 'key' | 'sources'> & { sources: string[] }>;

/**
 * The previous years' values of figures that keep no `.history` (see `RunOptions.previous`), as a
 * `.history` figure has them: `{ key: { value: { "2022": … }, sources: ["2022/participants.csv"] } }`.
 */
export type PreviousValues = Record<string, { value: Record<string, IndicatorValue>; sources: string[] }>;

/** Rates and shares (keys ending in `Rate` or `Share`) are fractions; they change by points. */
export const isRateKey = (key: string): boolean => /(Rate|Share)$/.test(key);

/** Where a source lies, as the appendix and the JSON name it: `2023/participants.csv`. */
export const sourcePath = (file: string, year: number): string => `${year}/${file}`;

/** The label and definition of `<key>.history`, written from the figure's own so that they read alone. */
export function historyAbout(about: About, years: readonly number[]): Omit<About, 'history'> {
  const which = years.length === 0 ? 'des années précédentes (aucune n’est lue)' : `de ${years.join(' et de ')}`;
  return {
    key: `${about.key}.history`,
    label: `${about.label}, années précédentes`,
    definition: `Valeurs ${which} de « ${about.label} », chacune calculée sur les exports de son année : ${lowerFirst(about.definition)}`,
    unit: about.unit,
    ...(about.cellLabels !== undefined && { cellLabels: about.cellLabels }),
  };
}

const lowerFirst = (text: string) => (/^[A-ZÀ-Ý][a-zà-ÿ]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
