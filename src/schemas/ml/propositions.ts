import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalText } from '../fields.js';

export const PROPOSAL_THEMES = [
  'Emploi',
  'Formation',
  'Projet professionnel',
  'Santé',
  'Logement',
  'Citoyenneté',
  'Loisirs, sport, culture',
  'Mobilité',
  'Mobilité internationale',
  'Accès aux droits',
] as const;

const columns = {
  identifiant_jeune: { schema: identifier(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'identifiant'], required: true },
  date: { schema: date(), aliases: ['date_proposition'], required: true, happened: true },
  theme: { schema: code(PROPOSAL_THEMES, { 'Loisirs/Sport/Culture': 'Loisirs, sport, culture' }), aliases: ['thematique'], required: true },
  detail: { schema: optionalText(), aliases: ['libelle'] },
};

/** Proposals made to the young people (`propositions.csv`). */
export const propositionsExport = defineExport({ file: 'propositions.csv', offers: { ml: 'propositions' }, table: true, log: 'date' }, () =>
  exportColumns(columns),
);

export type Proposition = Located<RowOf<typeof columns>>;
