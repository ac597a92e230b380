import { beforeAll } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { computeReport, type IndicatorsJson } from '../../src/report.js';

/**
 * The indicators of the 2023 fixtures, computed once per test file, and a lookup that fails
 * loudly on a key the report does not produce.
 */
export function fixtureIndicators(): ((key: string) => IndicatorsJson[string]['value']) & { all: () => IndicatorsJson } {
  let indicators: IndicatorsJson = {};
  beforeAll(async () => {
    const config = resolveConfig();
    indicators = computeReport(await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config }), config).indicators;
  });
  const value = (key: string) => {
    const entry = indicators[key];
    if (!entry) throw new Error(`indicateur absent : ${key}`);
    return entry.value;
  };
  return Object.assign(value, { all: () => indicators });
}
