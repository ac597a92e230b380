import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalText } from '../fields.js';
import { SEXES } from '../person.js';

export const PUBLICS = ['Adulte', 'Jeune'] as const;
export const USE_TYPES = ['Utilisation', 'Rendez-vous individuel'] as const;

const columns = {
  date: { schema: date(), aliases: ['date_utilisation'], required: true, happened: true },
  site: { schema: optionalText(), aliases: ['lieu'] },
  identifiant_usager: { schema: identifier(), aliases: ['usager', 'identifiant'], required: true },
  sexe: { schema: code(SEXES, { Femme: 'F', Homme: 'H' }), aliases: ['genre'], required: true },
  public: { schema: code(PUBLICS, { Adultes: 'Adulte', Jeunes: 'Jeune', 'Moins de 26 ans': 'Jeune' }), aliases: ['profil'], required: true },
  type: { schema: code(USE_TYPES, { RDV: 'Rendez-vous individuel', 'Rendez-vous': 'Rendez-vous individuel' }), aliases: ['nature'], required: true },
};

/** The Cyber-base Emploi usage log (`cyberbase.csv`). */
export const cyberbaseExport = defineExport({ file: 'cyberbase.csv', offers: { mde: 'cyberbase' }, log: 'date' }, () => exportColumns(columns));

export type CyberbaseRow = Located<RowOf<typeof columns>>;
