import type { Config } from '../../config/schema.js';
import { communeCell } from '../person.js';
import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, optionalText, text } from '../fields.js';

export const EMPLOYER_ACTIONS = ['Sensibilisation', 'Contrat en alternance', 'PEC', 'CIE', 'Parrainage'] as const;

const relationColumns = {
  date: { schema: date(), aliases: ['date_action'], required: true, happened: true },
  employeur: { schema: text(), aliases: ['entreprise', 'raison_sociale'], required: true },
  action: { schema: code(EMPLOYER_ACTIONS, { Alternance: 'Contrat en alternance', Information: 'Sensibilisation' }), aliases: ['type_action'], required: true },
  detail: { schema: optionalText(), aliases: ['precision', 'parrain'] },
};

/** The MDE's employer-relations log (`relations-employeurs.csv`). */
export const relationsExport = defineExport({ file: 'relations-employeurs.csv', offers: { mde: 'employerActions' }, log: 'date' }, () =>
  exportColumns(relationColumns),
);
export type EmployerAction = Located<RowOf<typeof relationColumns>>;

function offerColumns(config: Config) {
  return {
    date: { schema: date(), aliases: ['date_publication'], required: true, happened: true },
    intitule: { schema: optionalText(), aliases: ['poste', 'metier'] },
    commune: { schema: communeCell(config.territory), aliases: ['lieu_de_travail', 'ville'] },
    type_contrat: { schema: text(), aliases: ['contrat'], required: true },
  };
}

/** The job offers published on the MDE's website (`offres.csv`). */
export const offresExport = defineExport({ file: 'offres.csv', offers: { mde: 'offers' }, log: 'date' }, (config: Config) =>
  exportColumns(offerColumns(config)),
);
export type JobOffer = Located<RowOf<ReturnType<typeof offerColumns>>>;
