import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/load.js';
import type { Evidence } from './evidence.js';
import type { Offer, RunOptions, SectionResult, SectionRunner } from './section.js';

export interface ReportOptions extends RunOptions {
  /**
   * The previous build's result (`computeReport`'s), and the offers whose data changed since (the preview knows which
   * files were saved): every section of another offer keeps its result, as the same inputs would give
   * it again (a section sees only its offer's data: `offerView`). What crosses offers is made again
   * by `computeReport` from the sections' results: the notices, the declared figures, the texts' warnings.
   */
  reuse?: { previous: object; changedOffers: ReadonlySet<Offer> };
}

/** What a computed report was made from, and each section's result: `undefined` a section not printed. */
interface Runs {
  year: number;
  config: string;
  previous: boolean;
  results: Map<string, SectionResult | undefined>;
}

// Kept beside the computed report rather than in it: its shape (compared by the tests, written as JSON) does not change.
const made = new WeakMap<object, Runs>();

/**
 * Runs the sections, each once, or takes its result from `options.reuse` when its offer's data did
 * not change, for the same year, configuration and options. Never with `evidence` (it would stay empty).
 */
export function sectionRuns(dataset: Dataset, config: Config, evidence: Map<string, Evidence> | undefined, options: ReportOptions | undefined) {
  const runs: Runs = { year: dataset.year, config: JSON.stringify(config), previous: options?.previous === true, results: new Map() };
  const before = options?.reuse === undefined || evidence !== undefined ? undefined : made.get(options.reuse.previous);
  const same = before !== undefined && before.year === runs.year && before.config === runs.config && before.previous === runs.previous;
  const changed = options?.reuse?.changedOffers;
  return {
    run(section: SectionRunner): SectionResult | undefined {
      const result =
        same && !changed!.has(section.offer) && before.results.has(section.id)
          ? before.results.get(section.id)
          : section.run(dataset, config, evidence, options);
      runs.results.set(section.id, result);
      return result;
    },
    /** The report made, remembered with its sections' results for the next build. */
    keep<T extends object>(computed: T): T {
      made.set(computed, runs);
      return computed;
    },
  };
}
