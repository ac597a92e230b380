import { describe, expect, it } from 'vitest';
import { mlCoachingSection } from '../../src/sections/ml-coaching.js';
import { mlMobiliteInternationaleSection } from '../../src/sections/ml-mobilite-internationale.js';
import { mlSanteSection } from '../../src/sections/ml-sante.js';
import { mlSecurisationFinanciereSection } from '../../src/sections/ml-securisation-financiere.js';
import { mlServiceCiviqueSection } from '../../src/sections/ml-service-civique.js';
import { recordingTrace } from '../../src/measure/evidence.js';
import { config } from '../support/build.js';
import { aid, event, jeune, mlDataset, mlYear, proposal, scheme, situation } from '../support/ml.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-sante', () => {
  const [a, b] = [jeune(), jeune()];
  const { trace, evidence } = recordingTrace();
  const m = mlSanteSection.compute(
    mlDataset(mlYear(2023, {
      jeunes: [a, b],
      evenements: [
        event(a, { intervenant: 'Psychologue' }), event(a, { intervenant: 'Psychologue' }), event(b, { intervenant: 'CPAM' }),
        event(b, { type: 'Atelier', theme: 'Santé', atelier: 'ARS-1' }), event(a, { intervenant: 'Institut Pasteur', date: '2022-11-01' }),
      ],
      dispositifs: [scheme(a, { dispositif: 'Suivi renforcé TH', date_entree: '2021-01-01' }), scheme(b, { dispositif: 'Suivi renforcé TH', date_entree: '2020-01-01', date_sortie: '2022-12-31' })],
    })),
    config,
    trace,
  );

  it('counts jeunes per health partner, psychologist interviews and the TH follow-up', () => {
    expect(m).toEqual({ cpam: 1, healthCheck: 0, healthWorkshops: 1, psychologist: { young: 1, interviews: 2 }, disabilityFollowUp: 1 });
  });

  it('traces every figure to the events and schemes that recompute it', () => {
    const indicators = Object.fromEntries(mlSanteSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});

describe('ml-coaching and ml-service-civique', () => {
  it('count jeunes in coaching and in civic service missions active, started and under the ML agrément', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlDataset(mlYear(2023, {
      jeunes: [a, b, c],
      dispositifs: [scheme(a, { dispositif: 'Coaching' }), scheme(a, { dispositif: 'Coaching', date_entree: '2023-09-01' })],
      situations: [
        situation(a, { type: 'Service civique', date_debut: '2022-10-01', agrement_ml: true }),
        situation(b, { type: 'Service civique', date_debut: '2023-04-01' }),
        situation(c, { type: 'Service civique', date_debut: '2022-01-01', date_fin: '2022-09-30' }),
      ],
    }));
    expect(mlCoachingSection.compute(data, config)).toEqual({ young: 1 });
    expect(mlServiceCiviqueSection.compute(data, config)).toEqual({ inMission: 2, started: 1, underOwnAgrement: 1 });
  });

  it('traces every ml-service-civique figure to the missions that recompute it', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlDataset(mlYear(2023, {
      jeunes: [a, b, c],
      situations: [
        situation(a, { type: 'Service civique', date_debut: '2022-10-01', date_fin: '2023-03-31', agrement_ml: true }),
        situation(a, { type: 'Service civique', date_debut: '2023-05-01', agrement_ml: true }), // a second mission: a counts once
        situation(b, { type: 'Service civique', date_debut: '2023-04-01' }),
        situation(c, { type: 'Service civique', date_debut: '2022-01-01', date_fin: '2022-09-30' }),
        situation(c, { type: 'Emploi' }),
      ],
    }));
    const { trace, evidence } = recordingTrace();
    const m = mlServiceCiviqueSection.compute(data, config, trace);
    expect(m).toEqual({ inMission: 2, started: 2, underOwnAgrement: 1 });
    const indicators = Object.fromEntries(mlServiceCiviqueSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });

  it('traces the coaching figure to the schemes that recompute it', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlDataset(mlYear(2023, {
      jeunes: [a, b],
      dispositifs: [
        scheme(a, { dispositif: 'Coaching' }), scheme(a, { dispositif: 'Coaching', date_entree: '2023-09-01' }), // a counts once
        scheme(b, { dispositif: 'Coaching', date_entree: '2022-01-01', date_sortie: '2022-12-31' }), scheme(b, { dispositif: 'CEJ' }),
      ],
    }));
    const { trace, evidence } = recordingTrace();
    const m = mlCoachingSection.compute(data, config, trace);
    expect(m).toEqual({ young: 1 });
    const indicators = Object.fromEntries(mlCoachingSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});

describe('ml-mobilite-internationale', () => {
  it('counts workshops, forum, interviews, referrals and departures', () => {
    const [a, b] = [jeune(), jeune()];
    const m = mlMobiliteInternationaleSection.compute(
      mlDataset(mlYear(2023, {
        jeunes: [a, b],
        evenements: [
          event(a, { type: 'Atelier', theme: 'Mobilité internationale', atelier: 'M1' }), event(b, { type: 'Forum', theme: 'Mobilité internationale' }),
          event(a, { theme: 'Mobilité internationale' }), event(b),
        ],
        propositions: [proposal(a, { theme: 'Mobilité internationale' })],
        situations: [situation(a, { type: 'Mobilité internationale', sous_type: 'Stage Erasmus+' }), situation(b, { type: 'Mobilité internationale', sous_type: 'Service civique international', date_debut: '2022-10-01' })],
      })),
      config,
    );
    expect(m).toEqual({ workshops: { sessions: 1, young: 1 }, forum: 1, interviews: 1, referred: 1, departures: { total: 1, bySubtype: [{ label: 'Stage Erasmus+', count: 1 }] } });
  });

  it('traces every figure to the events, propositions and situations that recompute it', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const theme = 'Mobilité internationale';
    const data = mlDataset(mlYear(2023, {
      jeunes: [a, b, c],
      evenements: [
        event(a, { type: 'Atelier', theme, atelier: 'M1' }), event(b, { type: 'Atelier', theme, atelier: 'M1' }), event(a, { type: 'Atelier', theme, atelier: 'M2' }),
        event(c, { type: 'Atelier', theme }), // no session: counts the jeune, not a session
        event(b, { type: 'Forum', theme }), event(b, { type: 'Forum', theme }), event(a, { theme }), event(c, { theme, date: '2022-12-01' }),
      ],
      propositions: [proposal(a, { theme }), proposal(a, { theme }), proposal(b, { theme: 'Emploi' })],
      situations: [
        situation(a, { type: theme, sous_type: 'Stage Erasmus+' }), situation(b, { type: theme, sous_type: 'Stage Erasmus+' }),
        situation(c, { type: theme, sous_type: undefined }), situation(c, { type: theme, date_debut: '2022-10-01' }),
      ],
    }));
    const { trace, evidence } = recordingTrace();
    const m = mlMobiliteInternationaleSection.compute(data, config, trace);
    expect(m).toMatchObject({ workshops: { sessions: 2, young: 3 }, forum: 1, interviews: 1, referred: 1, departures: { total: 3 } });
    const indicators = Object.fromEntries(mlMobiliteInternationaleSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});

describe('ml-securisation-financiere', () => {
  it('sums granted aids per fund to the cent, counts beneficiaries and every examined application', () => {
    const [a, b] = [jeune(), jeune()];
    const m = mlSecurisationFinanciereSection.compute(
      mlDataset(mlYear(2023, {
        jeunes: [a, b],
        aides: [
          aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.1 }), aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.2 }), aid(b, { fonds: 'Allocation CEJ/GJ', montant: 0.1 }),
          aid(a, { montant: 150, decision: 'Accordée' }), aid(b, { montant: undefined, decision: 'Refusée' }),
          aid(a, { fonds: 'Mobilité MDE', montant: 30 }), aid(b, { fonds: 'Allocation PACEA', montant: 90, date: '2022-12-15' }),
        ],
      })),
      config,
    );
    expect(m.funds).toEqual([
      { fund: 'Allocation CEJ/GJ', amount: 1056.4, beneficiaries: 2, applications: 3 },
      { fund: 'FAJ', amount: 150, beneficiaries: 1, applications: 2 },
      { fund: 'Mobilité MDE', amount: 30, beneficiaries: 1, applications: 1 },
    ]);
    expect(m.total).toBe(1236.4);
  });

  it('traces the amounts, beneficiaries and applications of each fund and the total to the aids', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlDataset(mlYear(2023, {
      jeunes: [a, b],
      aides: [
        aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.1 }), aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.2 }), aid(b, { fonds: 'Allocation CEJ/GJ', montant: 0.1 }),
        aid(a, { montant: 150, decision: 'Accordée' }), aid(b, { montant: undefined, decision: 'Refusée' }), aid(b, { montant: 80, decision: 'Ajournée' }),
        aid(b, { fonds: 'Fonds ML repas', montant: undefined, decision: 'Refusée' }), // only refused: 0 € and 0 beneficiaries
        aid(b, { fonds: 'Allocation PACEA', montant: 90, date: '2022-12-15' }),
      ],
    }));
    const { trace, evidence } = recordingTrace();
    const m = mlSecurisationFinanciereSection.compute(data, config, trace);
    expect(m.funds.map((f) => f.fund)).toEqual(['Allocation CEJ/GJ', 'FAJ', 'Fonds ML repas']);
    const indicators = Object.fromEntries(mlSecurisationFinanciereSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});
