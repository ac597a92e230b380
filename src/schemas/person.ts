import type { Config } from '../config/schema.js';
import { communeResolver, type CommuneCell } from '../config/territory.js';
import { cell, code, date, yesNo } from './fields.js';
import { intern } from './text-pool.js';

export const SEXES = ['F', 'H'] as const;
export type Sex = (typeof SEXES)[number];

/** The national qualification levels (2019 nomenclature); `Infra 3` and `3` are "≤ CAP" (below Bac). */
export const QUALIFICATION_LEVELS = ['Infra 3', '3', '4', '5', '6', '7', '8'] as const;
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

const LEVEL_SPELLINGS: Record<string, QualificationLevel> = {
  'Niveau infra 3': 'Infra 3',
  'Sans diplôme': 'Infra 3',
  VI: 'Infra 3',
  Vbis: 'Infra 3',
  'V bis': 'Infra 3',
  'Niveau 3': '3',
  CAP: '3',
  BEP: '3',
  V: '3',
  'Niveau 4': '4',
  Bac: '4',
  IV: '4',
  'Niveau 5': '5',
  III: '5',
  'Niveau 6': '6',
  II: '6',
  'Niveau 7': '7',
  I: '7',
  'Niveau 8': '8',
};

/** A commune cell: as written, and the territory's commune it names (undefined outside the territory). */
export function communeCell(territory: Config['territory']) {
  const resolve = communeResolver(territory);
  // A few spellings fill millions of rows: each is one shared value (rows are never mutated).
  const known = new Map<string, CommuneCell>();
  return cell((raw): CommuneCell => {
    let found = known.get(raw);
    if (found === undefined) {
      found = { raw: intern(raw), insee: resolve(raw)?.insee };
      if (known.size < 10_000) known.set(found.raw, found);
    }
    return found;
  });
}

export const isBelowBac = (level: QualificationLevel): boolean => level === 'Infra 3' || level === '3';

/** The columns every people export shares (PLIE participants, Mission Locale jeunes). */
export function personColumns(config: Config) {
  return {
    sexe: {
      schema: code(SEXES, { Femme: 'F', Mme: 'F', Homme: 'H', M: 'H', Mr: 'H', 'M.': 'H' }),
      aliases: ['genre', 'civilite'],
      required: true,
    },
    date_naissance: { schema: date(), aliases: ['date_de_naissance', 'ne_le', 'naissance'], required: true },
    commune: {
      schema: communeCell(config.territory),
      aliases: ['commune_residence', 'commune_domicile', 'ville', 'code_insee'],
    },
    qpv: { schema: yesNo(), aliases: ['residant_qpv', 'resident_qpv', 'quartier_prioritaire'] },
    niveau_qualification: {
      schema: code(QUALIFICATION_LEVELS, LEVEL_SPELLINGS),
      aliases: ['niveau', 'niveau_de_formation', 'niveau_etudes', 'niveau_scolaire'],
      required: true,
    },
  };
}
