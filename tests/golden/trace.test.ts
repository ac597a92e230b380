import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { computeReport } from '../../src/report.js';
import type { Evidence } from '../../src/measure/evidence.js';
import { traceMismatches } from '../support/trace-check.js';

describe('traceability of the 2023 fixtures', () => {
  it('traces every computed figure to rows that recompute it exactly', async () => {
    const config = resolveConfig();
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    const evidence = new Map<string, Evidence>();
    const { indicators } = computeReport(dataset, config, evidence);
    // Figures declared in contenu/indicateurs.json explain themselves (their source is their definition).
    const declared = new Set(Object.keys(dataset.current.contenu?.indicators ?? {}).filter((key) => !evidence.has(key)));
    expect(traceMismatches(indicators, evidence, declared)).toEqual([]);
  });
});
