/**
 * `clauses.csv`: hours of the social clause in public procurement, 2023. One row per person,
 * operation and month. Hours are counted in half-hours so every quota sums exactly.
 *
 * Targets: 14 operations on the territory, 50 managed with other MDEs; 49 692 h in all; 132 people
 * of the territory with 41 556 h (1 718 h on territory operations, 39 838 h elsewhere); 48 people
 * from outside with 8 136 h, all on territory operations; 51 companies.
 */
import { formatDay } from '../dates.js';
import { encodeUtf8WithBom, toCsv } from '../encoding.js';
import type { Rng } from '../random.js';
import { COMMUNES, communeSpelling } from '../territory.js';
import { compareText, countsPerItem, firstOfMonth, ids, MDE_YEAR, randomParts } from './common.js';

const HEADER = ['operation', 'operation_territoire', 'identifiant_personne', 'commune_personne', 'entreprise', 'date', 'heures'];

export const CLAUSES = {
  territoryOperations: 14,
  otherOperations: 50,
  residents: 132,
  residentHoursOnTerritory: 1_718,
  residentHoursElsewhere: 39_838,
  outsiders: 48,
  outsiderHours: 8_136,
  companies: 51,
} as const;

const OUTSIDE_COMMUNES = ['Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq", 'Croix', 'Wasquehal', 'Armentières', 'Lomme'];

const COMPANY_STEMS = [
  'Bâtiments du Nord',
  'Flandres Construction',
  'Deûle Travaux',
  'Métropole Voirie',
  'Atelier Vauban',
  'Briques & Béton',
  'Espaces Verts Lys',
  'Nordelec',
  'Peinture Dumont',
  'Carrelages Vasseur',
  'Menuiserie Lecomte',
  'Plâtrerie Delattre',
  'Réseaux Hauts-de-France',
  'Toitures Caron',
  'Propreté Urbaine 59',
  'Isolation Fontaine',
  'Charpentes du Mélantois',
  'Terrassement Bonnel',
  'Serrurerie Mercier',
  'Plomberie Hochart',
  'Signalisation Leclercq',
  'Étanchéité Descamps',
  'Maçonnerie Ducrocq',
  'Sols & Façades',
  'Génie Climatique Nord',
  'Entretien Wattiez',
  'Métallerie Dewaele',
  'Voiries Plancke',
  'Restauration Collective Lys',
  'Nettoyage Gosselin',
  'Paysages Verhaeghe',
  'Électricité Cousin',
  'Démolition Degrave',
  'Vitrerie Pétillon',
  'Échafaudages du Nord',
  'Ascenseurs Rousseau',
  'Chauffage Garnier',
  'Revêtements Moreau',
  'Assainissement Deleplanque',
  'Câblage Lambert',
  'Bois & Structures',
  'Enrobés Vandamme',
  'Clôtures Debrabant',
  'Multiservices Benali',
  'Cuisines Collectives Nord',
  'Rénovation Lefèvre',
  'Plaquistes Associés',
  'Acier Duquesne',
  'Sécurité Incendie Lys',
  'Logistique Chantiers 59',
  'Éclairage Public Marcq',
];
const COMPANY_FORMS = ['SARL', 'SAS', 'SA', 'EURL'];

interface Assignment {
  operation: string;
  territory: boolean;
  person: string;
  commune: string;
  halfHours: number;
}

export function buildClausesCsv(rng: Rng): Buffer {
  const year = MDE_YEAR;
  const territoryOps = Array.from({ length: CLAUSES.territoryOperations }, (_, i) => `OP-MNO-${String(i + 1).padStart(2, '0')}`);
  const otherOps = Array.from({ length: CLAUSES.otherOperations }, (_, i) => `OP-MEL-${String(i + 1).padStart(2, '0')}`);

  // Each operation's company (attributaire): every company at least once, a few twice.
  const companies = COMPANY_STEMS.map((stem, index) => `${stem} ${COMPANY_FORMS[index % COMPANY_FORMS.length]}`);
  if (companies.length !== CLAUSES.companies) throw new Error('clauses: company list');
  const allOps = [...territoryOps, ...otherOps];
  const companyList = rng.shuffle([...companies, ...rng.sample(companies, allOps.length - companies.length)]);
  const companyOf = new Map(allOps.map((op, index) => [op, companyList[index]!]));

  const personIds = rng.shuffle(ids(rng, 'CS-', CLAUSES.residents + CLAUSES.outsiders, 9_999, 4));
  const residents = personIds.slice(0, CLAUSES.residents).map((id) => ({ id, commune: communeSpelling(rng, rng.pick(COMMUNES)) }));
  const outsiders = personIds.slice(CLAUSES.residents).map((id) => ({ id, commune: rng.pick(OUTSIDE_COMMUNES) }));

  // Residents: 120 work on operations elsewhere; 20 on territory operations (12 of them only there).
  const elsewhereWorkers = residents.slice(0, 120);
  const territoryWorkers = [...residents.slice(120), ...rng.sample(elsewhereWorkers, 8)];
  const assignments: Assignment[] = [];
  const assign = (
    people: readonly { id: string; commune: string }[],
    ops: readonly string[],
    territory: boolean,
    slots: number,
    hours: number,
    maxPerPerson: number,
  ) => {
    const perPerson = countsPerItem(rng, people.length, slots, maxPerPerson);
    // The first operations drawn cover every operation once, then any.
    const opQueue = [...rng.shuffle(ops), ...Array.from({ length: slots }, () => rng.pick(ops))];
    const parts = randomParts(rng, hours * 2, slots);
    let slot = 0;
    people.forEach((person, index) => {
      const mine = new Set<string>();
      for (let k = 0; k < perPerson[index]!; k++) {
        // Distinct operations per person: skip the queue's repeats for this person.
        const at = opQueue.findIndex((op) => !mine.has(op));
        const op = opQueue.splice(at, 1)[0]!;
        mine.add(op);
        assignments.push({ operation: op, territory, person: person.id, commune: person.commune, halfHours: parts[slot++]! });
      }
    });
  };
  assign(elsewhereWorkers, otherOps, false, 150, CLAUSES.residentHoursElsewhere, 2);
  assign(territoryWorkers, territoryOps, true, 22, CLAUSES.residentHoursOnTerritory, 2);
  assign(outsiders, territoryOps, true, 62, CLAUSES.outsiderHours, 2);

  // Each assignment worked over consecutive months (at least two), about 120 h a month.
  const rows: { op: string; territory: boolean; person: string; commune: string; month: number; halfHours: number }[] = [];
  for (const a of assignments) {
    const months = Math.max(2, Math.min(12, Math.round(a.halfHours / 240) + rng.int(0, 1)));
    const first = rng.int(1, 13 - months);
    randomParts(rng, a.halfHours, months).forEach((halfHours, k) =>
      rows.push({ op: a.operation, territory: a.territory, person: a.person, commune: a.commune, month: first + k, halfHours }),
    );
  }
  rows.sort((a, b) => compareText(a.op, b.op) || compareText(a.person, b.person) || a.month - b.month);
  const hoursCell = (halfHours: number) => String(Math.floor(halfHours / 2)) + (halfHours % 2 ? ',5' : '');
  return encodeUtf8WithBom(
    toCsv(
      HEADER,
      rows.map((row) => [
        row.op,
        row.territory ? 'Oui' : 'Non',
        row.person,
        row.commune,
        companyOf.get(row.op)!,
        formatDay(firstOfMonth(year, row.month)),
        hoursCell(row.halfHours),
      ]),
    ),
  );
}
