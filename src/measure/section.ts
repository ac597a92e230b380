import type { Config } from '../config/schema.js';
import type { Dataset, OfferData, OfferDataset, OfferYear } from '../dataset/load.js';
import type { Evidence } from './evidence.js';
import { historyAbout, type Indicator, type PreviousValues } from './indicator.js';
import { evidenceOf, indicatorOf, Measure } from './measure.js';

/** A chart a section asks for; the renderer draws it, the section only supplies the data. */
export interface ChartSpec {
  id: string;
  kind: 'bar' | 'horizontalBar' | 'doughnut';
  title: string;
  /** The key of the figure the chart draws: its caption links to that figure's definition, its values take its unit. */
  indicator: string;
  /** For a breakdown whose cells measure different things, the cell the chart draws (`amount`). */
  cell?: string;
  labels: string[];
  values: number[];
}

export type Offer = keyof OfferData;

/**
 * One report section: a pure aggregation from its offer's validated data for one year to a typed
 * model, rendered by the template partial of the same id (`templates/sections/<id>.hbs`). Each
 * figure is declared once through `measure`; the figures declared with `history: true` are
 * measured again on each previous year read (the same `compute` on that year's data), and the
 * page gets those years' models as `history`.
 */
export interface Section<O extends Offer, M> {
  id: string;
  offer: O;
  title: string;
  /** Printed before the table of contents (the editorial), and not listed in it. */
  front?: boolean;
  /** Undefined: the page is left out (a declared page whose file is absent). */
  compute(data: OfferYear<OfferData[O]>, measure: Measure, config: Config): M | undefined;
  charts?(model: M): ChartSpec[];
}

/** What a section's page gets: its model, the models of the previous years, its charts and its figures. */
export interface SectionResult {
  /** Undefined when its offer has no data this year: the page says so. */
  model: unknown;
  /** The previous years' models, nearest first, when the section keeps the history of some figures. */
  history: { year: number; model: unknown }[];
  indicators: Indicator[];
  charts: ChartSpec[];
  /**
   * When asked for (`RunOptions.previous`): the values on each previous year (`{ "2022": … }`) of
   * the figures that keep no `.history`, for the spreadsheets; the report prints none of them.
   */
  previous?: PreviousValues;
  /** The section's figures counted no row of the year, and none is declared in a file: the page is left out, with a notice. */
  noRows?: true;
}

/** A section with its model type erased, as the report's list of sections holds them. */
export interface SectionRunner {
  id: string;
  offer: Offer;
  title: string;
  front: boolean;
  /**
   * Undefined when the section is not printed (its offer is not run, or a declared page was not
   * declared). `evidence`, when given, receives the rows of every figure (for `explain` and the tests).
   */
  run(dataset: Dataset, config: Config, evidence?: Map<string, Evidence>, options?: RunOptions): SectionResult | undefined;
}

export interface RunOptions {
  /** Measures every section on the previous years read, and gives each figure's values there (`SectionResult.previous`). */
  previous?: boolean;
  /**
   * With `evidence`: only this figure's rows are built (`explain` asks for one; as objects, every
   * figure's rows of a regional year take gigabytes). Undefined: every figure's.
   */
  explained?: string;
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

const isOn = (offer: Offer, config: Config) => offer === 'contenu' || config.offers[offer as Exclude<Offer, 'contenu'>];

/**
 * A page of zeros: the section declared figures, each counted from rows, and not one row counted in
 * any of them (its exports hold nothing for the year). A figure declared in a file keeps the page.
 */
const countedNoRow = (measure: Measure) => measure.declared.length > 0 && measure.declared.every((d) => d.measurement?.empty === true);

/**
 * Runs a section on the year, then, if some of its figures keep their history, on each previous
 * year: each such figure gets its `.history` entry right after it, with the rows of every year.
 */
function measured<O extends Offer, M>(section: Section<O, M>): SectionRunner['run'] {
  return (dataset, config, evidence, options) => {
    if (!isOn(section.offer, config) || config.sections[section.id] === false) return undefined;
    const view = offerView(dataset, section.offer);
    if (view === undefined) return section.offer === 'contenu' ? undefined : { model: undefined, history: [], indicators: [], charts: [] };
    const measure = new Measure(view.year, config);
    const model = section.compute(view.current, measure, config);
    if (model === undefined) return undefined;
    if (countedNoRow(measure)) return { model: undefined, history: [], indicators: [], charts: [], noRows: true };
    const kept = measure.declared.filter((d) => d.about.history === true);
    const past =
      kept.length === 0 && options?.previous !== true
        ? []
        : view.history.map((year) => ({ year: year.year, measure: new Measure(year.year, config), data: year }));
    // A year whose page would be left out has no model to compare with: it is not among the previous years.
    const measured = past
      .map((p) => ({ ...p, model: section.compute(p.data, p.measure, config) }))
      .filter((p) => p.model !== undefined && !countedNoRow(p.measure));
    // Measured for the spreadsheets alone, the previous years are no page's history.
    const history = kept.length === 0 ? [] : measured.map(({ year, model }) => ({ year, model }));
    const indicators: Indicator[] = [];
    const explained = (key: string) => evidence !== undefined && (options?.explained === undefined || options.explained === key);
    for (const declared of measure.declared) {
      indicators.push(indicatorOf(declared));
      if (explained(declared.about.key)) evidence!.set(declared.about.key, evidenceOf(declared));
      if (declared.about.history !== true) continue;
      const years = measured.map((p) => ({ year: p.year, declared: p.measure.declared.find((d) => d.about.key === declared.about.key) }));
      const found = years.filter((y) => y.declared !== undefined);
      const about = historyAbout(
        declared.about,
        found.map((y) => y.year),
      );
      indicators.push({
        ...about,
        value: Object.fromEntries(found.map((y) => [String(y.year), y.declared!.value])) as Indicator['value'],
        sources: [...new Set(found.flatMap((y) => y.declared!.sources))],
      });
      if (explained(about.key) && found.length > 0) {
        const parts = found.map((y) => evidenceOf(y.declared!, String(y.year)));
        evidence!.set(about.key, { ...parts[0]!, parts: parts.flatMap((p) => p.parts) });
      }
    }
    const previous = options?.previous === true ? previousValues(measure, measured) : undefined;
    return { model, history, indicators, charts: section.charts?.(model) ?? [], ...(previous !== undefined && { previous }) };
  };
}

/** Each figure without `.history`: its value on each previous year measured, where it was declared. */
function previousValues(measure: Measure, past: readonly { year: number; measure: Measure }[]): PreviousValues {
  const previous: PreviousValues = {};
  for (const { about } of measure.declared) {
    if (about.history === true) continue;
    const years = past.map((p) => [String(p.year), p.measure.declared.find((d) => d.about.key === about.key)] as const).filter(([, d]) => d !== undefined);
    if (years.length > 0)
      previous[about.key] = {
        // Every cell of a cut breakdown (a top 10): this year's cells find their value even when they were not in that year's top.
        value: Object.fromEntries(years.map(([year, d]) => [year, d!.whole ?? d!.value])),
        sources: [...new Set(years.flatMap(([, d]) => d!.sources))],
      };
  }
  return previous;
}

export const runner = <O extends Offer, M>(section: Section<O, M>): SectionRunner => ({
  id: section.id,
  offer: section.offer,
  title: section.title,
  front: section.front ?? false,
  run: measured(section),
});

/** A count with its share of a whole (null when the whole is zero). */
export interface Part {
  count: number;
  share: number | null;
}

export const part = (count: number, total: number): Part => ({ count, share: total === 0 ? null : count / total });
