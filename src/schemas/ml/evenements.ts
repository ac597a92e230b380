import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalText } from '../fields.js';

export const EVENT_TYPES = ['Entretien individuel', 'Atelier', 'Information collective', 'Forum', 'Téléphone', 'E-mail', 'SMS', 'Courrier', 'Visite'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const columns = {
  identifiant_jeune: { schema: identifier(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'identifiant'], required: true },
  date: { schema: date(), aliases: ['date_evenement', 'date_contact'], required: true, happened: true },
  type: {
    schema: code(EVENT_TYPES, { Entretien: 'Entretien individuel', 'Atelier collectif': 'Atelier', Mail: 'E-mail', Email: 'E-mail', Appel: 'Téléphone' }),
    aliases: ['type_evenement', 'type_contact', 'nature'],
    required: true,
  },
  theme: { schema: optionalText(), aliases: ['thematique'] },
  atelier: { schema: optionalText(), aliases: ['session', 'id_atelier'] },
  intervenant: { schema: optionalText(), aliases: ['partenaire'] },
};

/** Contacts with the young people (`evenements.csv`). */
export const evenementsExport = defineExport({ file: 'evenements.csv', offers: { ml: 'evenements' }, required: true, table: true, log: 'date' }, () =>
  exportColumns(columns),
);

export type Evenement = Located<RowOf<typeof columns>>;
