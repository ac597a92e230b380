import { describe, expect, it } from 'vitest';
import { mdeSiaeInterimSection } from '../../src/sections/mde-siae-interim.js';
import { config } from '../support/build.js';
import { mdeYear } from '../support/mde.js';
import { jeune, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-siae-interim', () => {
  const p = jeune();
  const situations = [
    situation(p, { programme: 'MDE', sous_type: 'ACI' }),
    situation(p, { programme: 'MDE', sous_type: 'ETTI' }),
    situation(p, { programme: 'MDE', sous_type: 'Intérim' }),
    situation(p, { programme: 'MDE', sous_type: 'Intérim', date_debut: '2023-06-01' }),
    situation(p, { programme: 'MDE', sous_type: 'ACI', date_debut: '2022-05-01' }),
  ];

  it('counts SIAE placements by type and temporary-work contracts with their people', () => {
    const { model: m, figures } = runSection(mdeSiaeInterimSection, config, mdeYear(2023, { situations }));
    expect(m.siae.total).toBe(2);
    expect(m.siae.byType.map((t) => [t.label, t.count])).toEqual([
      ['ACI', 1],
      ['EI', 0],
      ['AI', 0],
      ['ETTI', 1],
    ]);
    expect(m.interim).toEqual({ people: 1, contracts: 2 });
    expect(figures['mde.siae.placements']).toEqual({ ACI: 1, EI: 0, AI: 0, ETTI: 1 });
  });

  it('traces every figure to the rows that recompute it, in situations.csv', () => {
    const more = [...situations, situation(jeune(), { programme: 'MDE', sous_type: 'Intérim' })];
    const { indicators, evidence } = runSection(mdeSiaeInterimSection, config, mdeYear(2023, { situations: more }));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/situations.csv']));
    expect(evidence.get('mde.interim.people')!.parts.map((p) => [p.file, p.rows.length])).toEqual([['situations.csv', 3]]);
  });

  it('is left out without a placement or contract started in the year', () => {
    expect(() => runSection(mdeSiaeInterimSection, config, mdeYear(2023, { situations: situations.slice(4) }))).toThrow('pas de page');
  });
});
