import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { indicatorFiles } from '../../src/output/indicator-files.js';
import { IndicatorThread } from '../../src/output/indicator-thread.js';
import { computeReport, type ComputedReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

let computed: ComputedReport;

beforeAll(async () => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  computed = computeReport(dataset, config, undefined, { previous: true });
}, 60_000);

describe('the indicators’ files built in their own thread', () => {
  it('gives the very files the main thread builds', async () => {
    const formats = ['json', 'csv', 'xlsx'];
    const thread = new IndicatorThread(formats);
    try {
      const files = await thread.files({ computed: { indicators: computed.indicators, previous: computed.previous }, year: 2023, formats });
      const here = await indicatorFiles(computed, 2023, formats);
      expect(Object.keys(files).sort()).toEqual(['indicators-2023.csv', 'indicators-2023.json', 'indicators-2023.xlsx']);
      for (const [name, content] of Object.entries(here)) {
        expect(typeof files[name]).toBe(typeof content);
        expect(Buffer.from(files[name]!).equals(Buffer.from(content))).toBe(true);
      }
    } finally {
      thread.stop();
    }
  }, 60_000);

  it('says what failed in the thread', async () => {
    const thread = new IndicatorThread(['json']);
    try {
      // A figure that cannot be written as a spreadsheet line: the thread's error comes back with the main thread's message.
      const broken = { indicators: { 'x.y': null as never }, previous: {} };
      const here = await indicatorFiles(broken, 2023, ['csv']).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(here).not.toBe('');
      await expect(thread.files({ computed: broken, year: 2023, formats: ['csv'] })).rejects.toThrow(here);
    } finally {
      thread.stop();
    }
  }, 60_000);

  it('says so when the thread is stopped before its files are built', async () => {
    const thread = new IndicatorThread(['json']);
    thread.stop();
    await expect(thread.files({ computed: { indicators: {}, previous: {} }, year: 2023, formats: ['json'] })).rejects.toThrow(/fil de calcul/);
  }, 60_000);
});
