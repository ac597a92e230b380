import { describe, expect, it } from 'vitest';
import { mlCoachingSection } from '../../src/sections/ml-coaching.js';
import { mlDispositifsSection } from '../../src/sections/ml-dispositifs.js';
import { mlEmploiSection } from '../../src/sections/ml-emploi.js';
import { mlMobiliteInternationaleSection } from '../../src/sections/ml-mobilite-internationale.js';
import { mlOrientationFormationSection } from '../../src/sections/ml-orientation-formation.js';
import { mlSanteSection } from '../../src/sections/ml-sante.js';
import { mlSecurisationFinanciereSection } from '../../src/sections/ml-securisation-financiere.js';
import { mlServiceCiviqueSection } from '../../src/sections/ml-service-civique.js';
import { config } from '../support/build.js';
import { aid, event, jeune, mlDataset, mlYear, proposal, scheme, situation } from '../support/ml.js';

describe('ml-sante', () => {
  it('counts jeunes per health partner, psychologist interviews and the TH follow-up', () => {
    const [a, b] = [jeune(), jeune()];
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
    );
    expect(m).toEqual({ cpam: 1, healthCheck: 0, healthWorkshops: 1, psychologist: { young: 1, interviews: 2 }, disabilityFollowUp: 1 });
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
});

describe('ml-orientation-formation', () => {
  const [a, b, c] = [jeune({ niveau_qualification: '3' }), jeune({ niveau_qualification: '5' }), jeune()];
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
});

describe('ml-emploi', () => {
  it('profiles the jeunes in employment (age at 31/12) and compares contracts with the previous year', () => {
    const a = jeune({ sexe: 'F', niveau_qualification: 'Infra 3', date_naissance: '2002-12-31' }); // 21 at 31/12/2023
    const b = jeune({ sexe: 'H', date_naissance: '2001-12-31' }); // 22
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
    );
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
});
