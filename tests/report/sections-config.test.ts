import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import type { Dataset, MlYear } from '../../src/dataset/load.js';
import type { Evidence } from '../../src/measure/evidence.js';
import { distinct } from '../../src/measure/measure.js';
import { runner, type Section } from '../../src/measure/section.js';
import { computeReport } from '../../src/report.js';
import { mlCoachingSection } from '../../src/sections/ml-coaching.js';
import { sectionIds } from '../../src/sections/index.js';
import { jeune, mlYear, scheme } from '../support/ml.js';

const mlOnly = { offers: { plie: false, ml: true, mde: false } };

const datasetOf = (ml: MlYear): Dataset =>
  ({ year: ml.year, current: { year: ml.year, source: {}, ml }, history: [], warnings: [], historyWarnings: [], notices: [] }) as unknown as Dataset;

/** One young person in coaching in 2023, nothing else: the health page's exports hold no row for the year. */
function coachingOnly(): Dataset {
  const a = jeune();
  return datasetOf(mlYear(2023, { jeunes: [a], dispositifs: [scheme(a, { dispositif: 'Coaching' })] }));
}

describe('a section switched off in the configuration', () => {
  it('has no page and none of its keys, and no notice', () => {
    const config = resolveConfig({ ...mlOnly, sections: { 'ml-coaching': false } }, 'config.json', sectionIds);
    const report = computeReport(coachingOnly(), config);
    expect(report.sections.map((s) => s.id)).not.toContain('ml-coaching');
    expect(Object.keys(report.indicators).filter((key) => key.startsWith('ml.coaching.'))).toEqual([]);
    expect(report.notices.filter((n) => n.includes('ml-coaching'))).toEqual([]);
  });

  it('is printed when on (true, or not named)', () => {
    for (const sections of [{ 'ml-coaching': true }, {}]) {
      const report = computeReport(coachingOnly(), resolveConfig({ ...mlOnly, sections }, 'config.json', sectionIds));
      expect(report.sections.map((s) => s.id)).toContain('ml-coaching');
      expect(report.indicators['ml.coaching.young']?.value).toBe(1);
    }
  });

  it('is refused under an id no section has, with the nearest one', () => {
    expect(() => resolveConfig({ sections: { 'ml-coachin': false } }, 'config.json', sectionIds)).toThrow(
      'config.json: sections.ml-coachin: section inconnue (vouliez-vous dire « ml-coaching » ?)',
    );
    expect(() => resolveConfig({ sections: { autre: false } }, 'config.json', sectionIds)).toThrow(/sections\.autre: section inconnue/);
  });
});

describe('a section whose exports hold no row for the year', () => {
  it('is left out with one notice instead of a page of zeros, without its keys', () => {
    const report = computeReport(coachingOnly(), resolveConfig(mlOnly, 'config.json', sectionIds));
    expect(report.sections.map((s) => s.id)).not.toContain('ml-sante');
    expect(Object.keys(report.indicators).filter((key) => key.startsWith('ml.health.'))).toEqual([]);
    expect(report.notices.filter((n) => n.includes('(ml-sante)'))).toEqual([
      'page « Zoom sur la santé » (ml-sante) omise : ses exports n’ont aucune ligne pour 2023',
    ]);
    // The page whose figure counted a row is printed.
    expect(report.sections.map((s) => s.id)).toContain('ml-coaching');
  });

  it('is judged on the rows counted, whatever the figures: a scheme of another kind counts no row of coaching', () => {
    const a = jeune();
    const dataset = datasetOf(mlYear(2023, { jeunes: [a], dispositifs: [scheme(a, { dispositif: 'CEJ' })] }));
    const evidence = new Map<string, Evidence>();
    const result = runner(mlCoachingSection).run(dataset, resolveConfig(mlOnly), evidence);
    expect(result).toMatchObject({ model: undefined, indicators: [], noRows: true });
    expect(evidence.size).toBe(0);
  });

  it('keeps its page when one of its figures is declared in a file, or counted a row', () => {
    const declaring: Section<'ml', { declared: number; counted: number }> = {
      id: 'ml-test',
      offer: 'ml',
      title: 'Test',
      compute: (data, m) => ({
        declared: m.declare({ key: 'test.declared', label: 'Déclaré', unit: 'count', definition: 'Déclaré.' }, 3, 'contenu/indicateurs.json'),
        counted: m.count({ key: 'test.counted', label: 'Compté', unit: 'people', definition: 'Compté.' }, distinct(data.dispositifs, 'identifiant_jeune')),
      }),
    };
    const run = (ml: MlYear) => runner(declaring).run(datasetOf(ml), resolveConfig(mlOnly));
    expect(run(mlYear(2023, {}))?.noRows).toBeUndefined();
    expect(run(mlYear(2023, {}))?.model).toEqual({ declared: 3, counted: 0 });
  });
});
