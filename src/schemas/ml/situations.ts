import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalEndDate, optionalText, yesNo } from '../fields.js';

export const PROGRAMMES = ['ML', 'PLIE', 'MDE'] as const;
export const SITUATION_TYPES = ['Emploi', 'Alternance', 'Formation', 'Immersion (PMSMP)', 'Service civique', 'Mobilité internationale'] as const;
export type SituationType = (typeof SITUATION_TYPES)[number];

const columns = {
  programme: { schema: code(PROGRAMMES, { 'Mission Locale': 'ML', "Maison de l'Emploi": 'MDE' }), aliases: ['offre'], required: true },
  identifiant_personne: {
    schema: identifier(),
    aliases: ['identifiant_jeune', 'id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'identifiant'],
    required: true,
  },
  type: {
    schema: code(SITUATION_TYPES, { PMSMP: 'Immersion (PMSMP)', Immersion: 'Immersion (PMSMP)' }),
    aliases: ['type_situation', 'nature'],
    required: true,
  },
  sous_type: { schema: optionalText(), aliases: ['detail', 'contrat'] },
  date_debut: { schema: date(), aliases: ['debut'], required: true, happened: true },
  date_fin: { schema: optionalEndDate(), aliases: ['fin'], headerRequired: true },
  secteur: { schema: optionalText(), aliases: ['famille_metiers', 'secteur_activite'], offer: 'ml' as const },
  agrement_ml: { schema: yesNo(), aliases: ['agrement'], offer: 'ml' as const },
  financeur: { schema: optionalText(), aliases: ['financement'], offer: 'ml' as const },
};

/** Contracts, trainings, immersions and missions of any offer (`situations.csv`). */
// Only the Maison de l'Emploi's rows count among the dates that tell the folder's year.
const facts = { file: 'situations.csv', offers: { ml: 'situations', mde: 'situations' }, table: true, dated: { mde: ['date_debut'] } } as const;

export const situationsExport = defineExport(facts, () =>
  exportColumns(columns, [
    {
      needs: ['date_debut', 'date_fin'],
      check: (s) =>
        s.date_fin !== undefined && s.date_fin < s.date_debut ? { column: 'date_fin', message: 'la situation se termine avant de commencer' } : undefined,
    },
  ]),
);

export type Situation = Located<RowOf<typeof columns>>;
