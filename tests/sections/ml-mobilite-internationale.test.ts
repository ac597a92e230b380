import { describe, expect, it } from 'vitest';
import { mlMobiliteInternationaleSection } from '../../src/sections/ml-mobilite-internationale.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, proposal, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

const theme = 'Mobilité internationale';

describe('ml-mobilite-internationale', () => {
  it('counts workshops, forum, interviews, referrals and departures', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b],
      evenements: [event(a, { type: 'Atelier', theme, atelier: 'M1' }), event(b, { type: 'Forum', theme }), event(a, { theme }), event(b)],
      propositions: [proposal(a, { theme })],
      situations: [
        situation(a, { type: theme, sous_type: 'Stage Erasmus+' }),
        situation(b, { type: theme, sous_type: 'Service civique international', date_debut: '2022-10-01' }),
      ],
    });
    expect(runSection(mlMobiliteInternationaleSection, config, data).model).toEqual({
      workshops: { sessions: 1, young: 1 },
      forum: 1,
      interviews: 1,
      referred: 1,
      departures: { total: 1, bySubtype: [{ label: 'Stage Erasmus+', count: 1 }] },
    });
  });

  it('traces every figure to the events, propositions and situations that recompute it', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b, c],
      evenements: [
        event(a, { type: 'Atelier', theme, atelier: 'M1' }),
        event(b, { type: 'Atelier', theme, atelier: 'M1' }),
        event(a, { type: 'Atelier', theme, atelier: 'M2' }),
        event(c, { type: 'Atelier', theme }), // no session: counts the jeune, not a session
        event(b, { type: 'Forum', theme }),
        event(b, { type: 'Forum', theme }),
        event(a, { theme }),
        event(c, { theme, date: '2022-12-01' }),
      ],
      propositions: [proposal(a, { theme }), proposal(a, { theme }), proposal(b, { theme: 'Emploi' })],
      situations: [
        situation(a, { type: theme, sous_type: 'Stage Erasmus+' }),
        situation(b, { type: theme, sous_type: 'Stage Erasmus+' }),
        situation(c, { type: theme, sous_type: undefined }),
        situation(c, { type: theme, date_debut: '2022-10-01' }),
      ],
    });
    const { model, indicators, evidence } = runSection(mlMobiliteInternationaleSection, config, data);
    expect(model).toMatchObject({ workshops: { sessions: 2, young: 3 }, forum: 1, interviews: 1, referred: 1, departures: { total: 3 } });
    expect(model.departures.bySubtype).toEqual([
      { label: 'Stage Erasmus+', count: 2 },
      { label: 'Autre', count: 1 },
    ]);
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    const sources = Object.fromEntries(indicators.map((i) => [i.key, i.sources]));
    expect(sources['ml.internationalMobility.workshops.sessions']).toEqual(['2023/evenements.csv']);
    expect(sources['ml.internationalMobility.referred']).toEqual(['2023/propositions.csv']);
    expect(sources['ml.internationalMobility.departures.bySubtype']).toEqual(['2023/situations.csv']);
  });
});
