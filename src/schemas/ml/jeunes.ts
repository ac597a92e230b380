import type { Config } from '../../config/schema.js';
import { defineExport, type Located, type RowOf } from '../export.js';
import { date, text, yesNo } from '../fields.js';
import { personColumns } from '../person.js';

function columns(config: Config) {
  return {
    identifiant: { schema: text(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'id'], required: true },
    ...personColumns(config),
    date_premier_accueil: { schema: date(), aliases: ['premier_accueil', 'date_1er_accueil', 'date_inscription'], required: true },
    rqth: { schema: yesNo(), aliases: ['travailleur_handicape', 'boeth'] },
  };
}

/** The Mission Locale's young people (`jeunes.csv`). */
export function jeunesExport(config: Config) {
  return defineExport('jeunes.csv', columns(config), [
    {
      needs: ['date_naissance', 'date_premier_accueil'],
      check: (j) => (j.date_naissance >= j.date_premier_accueil ? { column: 'date_naissance', message: 'date de naissance postérieure au premier accueil' } : undefined),
    },
  ]);
}

export type Jeune = Located<RowOf<ReturnType<typeof columns>>>;
