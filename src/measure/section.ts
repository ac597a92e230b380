import type { Config } from '../config/schema.js';
import type { Dataset, OfferData, OfferDataset } from '../dataset/load.js';
import { noTrace, type Trace } from './evidence.js';

/** A figure of the indicators JSON: rates as unrounded fractions, breakdowns as objects. */
export interface Indicator {
  key: string;
  value: number | null | Record<string, number | null> | Record<string, Record<string, number | null>>;
  label: string;
  definition: string;
}

/** Rates and shares (keys ending in `Rate` or `Share`) are fractions; they change by points. */
export const isRateKey = (key: string): boolean => /(Rate|Share)$/.test(key);

/** A chart a section asks for; the renderer draws it, the section only supplies the data. */
export interface ChartSpec {
  id: string;
  kind: 'bar' | 'horizontalBar' | 'doughnut';
  title: string;
  labels: string[];
  values: number[];
}

export type Offer = keyof OfferData;

/**
 * One report section: a pure aggregation from its offer's validated data (the year's and the
 * previous years') to a typed model, rendered by the template partial of the same id
 * (`templates/sections/<id>.hbs`).
 */
export interface Section<O extends Offer, M> {
  id: string;
  offer: O;
  title: string;
  /** Printed before the table of contents (the editorial), and not listed in it. */
  front?: boolean;
  /** `trace` is told which rows each indicator counted (see trace.ts); the report passes one that keeps nothing. */
  compute(data: OfferDataset<OfferData[O]>, config: Config, trace?: Trace): M;
  indicators(model: M): Indicator[];
  charts?(model: M): ChartSpec[];
}

/** A section with its model type erased, as the report's list of sections holds them. */
export interface SectionRunner {
  id: string;
  offer: Offer;
  title: string;
  front: boolean;
  /**
   * Undefined when the section is not printed (its offer is not run, or a declared page was not
   * declared); `model` undefined when its offer has no data this year: the page says so.
   */
  run(dataset: Dataset, config: Config, trace?: Trace): { model: unknown; indicators: Indicator[]; charts: ChartSpec[] } | undefined;
}

/** The offer's part of each year, for the years that have it. */
function offerView<O extends Offer>(dataset: Dataset, offer: O): OfferDataset<OfferData[O]> | undefined {
  const pick = (year: Dataset['current']) => {
    const data = year[offer] as OfferData[O] | undefined;
    return data === undefined ? undefined : { ...data, year: year.year };
  };
  const current = pick(dataset.current);
  if (current === undefined) return undefined;
  const history = dataset.history.map(pick).filter((h) => h !== undefined);
  return { year: dataset.year, current, history };
}

export const runner = <O extends Offer, M>(section: Section<O, M>): SectionRunner => ({
  id: section.id,
  offer: section.offer,
  title: section.title,
  front: section.front ?? false,
  run(dataset, config, trace = noTrace) {
    if (section.offer !== 'contenu' && !config.offers[section.offer as Exclude<Offer, 'contenu'>]) return undefined;
    const view = offerView(dataset, section.offer);
    if (view === undefined) return section.offer === 'contenu' ? undefined : { model: undefined, indicators: [], charts: [] };
    const model = section.compute(view, config, trace);
    // A page whose declared file is absent is left out.
    if (model === undefined) return undefined;
    return { model, indicators: section.indicators(model), charts: section.charts?.(model) ?? [] };
  },
});

/** A count with its share of a whole (null when the whole is zero). */
export interface Part {
  count: number;
  share: number | null;
}

export const part = (count: number, total: number): Part => ({ count, share: total === 0 ? null : count / total });

/** A value of an earlier year, for "(93 en 2022)". */
export interface Past<T = number | null> {
  year: number;
  value: T;
}

/** An earlier-years series as a JSON breakdown: `{ "2022": 93, "2021": 100 }`. */
export const historyRecord = <T>(history: readonly Past<T>[], pick: (value: T) => number | null): Record<string, number | null> =>
  Object.fromEntries(history.map((h) => [String(h.year), pick(h.value)]));
