import { z } from 'zod';
import type { Config } from '../config/schema.js';
import { communeResolver } from '../territory.js';
import { normalizeKey } from '../text.js';
import { defineExport, type Located, type RowOf } from './export.js';
import { code, date, optionalCode, optionalDate, optionalText, text, yesNo } from './fields.js';

export const SEXES = ['F', 'H'] as const;
export type Sex = (typeof SEXES)[number];

/** The national qualification levels (2019 nomenclature); `Infra 3` and `3` are "≤ CAP". */
export const QUALIFICATION_LEVELS = ['Infra 3', '3', '4', '5', '6', '7', '8'] as const;
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

const LEVEL_SPELLINGS: Record<string, QualificationLevel> = {
  'Niveau infra 3': 'Infra 3', 'Sans diplôme': 'Infra 3', VI: 'Infra 3', Vbis: 'Infra 3', 'V bis': 'Infra 3',
  'Niveau 3': '3', CAP: '3', BEP: '3', V: '3',
  'Niveau 4': '4', Bac: '4', IV: '4',
  'Niveau 5': '5', III: '5',
  'Niveau 6': '6', II: '6',
  'Niveau 7': '7', I: '7',
  'Niveau 8': '8',
};

/** Free text, except that a configured reason (any case or accent) takes its configured spelling. */
const exitReason = (reasons: readonly string[]) => {
  const lookup = new Map(reasons.map((r) => [normalizeKey(r), r]));
  return z.string().transform((v) => (v === '' ? undefined : (lookup.get(normalizeKey(v)) ?? v)));
};

function columns(config: Config) {
  const resolve = communeResolver(config.territory);
  return {
    identifiant: { schema: text(), aliases: ['id_participant', 'numero_participant', 'id'], required: true },
    sexe: {
      schema: code(SEXES, { Femme: 'F', Mme: 'F', Homme: 'H', M: 'H', Mr: 'H', 'M.': 'H' }),
      aliases: ['genre', 'civilite'],
      required: true,
    },
    date_naissance: { schema: date(), aliases: ['date_de_naissance', 'ne_le'], required: true },
    commune: {
      schema: z.string().transform((raw) => ({ raw, insee: resolve(raw)?.insee })),
      aliases: ['commune_residence', 'ville', 'code_insee'],
    },
    qpv: { schema: yesNo(), aliases: ['residant_qpv', 'quartier_prioritaire'] },
    date_entree: { schema: date(), aliases: ['date_d_entree', 'date_entree_plie', 'entree'], required: true },
    date_sortie: { schema: optionalDate(), aliases: ['date_de_sortie', 'sortie'] },
    categorie_sortie: { schema: optionalCode(config.plie.exitCategories), aliases: ['type_sortie', 'categorie_de_sortie'] },
    motif_sortie: { schema: exitReason(config.plie.legitimateExitReasons), aliases: ['motif_de_sortie', 'detail_sortie'] },
    secteur_sortie: { schema: optionalText(), aliases: ['secteur_emploi_sortie', 'secteur_activite_sortie'] },
    niveau_qualification: {
      schema: code(QUALIFICATION_LEVELS, LEVEL_SPELLINGS),
      aliases: ['niveau', 'niveau_de_formation'],
      required: true,
    },
    rsa: { schema: yesNo(), aliases: ['allocataire_rsa', 'beneficiaire_rsa'] },
    deld: { schema: yesNo(), aliases: ['deld_detld', 'detld'] },
    th: { schema: yesNo(), aliases: ['rqth', 'boeth', 'travailleur_handicape'] },
    structure_referente: { schema: optionalText(), aliases: ['operateur', 'structure'] },
  };
}

/** The PLIE participants export (`participants.csv`), its columns documented in docs/data-format.md. */
export function participantsExport(config: Config) {
  const { legitimateExitCategory, legitimateExitReasons } = config.plie;
  return defineExport('participants.csv', columns(config), [
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
      check: (p) => (p.date_naissance >= p.date_entree ? { column: 'date_naissance', message: 'date de naissance postérieure à l’entrée' } : undefined),
    },
  ]);
}

export type Participant = Located<RowOf<ReturnType<typeof columns>>>;
