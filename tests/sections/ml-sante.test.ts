import { describe, expect, it } from 'vitest';
import { mlSanteSection } from '../../src/sections/ml-sante.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, scheme } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-sante', () => {
  const [a, b] = [jeune(), jeune()];
  const {
    model: m,
    indicators,
    evidence,
  } = runSection(
    mlSanteSection,
    config,
    mlYear(2023, {
      jeunes: [a, b],
      evenements: [
        event(a, { intervenant: 'Psychologue' }),
        event(a, { intervenant: 'Psychologue' }),
        event(b, { intervenant: 'CPAM' }),
        event(b, { type: 'Atelier', theme: 'Santé', atelier: 'ARS-1' }),
        event(a, { intervenant: 'Institut Pasteur', date: '2022-11-01' }),
      ],
      dispositifs: [
        scheme(a, { dispositif: 'Suivi renforcé TH', date_entree: '2021-01-01' }),
        scheme(b, { dispositif: 'Suivi renforcé TH', date_entree: '2020-01-01', date_sortie: '2022-12-31' }),
      ],
    }),
  );

  it('counts jeunes per health partner, psychologist interviews and the TH follow-up', () => {
    expect(m).toEqual({ cpam: 1, healthCheck: 0, healthWorkshops: 1, psychologist: { young: 1, interviews: 2 }, disabilityFollowUp: 1 });
  });

  it('traces every figure to the events and schemes that recompute it', () => {
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
  });

  it('names the export each figure is counted from', () => {
    const sources = Object.fromEntries(indicators.map((i) => [i.key, i.sources]));
    expect(sources['ml.health.cpam']).toEqual(['2023/evenements.csv']);
    expect(sources['ml.health.psychologist.interviews']).toEqual(['2023/evenements.csv']);
    expect(sources['ml.disability.reinforced']).toEqual(['2023/dispositifs.csv']);
  });
});
