import { describe, expect, it } from 'vitest';
import { mlCoachingSection } from '../../src/sections/ml-coaching.js';
import { mlDispositifsSection } from '../../src/sections/ml-dispositifs.js';
import { mlEmploiSection } from '../../src/sections/ml-emploi.js';
import { mlMobiliteInternationaleSection } from '../../src/sections/ml-mobilite-internationale.js';
import { mlOrientationFormationSection } from '../../src/sections/ml-orientation-formation.js';
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

describe('ml-orientation-formation', () => {
  const [a, b, c] = [jeune({ niveau_qualification: '3' }), jeune({ niveau_qualification: '5' }), jeune()];
  const { trace, evidence } = recordingTrace();
  const m = mlOrientationFormationSection.compute(
    mlDataset(
      mlYear(2023, {
        jeunes: [a, b, c],
        evenements: [
          event(a, { type: 'Atelier', theme: 'Formation', atelier: 'F1' }), event(b, { type: 'Atelier', theme: 'Formation', atelier: 'F1' }),
          event(b, { type: 'Atelier', theme: 'Formation', atelier: 'F2' }), event(c, { type: 'Atelier', theme: 'Découverte des métiers (réalité virtuelle)', atelier: 'VR1' }),
        ],
        situations: [
          situation(a, { type: 'Formation', sous_type: 'Qualifiante', secteur: 'Animation', date_debut: '2022-09-01', date_fin: '2023-02-01' }),
          situation(a, { type: 'Formation', sous_type: 'Permis B', secteur: 'Transport' }),
          situation(b, { type: 'Formation', sous_type: 'Retour en formation initiale', secteur: 'Animation' }),
          situation(c, { type: 'Immersion (PMSMP)' }), situation(c, { type: 'Immersion (PMSMP)', date_debut: '2022-12-01', date_fin: '2023-01-15' }),
        ],
        dispositifs: [
          scheme(a, { dispositif: 'Obligation de formation', situation_31_12: 'En règle' }),
          scheme(b, { dispositif: 'Obligation de formation', situation_31_12: 'Non en règle' }),
          scheme(c, { dispositif: 'Obligation de formation', date_sortie: '2023-06-30' }), // closed before 31/12: not in the snapshot
        ],
      }),
      [mlYear(2022, { situations: [situation(a, { type: 'Formation', date_debut: '2022-09-01', date_fin: '2023-02-01' })] })],
    ),
    config,
    trace,
  );

  it('counts immersions started in the year and workshops by theme', () => {
    expect(m.immersions).toBe(1);
    expect(m.trainingWorkshops).toEqual({ sessions: 2, young: 2 });
    expect(m.discoveryWorkshops).toEqual({ sessions: 1, young: 1 });
  });

  it('counts training situations active in the year, a span over two years in both', () => {
    expect(m.training).toEqual({
      young: 2,
      situations: 3,
      backToSchool: 1,
      qualifying: { count: 1, share: 1 / 3 },
      belowBac: { count: 1, share: 0.5 },
      topSector: { label: 'Animation', count: 2, share: 2 / 3 },
    });
    expect(m.history).toEqual([{ year: 2022, value: { situations: 1 } }]);
    expect(m.drivingLicence).toBe(1);
  });

  it('takes the training obligation snapshot at 31/12 among the schemes still open', () => {
    expect(m.trainingObligation).toEqual({ young: 3, inOrder: { count: 1, share: 0.5 } });
  });

  it('traces every figure to the events, situations, jeunes and schemes that recompute it', () => {
    const indicators = Object.fromEntries(mlOrientationFormationSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});

describe('ml-emploi', () => {
  const a = jeune({ sexe: 'F', niveau_qualification: 'Infra 3', date_naissance: '2002-12-31' }); // 21 at 31/12/2023
  const b = jeune({ sexe: 'H', date_naissance: '2001-12-31' }); // 22
  const { trace, evidence } = recordingTrace();
  const m = mlEmploiSection.compute(
    mlDataset(
      mlYear(2023, {
        jeunes: [a, b],
        situations: [
          situation(a, { sous_type: 'CDI', secteur: 'Transport et logistique' }), situation(a, { sous_type: 'Intérim', secteur: 'Transport et logistique' }),
          situation(b, { sous_type: 'Intérim', secteur: 'Commerce et vente' }),
          situation(b, { type: 'Alternance', sous_type: 'Apprentissage', secteur: 'Commerce et vente', date_debut: '2023-09-01' }),
          situation(a, { type: 'Alternance', sous_type: 'Apprentissage', date_debut: '2022-09-01' }),
        ],
      }),
      [mlYear(2022, { situations: [situation(a, { sous_type: 'Intérim', date_debut: '2022-01-01', date_fin: '2022-02-01' })] })],
    ),
    config,
    trace,
  );

  it('profiles the jeunes in employment (age at 31/12) and compares contracts with the previous year', () => {
    expect(m.young).toBe(2);
    expect(m.situations).toBe(3);
    expect(m.belowBac.count).toBe(1);
    expect(m.aged18to21.count).toBe(1);
    expect(m.women.count).toBe(1);
    expect(m.byContract).toEqual([{ label: 'CDI', count: 1 }, { label: 'Intérim', count: 2 }]);
    expect(m.topSector).toEqual({ label: 'Transport et logistique', count: 2, share: 2 / 3 });
    expect(m.history).toEqual([{ year: 2022, value: { situations: 1, cdi: 0, interim: 1 } }]);
    expect(m.workStudy).toEqual({ young: 2, signed: 1, topSector: { label: 'Commerce et vente', count: 1, share: 1 } });
  });

  it('traces every figure to the situations and jeunes that recompute it, a missing top sector included', () => {
    const indicators = Object.fromEntries(mlEmploiSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, evidence)).toEqual([]);
    // No contract names a sector: no top sector, a null share.
    const unnamed = recordingTrace();
    const unnamedData = mlDataset(mlYear(2023, { jeunes: [a], situations: [situation(a), situation(a, { type: 'Alternance', date_debut: '2023-09-01' })] }), [mlYear(2022, {})]);
    const n = mlEmploiSection.compute(unnamedData, config, unnamed.trace);
    expect([n.topSector, n.workStudy.topSector]).toEqual([undefined, undefined]);
    const unnamedIndicators = Object.fromEntries(mlEmploiSection.indicators(n).map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(unnamedIndicators, unnamed.evidence)).toEqual([]);
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

describe('ml-dispositifs', () => {
  const a = jeune({ qpv: true });
  const b = jeune({ date_premier_accueil: '2023-01-05' });
  const c = jeune();
  const m = mlDispositifsSection.compute(
    mlDataset(mlYear(2023, {
      jeunes: [a, b, c],
      dispositifs: [
        scheme(a, { dispositif: 'CEJ', date_entree: '2023-03-01', date_sortie: '2023-09-30' }),
        scheme(b, { dispositif: 'Garantie Jeunes', date_entree: '2022-06-01', date_sortie: '2023-05-31' }),
        scheme(b, { dispositif: 'PPAE', date_entree: '2023-02-01' }),
        scheme(c, { dispositif: 'Parrainage', date_entree: '2023-04-01' }),
        scheme(c, { dispositif: 'PACEA', date_entree: '2023-01-10' }),
        scheme(c, { dispositif: 'Justice', date_entree: '2021-01-10' }),
      ],
      evenements: [
        event(a, { date: '2023-02-15' }), // before their CEJ: not a CEJ contact
        event(a, { date: '2023-03-01' }), event(a, { date: '2023-09-30', type: 'Atelier', theme: 'CEJ', atelier: 'C1' }), event(b, { date: '2023-05-31' }),
      ],
      situations: [
        situation(a, { type: 'Immersion (PMSMP)', date_debut: '2023-04-01', date_fin: '2023-04-14' }),
        situation(b, { type: 'Formation', date_debut: '2023-01-01', date_fin: '2023-03-01' }),
        situation(b, { type: 'Emploi', date_debut: '2023-07-01' }), // after their GJ: not a measure
        situation(c, { type: 'Emploi', date_debut: '2023-05-01' }),
      ],
    })),
    config,
  );

  it('counts CEJ and GJ together, their entries in the year and those in QPV', () => {
    expect(m.cej).toMatchObject({ young: 2, entries: 1, entriesQpv: 1 });
  });

  it('counts contacts and measures within the CEJ/GJ periods only, and the share with a solution', () => {
    expect(m.cej.contacts).toBe(3);
    expect(m.cej.contactsPerYoung).toBe(1.5);
    expect(m.cej.measures).toEqual({ situations: 2, young: 2 });
    expect(m.cej.solution).toEqual({ count: 1, share: 0.5 }); // a's only measure is an immersion
    expect(m.cej.workshops).toEqual({ sessions: 1, perMonth: 1 / 12 });
  });

  it('counts PACEA, Parrainage with its solutions, PPAE with the newly registered, and justice', () => {
    expect(m.pacea).toBe(1);
    expect(m.parrainage).toEqual({ entries: 1, solution: { count: 1, share: 1 } });
    expect(m.ppae).toEqual({ entries: 1, newlyRegistered: 1 });
    expect(m.justice).toBe(1);
  });

  it('traces every figure but the monthly workshops to the rows that recompute it', () => {
    const [d, e, f] = [jeune({ qpv: true }), jeune({ date_premier_accueil: '2023-02-01' }), jeune()];
    const unknown = jeune(); // in the exports but not in jeunes.csv
    const data = mlDataset(mlYear(2023, {
      jeunes: [d, e, f],
      dispositifs: [
        scheme(d, { dispositif: 'CEJ', date_entree: '2023-01-15', date_sortie: '2023-06-30' }),
        scheme(d, { dispositif: 'Garantie Jeunes', date_entree: '2023-09-01' }), // CEJ and GJ: d counts once
        scheme(e, { dispositif: 'CEJ', date_entree: '2022-03-01', date_sortie: '2023-02-28' }),
        scheme(unknown, { dispositif: 'CEJ', date_entree: '2023-05-01' }),
        scheme(e, { dispositif: 'Parrainage', date_entree: '2023-03-01' }), scheme(f, { dispositif: 'Parrainage', date_entree: '2023-04-01' }),
        scheme(e, { dispositif: 'PPAE', date_entree: '2023-02-01' }), scheme(f, { dispositif: 'PPAE', date_entree: '2023-03-01' }), scheme(unknown, { dispositif: 'PPAE' }),
        scheme(f, { dispositif: 'PACEA', date_entree: '2023-01-10' }), scheme(f, { dispositif: 'PACEA', date_entree: '2023-07-10' }),
        scheme(f, { dispositif: 'Justice', date_entree: '2021-01-10' }), scheme(e, { dispositif: 'Justice', date_entree: '2020-01-10', date_sortie: '2022-12-31' }),
      ],
      evenements: [
        event(d, { date: '2023-07-15' }), // between their CEJ and their GJ: not a contact
        event(d, { date: '2023-02-01' }), event(d, { date: '2023-10-01' }), event(e, { date: '2023-01-05' }), event(unknown, { date: '2023-06-01' }),
        event(d, { type: 'Atelier', theme: 'CEJ', atelier: 'C1' }), event(e, { type: 'Atelier', theme: 'CEJ', atelier: 'C1' }), event(d, { type: 'Atelier', theme: 'CEJ', atelier: 'C2' }),
        event(f, { type: 'Atelier', theme: 'Culture', atelier: 'K1' }), event(e, { type: 'Atelier', theme: 'Culture' }),
      ],
      situations: [
        situation(d, { type: 'Immersion (PMSMP)', date_debut: '2023-02-01', date_fin: '2023-02-14' }), situation(d, { type: 'Emploi', date_debut: '2023-10-01' }),
        situation(e, { type: 'Formation', date_debut: '2023-01-01', date_fin: '2023-02-01' }),
        situation(unknown, { type: 'Emploi', date_debut: '2023-06-01' }),
        situation(e, { type: 'Emploi', date_debut: '2023-05-01' }), // e's Parrainage solution
      ],
    }));
    const { trace, evidence } = recordingTrace();
    const m = mlDispositifsSection.compute(data, config, trace);
    expect(m.cej).toMatchObject({ young: 3, entries: 1, entriesQpv: 1, contacts: 6, measures: { situations: 4, young: 3 }, solution: { count: 3 } });
    expect(m.ppae).toEqual({ entries: 2, newlyRegistered: 1 });
    const indicators = Object.fromEntries(mlDispositifsSection.indicators(m).map(({ key, ...rest }) => [key, rest]));
    // Ateliers CEJ / 12: no measure of the trace divides by a constant.
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
