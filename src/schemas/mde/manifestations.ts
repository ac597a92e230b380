import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, optionalNumber, optionalText, text } from '../fields.js';

export const EVENT_KINDS = ['Salon', 'Forum', 'Job dating', 'Décroche ton Job', 'Sensibilisation', 'Événement'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const count = () => optionalNumber({ min: 0, integer: true });

const columns = {
  date: { schema: date(), aliases: ['date_evenement'], required: true, happened: true },
  nom: { schema: text(), aliases: ['intitule', 'evenement'], required: true },
  type: {
    schema: code(EVENT_KINDS, { 'Job Dating': 'Job dating', DTJ: 'Décroche ton Job', 'Décroche ton Job ou ta Formation': 'Décroche ton Job' }),
    aliases: ['type_evenement'],
    required: true,
  },
  lieu: { schema: optionalText(), aliases: ['commune', 'adresse'] },
  edition: { schema: count(), aliases: ['numero_edition'] },
  exposants: { schema: count(), aliases: ['nombre_exposants'] },
  exposants_territoire: { schema: count(), aliases: ['exposants_mno'] },
  visiteurs: { schema: count(), aliases: ['nombre_visiteurs'] },
  participants: { schema: count(), aliases: ['nombre_participants'] },
  participants_territoire: { schema: count(), aliases: ['participants_mno'] },
  entretiens: { schema: count(), aliases: ['nombre_entretiens'] },
  demonstrations: { schema: count(), aliases: ['demos'] },
};

/** The job fairs and events of the year, declared one per row (`contenu/manifestations.csv`). */
export const manifestationsExport = defineExport({ file: 'manifestations.csv', folder: 'contenu', offers: { mde: 'events' }, log: 'date' }, () =>
  exportColumns(columns, [
    {
      needs: ['exposants', 'exposants_territoire'],
      check: (m) =>
        (m.exposants_territoire ?? 0) > (m.exposants ?? Infinity)
          ? { column: 'exposants_territoire', message: 'plus d’exposants du territoire que d’exposants' }
          : undefined,
    },
    {
      needs: ['participants', 'participants_territoire'],
      check: (m) =>
        (m.participants_territoire ?? 0) > (m.participants ?? Infinity)
          ? { column: 'participants_territoire', message: 'plus de participants du territoire que de participants' }
          : undefined,
    },
  ]),
);

export type Manifestation = Located<RowOf<typeof columns>>;
