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
const use = (fields: Partial<CyberbaseRow>): CyberbaseRow => ({
  date: '2023-03-01', site: 'Lambersart', identifiant_usager: 'U1', sexe: 'F', public: 'Jeune', type: 'Utilisation', line: ++line, ...fields,
});

describe('mde-clause', () => {
  it('splits hours by where the person lives and where the operation is', () => {
    const outsider = { raw: 'Lille', insee: undefined };
    const m = mdeClauseSection.compute(
      mde({
        clauses: [
          hours({ heures: 10.5 }), hours({ operation: 'OP2', operation_territoire: false, heures: 20, entreprise: 'E2' }),
          hours({ identifiant_personne: 'P2', commune_personne: outsider, heures: 7 }), hours({ date: '2022-12-01', heures: 99 }),
        ],
      }),
      config,
    );
    expect(m).toEqual({
      operations: { territory: 1, outside: 1 },
      hours: 37.5,
      territoryPeople: { people: 1, hours: 30.5, onTerritoryOperations: 10.5, onOutsideOperations: 20 },
      outsidePeople: { people: 1, hours: 7 },
      companies: 2,
    });
  });
});

describe('mde-siae-interim', () => {
  it('counts SIAE placements by type and temporary-work contracts with their people', () => {
    const p = jeune();
    const m = mdeSiaeInterimSection.compute(
      mde({
        situations: [
          situation(p, { programme: 'MDE', sous_type: 'ACI' }), situation(p, { programme: 'MDE', sous_type: 'ETTI' }),
          situation(p, { programme: 'MDE', sous_type: 'Intérim' }), situation(p, { programme: 'MDE', sous_type: 'Intérim', date_debut: '2023-06-01' }),
          situation(p, { programme: 'MDE', sous_type: 'ACI', date_debut: '2022-05-01' }),
        ],
      }),
      config,
    );
    expect(m?.siae.total).toBe(2);
    expect(m?.siae.byType.map((t) => [t.label, t.count])).toEqual([['ACI', 1], ['EI', 0], ['AI', 0], ['ETTI', 1]]);
    expect(m?.interim).toEqual({ people: 1, contracts: 2 });
  });
});

describe('mde-cyberbase', () => {
  it('counts uses and distinct users by public and sex, per site, and appointments apart', () => {
    const m = mdeCyberbaseSection.compute(
      mde({
        cyberbase: [
          use({}), use({}), use({ site: 'Marcq-en-Barœul' }), use({ identifiant_usager: 'U2', sexe: 'H', public: 'Adulte', site: undefined }),
          use({ identifiant_usager: 'U2', type: 'Rendez-vous individuel', sexe: 'H', public: 'Adulte' }),
        ],
      }),
      config,
    );
    expect(m?.total).toEqual({ uses: 4, users: 2, adults: { total: 1, F: 0, H: 1 }, young: { total: 1, F: 1, H: 0 } });
    expect(m?.sites.map((s) => [s.site, s.uses, s.users])).toEqual([['Lambersart', 2, 1], ['Marcq-en-Barœul', 1, 1]]);
    expect(m?.appointments).toEqual({ count: 1, people: 1, F: 0, H: 1, young: 0, adults: 1 });
  });

  it('is left out without a usage log', () => {
    expect(mdeCyberbaseSection.compute(mde({}), config)).toBeUndefined();
  });
});

describe('mde-mobilite', () => {
  it('counts mobility aids by nature with their people, those of the territory and those in a QPV', () => {
    const [a, b] = [jeune(), jeune()];
    const row = (j: typeof a, fields: Partial<Aide>) => aid(j, { programme: 'MDE', fonds: 'Mobilité MDE', montant: 30, ...fields });
    const m = mdeMobiliteSection.compute(
      mde({
        aids: [
          row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
          row(a, { nature: 'Recharge Pass Pass', commune: { raw: 'Lambersart', insee: '59328' }, qpv: true }),
          row(b, { nature: 'Recharge Pass Pass', commune: { raw: 'Lille', insee: undefined } }),
          row(a, { nature: 'Déplacement collectif', deplacement: 'DC1' }), row(b, { nature: 'Déplacement collectif', deplacement: 'DC1' }),
          row(b, { nature: 'Carte carburant', decision: 'Refusée', montant: undefined }), // refused: not an aid granted
        ],
      }),
      config,
    );
    expect(m?.lines).toEqual([
      { nature: 'Recharge Pass Pass', aids: 3, people: 2, fromTerritory: 1, inQpv: 1, trips: 0 },
      { nature: 'Déplacement collectif', aids: 2, people: 2, fromTerritory: 0, inQpv: 0, trips: 1 },
    ]);
  });
});
