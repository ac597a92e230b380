import { frenchNumber } from '../text/french-numbers.js';
import { daysBetween, frenchDate } from './dates.js';
import { defineExport, exportColumns, type Located, type RowOf } from './export.js';
import { code, date, identifier, optionalCode, optionalEndDate, optionalNumber, optionalText } from './fields.js';
import { counted } from '../text/plural.js';

export const STEP_KINDS = ['Emploi', 'Formation', "Emploi d'insertion (IAE)", 'Prestation'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_RESULTS = ['Validé', 'Non validé', 'Abandon'] as const;

const columns = {
  // A steps export may also carry the step's own « Identifiant »: the column's own name, folded
  // (« Identifiant participant »), outranks this alias (see mapHeaders), so the step's is left unread.
  identifiant_participant: {
    schema: identifier(),
    aliases: ['id_participant', 'numero_participant', 'n_participant', 'numero_dossier', 'n_dossier', 'identifiant'],
    required: true,
  },
  type_etape: {
    schema: code(STEP_KINDS, { IAE: "Emploi d'insertion (IAE)", "Emploi d'insertion": "Emploi d'insertion (IAE)" }),
    aliases: ['type', 'type_d_etape', 'nature'],
    required: true,
  },
  sous_type: { schema: optionalText(), aliases: ['sous_type_etape', 'detail'] },
  date_debut: { schema: date(), aliases: ['date_de_debut', 'debut', 'date_debut_etape'], required: true, happened: true },
  date_fin: { schema: optionalEndDate(), aliases: ['date_de_fin', 'fin', 'date_fin_etape', 'date_fin_prevue'], headerRequired: true },
  secteur: { schema: optionalText(), aliases: ['secteur_activite'] },
  organisme: { schema: optionalText(), aliases: ['structure', 'employeur', 'prestataire'] },
  action: { schema: optionalText(), aliases: ['action_collective', 'intitule_action'] },
  convention: { schema: optionalText(), aliases: ['numero_convention', 'convention_plie'] },
  heures: { schema: optionalNumber({ min: 0 }), aliases: ['nombre_heures', 'duree_heures', 'duree'] },
  resultat: {
    schema: optionalCode(STEP_RESULTS, { Obtenu: 'Validé', Validée: 'Validé', 'Non obtenu': 'Non validé', 'Non validée': 'Non validé' }),
    aliases: ['resultat_formation', 'issue'],
  },
};

/** The PLIE parcours steps export (`etapes.csv`). */
export const stepsExport = defineExport(
  { file: 'etapes.csv', offers: { plie: 'steps' }, required: true, dated: { plie: ['date_debut', 'date_fin'] } },
  stepChecks,
);

function stepChecks() {
  return exportColumns(columns, [
    {
      needs: ['date_debut', 'date_fin'],
      check: (s) =>
        s.date_fin !== undefined && s.date_fin < s.date_debut ? { column: 'date_fin', message: 'la fin de l’étape précède son début' } : undefined,
    },
    {
      needs: ['heures', 'date_debut', 'date_fin'],
      check: (s) => {
        if (s.heures === undefined || s.date_fin === undefined || s.date_fin < s.date_debut) return undefined;
        const days = daysBetween(s.date_debut, s.date_fin) + 1;
        return s.heures > 24 * days
          ? {
              column: 'heures',
              message:
                `${frenchNumber(s.heures, 3)} heures en ${counted(days, 'jour')} (du ` +
                `${frenchDate(s.date_debut)} au ${frenchDate(s.date_fin)}) : plus de 24 heures par jour`,
            }
          : undefined;
      },
    },
  ]);
}

export type Step = Located<RowOf<typeof columns>>;
