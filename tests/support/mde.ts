import type { MdeData, OfferYear } from '../../src/dataset/load.js';
import type { ClauseHours } from '../../src/schemas/mde/clauses.js';
import type { CyberbaseRow } from '../../src/schemas/mde/cyberbase.js';
import type { Manifestation } from '../../src/schemas/mde/manifestations.js';
import type { EmployerAction, JobOffer } from '../../src/schemas/mde/relations.js';
import { aidesExport, type Aide } from '../../src/schemas/ml/aides.js';
import { situationsExport, type Situation } from '../../src/schemas/ml/situations.js';
import { resolveConfig } from '../../src/config/load.js';
import type { BusinessCreation } from '../../src/schemas/content.js';
import { columnsOf } from './ml.js';
import type { Rows } from '../../src/dataset/rows.js';
import { rowsOf } from './rows.js';

/** Hand-written Maison de l'Emploi data for unit tests: only what a test states differs from the defaults. */
let line = 1;

export const hours = (fields: Partial<ClauseHours>): ClauseHours => ({
  operation: 'OP1',
  operation_territoire: true,
  identifiant_personne: 'P1',
  commune_personne: { raw: 'Lambersart', insee: '59328' },
  entreprise: 'E1',
  date: '2023-03-01',
  heures: 10,
  line: ++line,
  ...fields,
});

export const manifestation = (fields: Partial<Manifestation>): Manifestation => ({
  date: '2023-03-23',
  nom: 'Salon',
  type: 'Salon',
  lieu: undefined,
  edition: undefined,
  exposants: undefined,
  exposants_territoire: undefined,
  visiteurs: undefined,
  participants: undefined,
  participants_territoire: undefined,
  entretiens: undefined,
  demonstrations: undefined,
  line: ++line,
  ...fields,
});

export const action = (fields: Partial<EmployerAction>): EmployerAction => ({
  date: '2023-03-01',
  employeur: 'E1',
  action: 'Sensibilisation',
  detail: undefined,
  line: ++line,
  ...fields,
});

export const offer = (fields: Partial<JobOffer>): JobOffer => ({
  date: '2023-03-01',
  intitule: undefined,
  commune: { raw: 'Lambersart', insee: '59328' },
  type_contrat: 'CDI',
  line: ++line,
  ...fields,
});

export const use = (fields: Partial<CyberbaseRow>): CyberbaseRow => ({
  date: '2023-03-01',
  site: 'Lambersart',
  identifiant_usager: 'U1',
  sexe: 'F',
  public: 'Jeune',
  type: 'Utilisation',
  line: ++line,
  ...fields,
});

/** What a test gives: the exports as plain arrays (absent: undefined), the declared business creation. */
export interface MdeRows {
  events?: Manifestation[];
  businessCreation?: BusinessCreation;
  employerActions?: EmployerAction[];
  offers?: JobOffer[];
  clauses?: ClauseHours[];
  cyberbase?: CyberbaseRow[];
  situations?: Situation[];
  aids?: Aide[];
}

/** One year of MDE data as the loader gives it: each export's rows know their file and year. */
export function mdeYear(year: number, data: MdeRows): OfferYear<MdeData> {
  const optional = <T>(file: string, rows: T[] | undefined) => (rows === undefined ? undefined : rowsOf(file, rows, year));
  return {
    year,
    events: rowsOf('contenu/manifestations.csv', data.events ?? [], year),
    businessCreation: data.businessCreation,
    employerActions: optional('relations-employeurs.csv', data.employerActions),
    offers: optional('offres.csv', data.offers),
    clauses: optional('clauses.csv', data.clauses),
    cyberbase: optional('cyberbase.csv', data.cyberbase),
    // The shared files' rows as the Mission Locale's read hands them over: some rows of a table that
    // holds the Mission Locale's too (here one beside each), so that the sections count from a subset.
    situations: sharedRows(columnsOf(situationsExport(), withMissionLocaleRows(data.situations ?? []), year)),
    aids: sharedRows(columnsOf(aidesExport(resolveConfig()), withMissionLocaleRows(data.aids ?? []), year)),
  };
}

/** Each row followed by a Mission Locale row like it (another line), which the Maison de l'Emploi must not count. */
function withMissionLocaleRows<T extends { line: number; programme: string }>(rows: readonly T[]): T[] {
  return rows.flatMap((row) => [row, { ...row, programme: 'ML', line: row.line + 100_000 }]);
}

/** The Maison de l'Emploi's rows of a shared table, by the programme column as the loader splits it. */
const sharedRows = <T extends { line: number; programme: string }>(rows: Rows<T>): Rows<T> => rows.where('programme', (value) => value === 'MDE');
