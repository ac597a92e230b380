import { inYear } from '../schemas/dates.js';
import type { ClauseHours } from '../schemas/mde/clauses.js';
import { sumHundredths } from './breakdowns.js';
import { distinct } from './ml-periods.js';
import type { Indicator, Section } from './section.js';

export interface MdeClause {
  operations: { territory: number; outside: number };
  hours: number;
  territoryPeople: { people: number; hours: number; onTerritoryOperations: number; onOutsideOperations: number };
  outsidePeople: { people: number; hours: number };
  companies: number;
}

const hours = (rows: readonly ClauseHours[]) => sumHundredths(rows.map((r) => r.heures ?? 0));

/** « Promotion et facilitation de la clause d'insertion dans les marchés publics ». */
export const mdeClauseSection: Section<'mde', MdeClause | undefined> = {
  id: 'mde-clause',
  offer: 'mde',
  title: 'La clause d’insertion dans les marchés publics',
  compute({ current }) {
    if (current.clauses === undefined) return undefined;
    const rows = current.clauses.filter((r) => inYear(r.date, current.year));
    const residents = rows.filter((r) => r.commune_personne.insee !== undefined);
    const others = rows.filter((r) => r.commune_personne.insee === undefined);
    return {
      operations: {
        territory: distinct(rows.filter((r) => r.operation_territoire), (r) => r.operation),
        outside: distinct(rows.filter((r) => !r.operation_territoire), (r) => r.operation),
      },
      hours: hours(rows),
      territoryPeople: {
        people: distinct(residents, (r) => r.identifiant_personne),
        hours: hours(residents),
        onTerritoryOperations: hours(residents.filter((r) => r.operation_territoire)),
        onOutsideOperations: hours(residents.filter((r) => !r.operation_territoire)),
      },
      outsidePeople: { people: distinct(others, (r) => r.identifiant_personne), hours: hours(others) },
      companies: distinct(rows, (r) => r.entreprise),
    };
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    return [
      { key: 'mde.clause.operations', value: m.operations, label: 'Opérations suivies', definition: 'Opérations distinctes ayant des heures dans l’année, sur le territoire et hors territoire.' },
      { key: 'mde.clause.hours', value: m.hours, label: 'Heures d’insertion gérées et réalisées', definition: 'Somme des heures de l’année (clauses.csv).' },
      { key: 'mde.clause.people', value: m.territoryPeople.people + m.outsidePeople.people, label: 'Personnes ayant réalisé des heures', definition: 'Personnes distinctes du territoire et hors territoire.' },
      { key: 'mde.clause.territoryPeople', value: { people: m.territoryPeople.people, hours: m.territoryPeople.hours, onTerritoryOperations: m.territoryPeople.onTerritoryOperations, onOutsideOperations: m.territoryPeople.onOutsideOperations }, label: 'Heures réalisées par des personnes du territoire', definition: 'Personnes résidant dans une commune du territoire : personnes distinctes et heures, par lieu de l’opération.' },
      { key: 'mde.clause.outsidePeople', value: m.outsidePeople, label: 'Heures réalisées par des personnes hors territoire', definition: 'Personnes résidant hors du territoire : personnes distinctes et heures.' },
      { key: 'mde.clause.companies', value: m.companies, label: 'Entreprises accompagnées', definition: 'Entreprises distinctes ayant des heures dans l’année.' },
    ];
  },
};
