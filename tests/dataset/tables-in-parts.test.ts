import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { mostThreadsAtOnce, runningThreads } from '../../src/read/thread-slots.js';
import { sectionIds } from '../../src/sections/index.js';
import { computeReport } from '../../src/report.js';

/** The year's data and figures, read with the given size from which a table is read in parts by two threads. */
async function fixturesRead(partsFromBytes: number) {
  const base = resolveConfig();
  const config = { ...base, reading: { ...base.reading, threads: 2 as const }, partsFromBytes };
  mostThreadsAtOnce();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config, historyYears: 0 });
  return { dataset, indicators: computeReport(dataset, config).indicators, most: mostThreadsAtOnce() };
}

describe('a year whose tables are read in parts, queued for the threads while jeunes.csv and aides.csv are read', () => {
  it('gives the tables, messages and figures of a year read file by file', async () => {
    const whole = await fixturesRead(Infinity);
    const inParts = await fixturesRead(0);
    expect(whole.most).toBe(0);
    // Events, proposals, situations and schemes by two threads at most, one file's parts after another's.
    expect(inParts.most).toBe(2);
    const ml = (read: typeof whole) => read.dataset.current.ml!;
    for (const table of ['evenements', 'propositions', 'situations', 'dispositifs', 'aides'] as const) {
      expect([...ml(inParts)[table]], table).toEqual([...ml(whole)[table]]);
    }
    expect(ml(inParts).jeunes).toEqual(ml(whole).jeunes);
    expect(inParts.dataset.warnings).toEqual(whole.dataset.warnings);
    expect(inParts.dataset.notices).toEqual(whole.dataset.notices);
    expect(inParts.indicators).toEqual(whole.indicators);
    expect(runningThreads()).toBe(0);
  });
});
