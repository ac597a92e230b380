import type { Config } from '../../config/schema.js';
import { ageAt } from '../dates.js';
import { defineExport, type Located, type RowOf } from '../export.js';
import { date, identifier, yesNo } from '../fields.js';
import { personColumns } from '../person.js';

/**
 * The ages a first reception at a Mission Locale can happen at: 16 to 25 by law, a little less for
 * a minor met early, a little more for a disabled young person; beyond, a year was mistyped.
 */
export const ML_AGES = { min: 14, max: 30 } as const;

function columns(config: Config) {
  return {
    identifiant: { schema: identifier(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'id'], required: true },
    ...personColumns(config),
    date_premier_accueil: { schema: date(), aliases: ['premier_accueil', 'date_1er_accueil', 'date_inscription'], required: true, happened: true },
    rqth: { schema: yesNo(), aliases: ['travailleur_handicape', 'boeth'] },
  };
}

/** The Mission Locale's young people (`jeunes.csv`). */
export function jeunesExport(config: Config) {
  return defineExport('jeunes.csv', columns(config), [
    {
      needs: ['date_naissance', 'date_premier_accueil'],
      check: (j) => {
        if (j.date_naissance >= j.date_premier_accueil) return { column: 'date_naissance', message: 'date de naissance postérieure au premier accueil' };
        const age = ageAt(j.date_naissance, j.date_premier_accueil);
        return age < ML_AGES.min || age > ML_AGES.max
          ? { column: 'date_naissance', message: `jeune de ${age} ans au premier accueil (${ML_AGES.min} à ${ML_AGES.max} ans possibles) : date de naissance ou de premier accueil erronée ?` }
          : undefined;
      },
    },
  ], 'identifiant');
}

export type Jeune = Located<RowOf<ReturnType<typeof columns>>>;
