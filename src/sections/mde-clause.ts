import { inYear } from '../schemas/dates.js';
import type { ClauseHours } from '../schemas/mde/clauses.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { cells, countingDistinct, distinct, summing, counting, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import { COMMUNE_KEYS } from './commune-keys.js';

export interface MdeClause {
  operations: { territory: number; outside: number };
  hours: number;
  territoryPeople: { people: number; hours: number; onTerritoryOperations: number; onOutsideOperations: number };
  outsidePeople: { people: number; hours: number };
  companies: number;
}

const hoursOf = (r: ClauseHours) => r.heures ?? 0;
const isResident = (r: ClauseHours) => r.commune_personne.insee !== undefined;
const livesIn = (r: ClauseHours) => (isResident(r) ? 'territoire' : 'hors territoire');

/**
 * The people of some rows, each counted once as their first row adding 1: a count that sits beside
 * the hours of the same breakdown, all of them sums.
 */
function people(rows: ExportRows<ClauseHours>) {
  const first = new Map<string, ClauseHours>();
  for (const r of rows) if (!first.has(r.identifiant_personne)) first.set(r.identifiant_personne, r);
  return summing(rows.pick([...first.values()]), () => 1);
}

/** « Promotion et facilitation de la clause d'insertion dans les marchés publics ». */
export const mdeClauseSection: Section<'mde', MdeClause> = {
  id: 'mde-clause',
  offer: 'mde',
  title: 'La clause d’insertion dans les marchés publics',
  compute(data: OfferYear<MdeData>, m: Measure) {
    if (data.clauses === undefined) return undefined;
    const rows = data.clauses.filter((r) => inYear(r.date, data.year));
    const residents = rows.filter(isResident);
    const others = rows.filter((r) => !isResident(r));
    const firstRows = new Map<string, ClauseHours>();
    for (const r of rows) if (!firstRows.has(r.identifiant_personne)) firstRows.set(r.identifiant_personne, r);
    m.byCommune(
      {
        key: COMMUNE_KEYS.clausePeople,
        label: 'Personnes ayant réalisé des heures d’insertion, par commune',
        unit: 'people',
        definition:
          'Personnes distinctes ayant réalisé des heures d’insertion dans l’année, par commune de résidence (celle de leur première ligne de l’année) : ' +
          'toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      rows.pick([...firstRows.values()]),
      (r) => r.commune_personne.insee,
    );
    m.byCommune(
      {
        key: COMMUNE_KEYS.clauseHours,
        label: 'Heures d’insertion réalisées, par commune de résidence',
        unit: 'hours',
        definition:
          'Somme des heures d’insertion réalisées dans l’année, par commune de résidence de la personne (celle de chaque ligne) : ' +
          'toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      rows,
      (r) => r.commune_personne.insee,
      hoursOf,
    );
    const operations = m.figure(
      {
        key: 'mde.clause.operations',
        cellLabels: { territory: 'du territoire', outside: 'hors territoire' },
        label: 'Opérations suivies',
        unit: 'count',
        definition:
          'Opérations distinctes ayant des heures d’insertion réalisées dans l’année : celles du territoire (suivies par la MDE) ' +
          'et celles hors territoire (gérées par d’autres structures, où la MDE est intervenue).',
      },
      cells({
        territory: counting(
          distinct(
            rows.filter((r) => r.operation_territoire),
            'operation',
          ),
        ),
        outside: counting(
          distinct(
            rows.filter((r) => !r.operation_territoire),
            'operation',
          ),
        ),
      }),
    );
    const total = m.sum(
      {
        key: 'mde.clause.hours',
        label: 'Heures d’insertion gérées et réalisées',
        unit: 'hours',
        definition: 'Somme des heures d’insertion réalisées dans l’année, sur toutes les opérations.',
      },
      rows,
      hoursOf,
    );
    // Residents and others are counted apart, then added: a person counts once for each place they were recorded as living in.
    m.figure(
      {
        key: 'mde.clause.people',
        label: 'Personnes ayant réalisé des heures',
        unit: 'people',
        definition:
          'Personnes distinctes ayant réalisé des heures d’insertion dans l’année : celles résidant dans une commune du territoire ' +
          'plus celles résidant hors du territoire (une personne enregistrée aux deux compte dans chacun).',
      },
      countingDistinct(rows, (r) => `${livesIn(r)} ${r.identifiant_personne}`, { by: livesIn }),
    );
    const territoryPeople = m.figure(
      {
        key: 'mde.clause.territoryPeople',
        cellLabels: {
          people: 'personnes',
          hours: 'heures',
          onTerritoryOperations: 'heures sur les opérations du territoire',
          onOutsideOperations: 'heures sur les opérations hors territoire',
        },
        label: 'Heures réalisées par des personnes du territoire',
        unit: { people: 'people', hours: 'hours', onTerritoryOperations: 'hours', onOutsideOperations: 'hours' },
        definition:
          'Personnes résidant dans une commune du territoire ayant réalisé des heures d’insertion dans l’année : leur nombre (personnes distinctes), ' +
          'leurs heures, et ces heures sur les opérations du territoire et sur celles hors territoire.',
      },
      cells({
        people: people(residents),
        hours: summing(residents, hoursOf),
        onTerritoryOperations: summing(
          residents.filter((r) => r.operation_territoire),
          hoursOf,
        ),
        onOutsideOperations: summing(
          residents.filter((r) => !r.operation_territoire),
          hoursOf,
        ),
      }),
    );
    const outsidePeople = m.figure(
      {
        key: 'mde.clause.outsidePeople',
        cellLabels: { people: 'personnes', hours: 'heures' },
        label: 'Heures réalisées par des personnes hors territoire',
        unit: { people: 'people', hours: 'hours' },
        definition:
          'Personnes résidant hors du territoire (ou de commune non renseignée) ayant réalisé des heures d’insertion dans l’année : ' +
          'leur nombre (personnes distinctes) et leurs heures.',
      },
      cells({ people: people(others), hours: summing(others, hoursOf) }),
    );
    const companies = m.count(
      {
        key: 'mde.clause.companies',
        label: 'Entreprises accompagnées',
        unit: 'count',
        definition: 'Entreprises distinctes ayant des heures d’insertion réalisées dans l’année.',
      },
      distinct(rows, 'entreprise'),
    );
    return { operations, hours: total, territoryPeople, outsidePeople, companies };
  },
};
