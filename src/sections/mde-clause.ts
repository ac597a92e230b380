import { inYear } from '../schemas/dates.js';
import type { ClauseHours } from '../schemas/mde/clauses.js';
import { sumHundredths } from '../aggregation/breakdowns.js';
import { distinct } from '../aggregation/ml-periods.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace, type Trace } from '../measure/evidence.js';

export interface MdeClause {
  operations: { territory: number; outside: number };
  hours: number;
  territoryPeople: { people: number; hours: number; onTerritoryOperations: number; onOutsideOperations: number };
  outsidePeople: { people: number; hours: number };
  companies: number;
}

const hoursOf = (r: ClauseHours) => r.heures ?? 0;
const hours = (rows: readonly ClauseHours[]) => sumHundredths(rows.map(hoursOf));
const isResident = (r: ClauseHours) => r.commune_personne.insee !== undefined;
const file = 'clauses.csv';

/** Each person's first row: a person counted once, as a row that adds 1 beside the hours of the same figure. */
function firstRowOfEach(rows: readonly ClauseHours[]): ClauseHours[] {
  const first = new Map<string, ClauseHours>();
  for (const r of rows) if (!first.has(r.identifiant_personne)) first.set(r.identifiant_personne, r);
  return [...first.values()];
}

/** People and hours of a public: `people` as one row per person, each hour figure as the sum of its rows. */
function tracePeople(trace: Trace, key: string, people: readonly ClauseHours[], hourRows: Record<string, readonly ClauseHours[]>) {
  trace.sum(key, { file, rows: firstRowOfEach(people) }, () => 1, { group: 'people' });
  for (const [cell, rows] of Object.entries(hourRows)) trace.sum(key, { file, rows }, hoursOf, { group: cell });
}

/** « Promotion et facilitation de la clause d'insertion dans les marchés publics ». */
export const mdeClauseSection: LegacySection<'mde', MdeClause | undefined> = {
  id: 'mde-clause',
  offer: 'mde',
  title: 'La clause d’insertion dans les marchés publics',
  compute({ current }, _config, trace = noTrace) {
    if (current.clauses === undefined) return undefined;
    const rows = current.clauses.filter((r) => inYear(r.date, current.year));
    const onTerritory = rows.filter((r) => r.operation_territoire);
    const outside = rows.filter((r) => !r.operation_territoire);
    const residents = rows.filter(isResident);
    const others = rows.filter((r) => !isResident(r));
    const residentsOnTerritory = residents.filter((r) => r.operation_territoire);
    const residentsOutside = residents.filter((r) => !r.operation_territoire);
    trace.count('mde.clause.operations', { file, rows: onTerritory }, { group: 'territory', distinctBy: (r) => r.operation });
    trace.count('mde.clause.operations', { file, rows: outside }, { group: 'outside', distinctBy: (r) => r.operation });
    trace.sum('mde.clause.hours', { file, rows }, hoursOf);
    // Residents and others are counted apart, then added: a person counts once for each place they were recorded as living in.
    const livesIn = (r: ClauseHours) => (isResident(r) ? 'territoire' : 'hors territoire');
    trace.count('mde.clause.people', { file, rows }, { group: livesIn, distinctBy: (r) => `${livesIn(r)} ${r.identifiant_personne}` });
    tracePeople(trace, 'mde.clause.territoryPeople', residents, { hours: residents, onTerritoryOperations: residentsOnTerritory, onOutsideOperations: residentsOutside });
    tracePeople(trace, 'mde.clause.outsidePeople', others, { hours: others });
    trace.count('mde.clause.companies', { file, rows }, { distinctBy: (r) => r.entreprise });
    return {
      operations: {
        territory: distinct(onTerritory, (r) => r.operation),
        outside: distinct(outside, (r) => r.operation),
      },
      hours: hours(rows),
      territoryPeople: {
        people: distinct(residents, (r) => r.identifiant_personne),
        hours: hours(residents),
        onTerritoryOperations: hours(residentsOnTerritory),
        onOutsideOperations: hours(residentsOutside),
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
