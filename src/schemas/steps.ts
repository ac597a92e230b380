import type { z } from 'zod';
import { defineExport, type Located } from './export.js';
import { code, date, optionalCode, optionalDate, optionalNumber, optionalText, text } from './fields.js';

export const STEP_KINDS = ['Emploi', 'Formation', "Emploi d'insertion (IAE)", 'Prestation'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_RESULTS = ['Validé', 'Non validé', 'Abandon'] as const;

/** The PLIE parcours steps export (`etapes.csv`). */
export function stepsExport() {
  return defineExport(
    'etapes.csv',
    {
      identifiant_participant: { schema: text(), aliases: ['identifiant', 'id_participant'], required: true },
      type_etape: {
        schema: code(STEP_KINDS, { IAE: "Emploi d'insertion (IAE)", "Emploi d'insertion": "Emploi d'insertion (IAE)" }),
        aliases: ['type', 'type_d_etape', 'nature'],
        required: true,
      },
      sous_type: { schema: optionalText(), aliases: ['sous_type_etape', 'detail'] },
      date_debut: { schema: date(), aliases: ['date_de_debut', 'debut'], required: true },
      date_fin: { schema: optionalDate(), aliases: ['date_de_fin', 'fin'] },
      secteur: { schema: optionalText(), aliases: ['secteur_activite'] },
      organisme: { schema: optionalText(), aliases: ['structure', 'employeur', 'prestataire'] },
      action: { schema: optionalText(), aliases: ['action_collective', 'intitule_action'] },
      convention: { schema: optionalText(), aliases: ['numero_convention', 'convention_plie'] },
      heures: { schema: optionalNumber({ min: 0 }), aliases: ['nombre_heures', 'duree_heures'] },
      resultat: {
        schema: optionalCode(STEP_RESULTS, { Obtenu: 'Validé', Validée: 'Validé', 'Non obtenu': 'Non validé', 'Non validée': 'Non validé' }),
        aliases: ['resultat_formation', 'issue'],
      },
    },
    (row) =>
      row.superRefine((s, ctx) => {
        if (s.date_fin !== undefined && s.date_fin < s.date_debut) {
          ctx.addIssue({ code: 'custom', path: ['date_fin'], message: 'la fin de l’étape précède son début' });
        }
      }),
  );
}

export type Step = Located<z.output<ReturnType<typeof stepsExport>['schema']>>;
