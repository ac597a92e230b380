import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { computeReport } from '../../src/report.js';
import type { Evidence } from '../../src/measure/evidence.js';
import { sourcePath } from '../../src/measure/indicator.js';
import { traceMismatches } from '../support/trace-check.js';

describe('traceability of the 2023 fixtures', async () => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  const evidence = new Map<string, Evidence>();
  const { indicators } = computeReport(dataset, config, evidence);

  it('traces every computed figure to rows that recompute it exactly', () => {
    // Figures declared in contenu/indicateurs.json explain themselves (their source is their definition).
    const declared = new Set(Object.keys(dataset.current.contenu?.indicators ?? {}).filter((key) => !evidence.has(key)));
    expect(traceMismatches(indicators, evidence, declared)).toEqual([]);
  });

  it('builds the rows of the figure asked for alone when one is (explain), the same rows', () => {
    for (const key of ['ml.cej.contacts', 'ml.interviews.history', 'plie.exits.positiveRate']) {
      const one = new Map<string, Evidence>();
      computeReport(dataset, config, one, { explained: key });
      expect([...one.keys()]).toEqual([key]);
      expect(one.get(key)).toEqual(evidence.get(key));
    }
  });

  it('names as sources exactly the files whose rows the figure counts', () => {
    const wrong: string[] = [];
    for (const [key, found] of evidence) {
      if (found.declaredIn !== undefined) continue;
      const counted = [...new Set(found.parts.filter((p) => p.rows.length > 0).map((p) => sourcePath(p.file, p.year ?? dataset.year)))];
      const named = indicators[key]?.sources ?? [];
      if (counted.some((file) => !named.includes(file))) wrong.push(`${key} : compte ${counted.join(', ')}, nomme ${named.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('counts the young accompanied from the interviews of evenements.csv, and says so', () => {
    expect(indicators['ml.youngAccompanied']!.sources).toEqual(['2023/evenements.csv']);
    // Their communes are read from jeunes.csv, for the young the interviews chose.
    expect(indicators['ml.young.byCommune']!.sources).toEqual(['2023/jeunes.csv', '2023/evenements.csv']);
  });
});
