import type { Config } from '../../src/config/schema.js';
import type { Dataset, OfferData, OfferYear, YearData } from '../../src/dataset/load.js';
import type { Evidence } from '../../src/measure/evidence.js';
import type { IndicatorValue } from '../../src/measure/indicator.js';
import { runner, type Offer, type Section } from '../../src/measure/section.js';

/** A section run as the report runs it, on hand-written years: its model, its past models, and each figure by key. */
export function runSection<O extends Offer, M>(
  section: Section<O, M>,
  config: Config,
  current: OfferYear<OfferData[O]>,
  history: OfferYear<OfferData[O]>[] = [],
) {
  const yearOf = (data: OfferYear<OfferData[O]>): YearData => ({ year: data.year, source: {}, [section.offer]: data }) as unknown as YearData;
  const dataset: Dataset = { year: current.year, current: yearOf(current), history: history.map(yearOf), warnings: [], historyWarnings: [], notices: [] };
  const evidence = new Map<string, Evidence>();
  const result = runner(section).run(dataset, config, evidence);
  if (result === undefined) throw new Error(`${section.id} : pas de page`);
  const figures: Record<string, IndicatorValue> = Object.fromEntries(result.indicators.map((i) => [i.key, i.value]));
  return { model: result.model as M, history: result.history as { year: number; model: M }[], figures, indicators: result.indicators, evidence };
}
