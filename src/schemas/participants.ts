import type { Config } from '../config/schema.js';
import { normalizeKey } from '../text/fold.js';
import { ageAt } from './dates.js';
import { defineExport, exportColumns, type Located, type RowOf } from './export.js';
import { cell, date, identifier, optionalCode, optionalEndDate, optionalText, yesNo } from './fields.js';
import { personColumns } from './person.js';

export { QUALIFICATION_LEVELS, SEXES, type QualificationLevel, type Sex } from './person.js';

/** Free text, except that a configured reason (any case or accent) takes its configured spelling. */
const exitReason = (reasons: readonly string[]) => {
  const lookup = new Map(reasons.map((r) => [normalizeKey(r), r]));
  return cell((v) => (v === '' ? undefined : (lookup.get(normalizeKey(v)) ?? v)));
};

function columns(config: Config) {
  const { niveau_qualification, ...person } = personColumns(config);
  return {
    identifiant: {
      schema: identifier(),
      aliases: ['id_participant', 'numero_participant', 'n_participant', 'numero_dossier', 'n_dossier', 'id'],
      required: true,
    },
    ...person,
    date_entree: { schema: date(), aliases: ['date_d_entree', 'date_entree_plie', 'date_integration', 'entree'], required: true, happened: true },
    date_sortie: {
      schema: optionalEndDate(),
      aliases: ['date_de_sortie', 'sortie', 'date_sortie_plie', 'date_fin_parcours'],
      headerRequired: true,
      happened: true,
    },
    categorie_sortie: {
      schema: optionalCode(config.plie.exitCategories),
      aliases: ['type_sortie', 'categorie_de_sortie', 'nature_sortie'],
      headerRequired: true,
    },
    motif_sortie: { schema: exitReason(config.plie.legitimateExitReasons), aliases: ['motif_de_sortie', 'detail_sortie'] },
    secteur_sortie: { schema: optionalText(), aliases: ['secteur_emploi_sortie', 'secteur_activite_sortie'] },
    niveau_qualification,
    rsa: { schema: yesNo(), aliases: ['allocataire_rsa', 'beneficiaire_rsa'] },
    deld: { schema: yesNo(), aliases: ['deld_detld', 'detld'] },
    th: { schema: yesNo(), aliases: ['rqth', 'boeth', 'travailleur_handicape'] },
    structure_referente: { schema: optionalText(), aliases: ['operateur', 'structure'] },
  };
}

/** The PLIE participants export (`participants.csv`), its columns documented in docs/data-format.md. */
export const participantsExport = defineExport(
  { file: 'participants.csv', offers: { plie: 'participants' }, required: true, people: true, dated: { plie: ['date_entree', 'date_sortie'] } },
  participantChecks,
);

function participantChecks(config: Config) {
  const { legitimateExitCategory, legitimateExitReasons, entryAges } = config.plie;
  return exportColumns(
    columns(config),
    [
      {
        needs: ['date_entree', 'date_sortie'],
        check: (p) =>
          p.date_sortie !== undefined && p.date_sortie < p.date_entree
            ? { column: 'date_sortie', message: 'la sortie précède l’entrée dans le PLIE' }
            : undefined,
      },
      {
        needs: ['date_sortie', 'categorie_sortie'],
        check: (p) =>
          p.date_sortie !== undefined && p.categorie_sortie === undefined
            ? { column: 'categorie_sortie', message: 'participant sorti sans catégorie de sortie' }
            : p.date_sortie === undefined && p.categorie_sortie !== undefined
              ? { column: 'date_sortie', message: 'catégorie de sortie renseignée sans date de sortie' }
              : undefined,
      },
      {
        needs: ['categorie_sortie', 'motif_sortie'],
        check: (p) =>
          p.categorie_sortie === legitimateExitCategory && !legitimateExitReasons.includes(p.motif_sortie ?? '')
            ? { column: 'motif_sortie', message: `sortie légitime : motif « ${p.motif_sortie ?? ''} » non reconnu (${legitimateExitReasons.join(', ')})` }
            : undefined,
      },
      {
        needs: ['date_naissance', 'date_entree'],
        check: (p) => {
          if (p.date_naissance >= p.date_entree) return { column: 'date_naissance', message: 'date de naissance postérieure à l’entrée' };
          const age = ageAt(p.date_naissance, p.date_entree);
          return age < entryAges.min || age > entryAges.max
            ? {
                column: 'date_naissance',
                message:
                  `participant de ${age} ans à l’entrée dans le PLIE (${entryAges.min} à ${entryAges.max} ans ` +
                  `possibles : réglage plie.entryAges de la configuration) : date de naissance ou d’entrée erronée ?`,
              }
            : undefined;
        },
      },
    ],
    'identifiant',
  );
}

export type Participant = Located<RowOf<ReturnType<typeof columns>>>;
