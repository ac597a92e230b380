import { describe, expect, it } from 'vitest';
import type { Aide } from '../../src/schemas/ml/aides.js';
import { mdeMobiliteSection } from '../../src/sections/mde-mobilite.js';
import { config } from '../support/build.js';
import { mdeYear } from '../support/mde.js';
import { aid, jeune } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-mobilite', () => {
  const [a, b] = [jeune(), jeune()];
  const row = (j: typeof a, fields: Partial<Aide>) => aid(j, { programme: 'MDE', fonds: 'Mobilité MDE', montant: 30, ...fields });
  const aids = [
    row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
    row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
    row(b, { nature: 'Recharge Pass Pass', commune: { raw: 'Lille', insee: undefined } }),
    row(a, { nature: 'Déplacement collectif', deplacement: 'DC1' }),
    row(b, { nature: 'Déplacement collectif', deplacement: 'DC1' }),
    row(b, { nature: 'Carte carburant', decision: 'Refusée', montant: undefined }), // refused: not an aid granted
  ];

  it('counts mobility aids by nature with their people, those of the territory and those in a QPV', () => {
    const { model: m, figures } = runSection(mdeMobiliteSection, config, mdeYear(2023, { aids }));
    expect(m.lines).toEqual([
      { nature: 'Recharge Pass Pass', aids: 3, people: 2, fromTerritory: 1, inQpv: 1, trips: 0 },
      { nature: 'Déplacement collectif', aids: 2, people: 2, fromTerritory: 0, inQpv: 0, trips: 1 },
    ]);
    expect(figures['mde.mobility.passTopUps']).toBe(3);
  });

  it('traces every figure to the rows that recompute it, in aides.csv', () => {
    // A collective aid without its trip's identifier: an aid, but no trip.
    const more = [...aids, row(a, { nature: 'Déplacement collectif' }), row(b, { nature: 'Carte carburant' })];
    const { indicators, evidence } = runSection(mdeMobiliteSection, config, mdeYear(2023, { aids: more }));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/aides.csv']));
  });

  it('has no Pass Pass top-up without a Pass Pass aid, and no page without any aid', () => {
    const { figures } = runSection(mdeMobiliteSection, config, mdeYear(2023, { aids: [row(a, { nature: 'Carte carburant' })] }));
    expect(figures['mde.mobility.passTopUps']).toBe(0);
    expect(() => runSection(mdeMobiliteSection, config, mdeYear(2023, { aids: aids.slice(5) }))).toThrow('pas de page');
  });
});
