import { describe, expect, it } from 'vitest';
import type { MdeData, OfferDataset } from '../../src/dataset/load.js';
import type { ClauseHours } from '../../src/schemas/mde/clauses.js';
import type { CyberbaseRow } from '../../src/schemas/mde/cyberbase.js';
import { mdeClauseSection } from '../../src/sections/mde-clause.js';
import { mdeCyberbaseSection } from '../../src/sections/mde-cyberbase.js';
import { mdeSiaeInterimSection } from '../../src/sections/mde-siae-interim.js';
import { config } from '../support/build.js';
import { aid, jeune, situation } from '../support/ml.js';
import type { Aide } from '../../src/schemas/ml/aides.js';
import { mdeMobiliteSection } from '../../src/sections/mde-mobilite.js';
import type { Manifestation } from '../../src/schemas/mde/manifestations.js';
import type { EmployerAction, JobOffer } from '../../src/schemas/mde/relations.js';
import { mdeManifestationsSection } from '../../src/sections/mde-manifestations.js';
import { mdeCreationSection } from '../../src/sections/mde-creation.js';
import { mdeRelationsEntreprisesSection } from '../../src/sections/mde-relations-entreprises.js';
import type { Section } from '../../src/measure/section.js';
import { recordingTrace } from '../../src/measure/evidence.js';
import { traceMismatches } from '../support/trace-check.js';

const mde = (data: Partial<MdeData>): OfferDataset<MdeData> => ({
  year: 2023,
  current: { year: 2023, events: [], businessCreation: undefined, employerActions: undefined, offers: undefined, clauses: undefined, cyberbase: undefined, situations: [], aids: [], ...data },
  history: [],
});

let line = 1;
const hours = (fields: Partial<ClauseHours>): ClauseHours => ({
  operation: 'OP1', operation_territoire: true, identifiant_personne: 'P1', commune_personne: { raw: 'Lambersart', insee: '59328' },
  entreprise: 'E1', date: '2023-03-01', heures: 10, line: ++line, ...fields,
});
const event = (fields: Partial<Manifestation>): Manifestation => ({
  date: '2023-03-23', nom: 'Salon', type: 'Salon', lieu: undefined, edition: undefined, exposants: undefined, exposants_territoire: undefined,
  visiteurs: undefined, participants: undefined, participants_territoire: undefined, entretiens: undefined, demonstrations: undefined, line: ++line, ...fields,
});
const action = (fields: Partial<EmployerAction>): EmployerAction => ({ date: '2023-03-01', employeur: 'E1', action: 'Sensibilisation', detail: undefined, line: ++line, ...fields });
const offer = (fields: Partial<JobOffer>): JobOffer => ({
  date: '2023-03-01', intitule: undefined, commune: { raw: 'Lambersart', insee: '59328' }, type_contrat: 'CDI', line: ++line, ...fields,
});

/** What traceMismatches finds for a section computed with a recording trace: nothing when every figure is explained. */
function untraced<M>(section: Section<'mde', M>, data: OfferDataset<MdeData>): string[] {
  const { trace, evidence } = recordingTrace();
  const model = section.compute(data, config, trace);
  const indicators = Object.fromEntries(section.indicators(model).map(({ key, ...rest }) => [key, rest]));
  expect(Object.keys(indicators).length).toBeGreaterThan(0);
  return traceMismatches(indicators, evidence);
}

const use = (fields: Partial<CyberbaseRow>): CyberbaseRow => ({
  date: '2023-03-01', site: 'Lambersart', identifiant_usager: 'U1', sexe: 'F', public: 'Jeune', type: 'Utilisation', line: ++line, ...fields,
});

describe('mde-clause', () => {
  const outsider = { raw: 'Lille', insee: undefined };
  const clauses = [
    hours({ heures: 10.5 }), hours({ operation: 'OP2', operation_territoire: false, heures: 20, entreprise: 'E2' }),
    hours({ identifiant_personne: 'P2', commune_personne: outsider, heures: 7 }), hours({ date: '2022-12-01', heures: 99 }),
  ];

  it('splits hours by where the person lives and where the operation is', () => {
    const m = mdeClauseSection.compute(mde({ clauses }), config);
    expect(m).toEqual({
      operations: { territory: 1, outside: 1 },
      hours: 37.5,
      territoryPeople: { people: 1, hours: 30.5, onTerritoryOperations: 10.5, onOutsideOperations: 20 },
      outsidePeople: { people: 1, hours: 7 },
      companies: 2,
    });
  });

  it('traces every figure to the rows that recompute it', () => {
    // P1 also recorded once as living outside: counted among the people of each place.
    const moved = hours({ commune_personne: outsider, heures: 0.33, entreprise: 'E3' });
    expect(untraced(mdeClauseSection, mde({ clauses: [...clauses, moved, hours({ heures: 0.01 })] }))).toEqual([]);
  });
});

describe('mde-siae-interim', () => {
  const p = jeune();
  const situations = [
    situation(p, { programme: 'MDE', sous_type: 'ACI' }), situation(p, { programme: 'MDE', sous_type: 'ETTI' }),
    situation(p, { programme: 'MDE', sous_type: 'Intérim' }), situation(p, { programme: 'MDE', sous_type: 'Intérim', date_debut: '2023-06-01' }),
    situation(p, { programme: 'MDE', sous_type: 'ACI', date_debut: '2022-05-01' }),
  ];

  it('counts SIAE placements by type and temporary-work contracts with their people', () => {
    const m = mdeSiaeInterimSection.compute(mde({ situations }), config);
    expect(m?.siae.total).toBe(2);
    expect(m?.siae.byType.map((t) => [t.label, t.count])).toEqual([['ACI', 1], ['EI', 0], ['AI', 0], ['ETTI', 1]]);
    expect(m?.interim).toEqual({ people: 1, contracts: 2 });
  });

  it('traces every figure to the rows that recompute it', () => {
    expect(untraced(mdeSiaeInterimSection, mde({ situations: [...situations, situation(jeune(), { programme: 'MDE', sous_type: 'Intérim' })] }))).toEqual([]);
  });
});

describe('mde-cyberbase', () => {
  const cyberbase = [
    use({}), use({}), use({ site: 'Marcq-en-Barœul' }), use({ identifiant_usager: 'U2', sexe: 'H', public: 'Adulte', site: undefined }),
    use({ identifiant_usager: 'U2', type: 'Rendez-vous individuel', sexe: 'H', public: 'Adulte' }),
  ];

  it('counts uses and distinct users by public and sex, per site, and appointments apart', () => {
    const m = mdeCyberbaseSection.compute(mde({ cyberbase }), config);
    expect(m?.total).toEqual({ uses: 4, users: 2, adults: { total: 1, F: 0, H: 1 }, young: { total: 1, F: 1, H: 0 } });
    expect(m?.sites.map((s) => [s.site, s.uses, s.users])).toEqual([['Lambersart', 2, 1], ['Marcq-en-Barœul', 1, 1]]);
    expect(m?.appointments).toEqual({ count: 1, people: 1, F: 0, H: 1, young: 0, adults: 1 });
  });

  it('traces every figure to the rows that recompute it', () => {
    const more = [use({ identifiant_usager: 'U3', sexe: 'H', site: 'Marcq-en-Barœul' }), use({ identifiant_usager: 'U3', type: 'Rendez-vous individuel', sexe: 'H' })];
    expect(untraced(mdeCyberbaseSection, mde({ cyberbase: [...cyberbase, ...more] }))).toEqual([]);
  });

  it('is left out without a usage log', () => {
    expect(mdeCyberbaseSection.compute(mde({}), config)).toBeUndefined();
  });
});

describe('mde-mobilite', () => {
  const [a, b] = [jeune(), jeune()];
  const row = (j: typeof a, fields: Partial<Aide>) => aid(j, { programme: 'MDE', fonds: 'Mobilité MDE', montant: 30, ...fields });
  const aids = [
    row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
    row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
    row(b, { nature: 'Recharge Pass Pass', commune: { raw: 'Lille', insee: undefined } }),
    row(a, { nature: 'Déplacement collectif', deplacement: 'DC1' }), row(b, { nature: 'Déplacement collectif', deplacement: 'DC1' }),
    row(b, { nature: 'Carte carburant', decision: 'Refusée', montant: undefined }), // refused: not an aid granted
  ];

  it('counts mobility aids by nature with their people, those of the territory and those in a QPV', () => {
    const m = mdeMobiliteSection.compute(mde({ aids }), config);
    expect(m?.lines).toEqual([
      { nature: 'Recharge Pass Pass', aids: 3, people: 2, fromTerritory: 1, inQpv: 1, trips: 0 },
      { nature: 'Déplacement collectif', aids: 2, people: 2, fromTerritory: 0, inQpv: 0, trips: 1 },
    ]);
  });

  it('traces every figure to the rows that recompute it', () => {
    // A collective aid without its trip's identifier: an aid, but no trip.
    expect(untraced(mdeMobiliteSection, mde({ aids: [...aids, row(a, { nature: 'Déplacement collectif' }), row(b, { nature: 'Carte carburant' })] }))).toEqual([]);
  });
});

describe('mde-manifestations', () => {
  it('traces every figure to the rows that recompute it', () => {
    const events = [
      event({ exposants: 171, exposants_territoire: 40, visiteurs: 1559, demonstrations: 15 }),
      event({ date: '2023-03-02', type: 'Décroche ton Job', nom: 'DTJ', exposants: 9, participants: 41, participants_territoire: 38, entretiens: 64 }),
      event({ date: '2023-06-01', type: 'Décroche ton Job', nom: 'DTJ 2', visiteurs: 487 }),
      event({ date: '2023-06-15', type: 'Sensibilisation', nom: 'Métiers' }), // nothing declared: its figures are null
      event({ date: '2022-11-30', type: 'Forum', exposants: 12 }), // an earlier year
    ];
    expect(untraced(mdeManifestationsSection, mde({ events }))).toEqual([]);
  });
});

describe('mde-creation', () => {
  it('names its declared file for every figure', () => {
    const businessCreation = {
      ateliers: { nombre: 6, participants: 40, participantsTerritoire: 30 },
      porteursAccueillis: { total: 44, territoire: 43, femmes: 21, hommes: 23 },
      orientations: 49,
      entreprisesCreees: { entreprises: 5, entrepreneurs: 6 },
    };
    const { trace, evidence } = recordingTrace();
    mdeCreationSection.compute(mde({ businessCreation }), config, trace);
    expect([...evidence.values()].map((e) => e.declaredIn)).toEqual(Array(4).fill('contenu/creation-entreprise.json'));
    expect(untraced(mdeCreationSection, mde({ businessCreation }))).toEqual([]);
  });
});

describe('mde-relations-entreprises', () => {
  it('traces every figure to the rows that recompute it', () => {
    const employerActions = [
      action({}), action({}), action({ employeur: 'E2' }),
      action({ action: 'Contrat en alternance', detail: 'Apprentissage' }), action({ action: 'Contrat en alternance', detail: 'Professionnalisation' }),
      action({ action: 'PEC' }), action({ action: 'CIE' }), action({ action: 'CIE', date: '2022-12-31' }),
      action({ action: 'Parrainage', detail: 'M. Dupont' }), action({ action: 'Parrainage', detail: 'M. Dupont', employeur: 'E2' }), action({ action: 'Parrainage' }),
    ];
    const offers = [offer({}), offer({ type_contrat: 'cdd', commune: { raw: 'Lille', insee: undefined } }), offer({ date: '2022-06-01' })];
    expect(untraced(mdeRelationsEntreprisesSection, mde({ employerActions, offers }))).toEqual([]);
  });
});
