import type { MlData, MlYear, OfferDataset } from '../../src/dataset/load.js';
import { aidesExport, type Aide } from '../../src/schemas/ml/aides.js';
import { resolveConfig } from '../../src/config/load.js';
import { dispositifsExport, type Dispositif } from '../../src/schemas/ml/dispositifs.js';
import { evenementsExport, type Evenement } from '../../src/schemas/ml/evenements.js';
import type { Rows } from '../../src/dataset/rows.js';
import { Table } from '../../src/dataset/table.js';
import { rowsOf } from './rows.js';
import type { ExportDefinition } from '../../src/schemas/export.js';
import type { Jeune } from '../../src/schemas/ml/jeunes.js';
import { propositionsExport, type Proposition } from '../../src/schemas/ml/propositions.js';
import { situationsExport, type Situation } from '../../src/schemas/ml/situations.js';

/** Hand-written Mission Locale data for unit tests: only what a test states differs from the defaults. */
let line = 1;
const next = () => ++line;

export function jeune(fields: Partial<Omit<Jeune, 'commune'>> & { commune?: string } = {}): Jeune {
  const { commune = '59328', ...rest } = fields;
  const n = next();
  return {
    identifiant: `J${n}`,
    sexe: 'F',
    date_naissance: '2003-06-01',
    commune: { raw: commune, insee: /^\d{5}$/.test(commune) ? commune : undefined },
    qpv: false,
    niveau_qualification: '4',
    date_premier_accueil: '2022-01-10',
    rqth: false,
    zrr: undefined,
    line: n,
    ...rest,
  };
}

export const event = (j: Jeune, fields: Partial<Evenement> = {}): Evenement => ({
  identifiant_jeune: j.identifiant,
  date: '2023-03-01',
  type: 'Entretien individuel',
  theme: undefined,
  atelier: undefined,
  intervenant: undefined,
  line: next(),
  ...fields,
});

export const proposal = (j: Jeune, fields: Partial<Proposition> = {}): Proposition => ({
  identifiant_jeune: j.identifiant,
  date: '2023-03-01',
  theme: 'Emploi',
  detail: undefined,
  line: next(),
  ...fields,
});

export const situation = (j: Jeune, fields: Partial<Situation> = {}): Situation => ({
  programme: 'ML',
  identifiant_personne: j.identifiant,
  type: 'Emploi',
  sous_type: 'CDD',
  date_debut: '2023-03-01',
  date_fin: undefined,
  secteur: undefined,
  agrement_ml: false,
  financeur: undefined,
  line: next(),
  ...fields,
});

export const scheme = (j: Jeune, fields: Partial<Dispositif> = {}): Dispositif => ({
  identifiant_jeune: j.identifiant,
  dispositif: 'CEJ',
  date_entree: '2023-02-01',
  date_sortie: undefined,
  situation_31_12: undefined,
  line: next(),
  ...fields,
});

export const aid = (j: Jeune, fields: Partial<Aide> = {}): Aide => ({
  programme: 'ML',
  identifiant_beneficiaire: j.identifiant,
  fonds: 'FAJ',
  date: '2023-04-01',
  montant: 100,
  decision: undefined,
  nature: undefined,
  commune: { raw: '', insee: undefined },
  qpv: false,
  deplacement: undefined,
  line: next(),
  ...fields,
});

/** Hand-written Mission Locale data: the columnar exports given as plain arrays. */
export type MlRows = {
  jeunes: Jeune[];
  evenements: Evenement[];
  propositions: Proposition[];
  aides: Aide[];
  situations: Situation[];
  dispositifs: Dispositif[];
};

export function columnsOf<T extends { line: number }>(
  definition: Pick<ExportDefinition<unknown>, 'parsers' | 'file'>,
  rows: readonly T[],
  year = 2023,
): Rows<T> {
  const table = Table.of(Object.keys(definition.parsers) as (keyof T & string)[], rows);
  table.source = { file: definition.file, year };
  return table.all();
}

/** Mission Locale data as the loader gives it, from plain arrays. */
export const mlData = ({ jeunes, evenements, propositions, aides, situations, dispositifs }: MlRows, year = 2023): MlData => ({
  jeunes: rowsOf('jeunes.csv', jeunes, year),
  situations: columnsOf(situationsExport(), situations, year),
  dispositifs: columnsOf(dispositifsExport(), dispositifs, year),
  aides: columnsOf(aidesExport(resolveConfig()), aides, year),
  evenements: columnsOf(evenementsExport(), evenements, year),
  propositions: columnsOf(propositionsExport(), propositions, year),
});

export const mlYear = (year: number, data: Partial<MlRows>): MlYear => ({
  year,
  ...mlData({ jeunes: [], evenements: [], propositions: [], situations: [], dispositifs: [], aides: [], ...data }, year),
});

export const mlDataset = (current: MlYear, history: MlYear[] = []): OfferDataset<MlData> => ({ year: current.year, current, history });
