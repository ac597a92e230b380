import type { Config } from '../../config/schema.js';
import { ageAt } from '../dates.js';
import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { cell, cellParserOf, date, identifier, Invalid, yesNo } from '../fields.js';
import { personColumns } from '../person.js';

function columns(config: Config) {
  return {
    identifiant: { schema: identifier(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'id'], required: true },
    ...personColumns(config),
    date_premier_accueil: { schema: date(), aliases: ['premier_accueil', 'date_1er_accueil', 'date_inscription'], required: true, happened: true },
    rqth: { schema: yesNo(), aliases: ['travailleur_handicape', 'boeth'] },
    // Only some exports say it: an empty cell is unknown (not « Non »), and without the column the ZRR share is not declared.
    zrr: { schema: optionalYesNo(), aliases: ['residant_zrr', 'resident_zrr', 'zone_revitalisation_rurale'], mayBeAbsent: true },
  };
}

const parseYesNo = cellParserOf(yesNo()) as (v: string) => boolean | Invalid;
/** Oui/Non as `yesNo`, an empty cell left unknown (undefined). */
const optionalYesNo = () => cell((v): boolean | undefined | Invalid => (v === '' ? undefined : parseYesNo(v)));

/** The Mission Locale's young people (`jeunes.csv`). */
export const jeunesExport = defineExport({ file: 'jeunes.csv', offers: { ml: 'jeunes' }, required: true, people: true }, jeuneChecks);

function jeuneChecks(config: Config) {
  // The ages a first reception can happen at (`ml.firstReceptionAges`); beyond, a year was mistyped.
  const ages = config.ml.firstReceptionAges;
  return exportColumns(
    columns(config),
    [
      {
        needs: ['date_naissance', 'date_premier_accueil'],
        check: (j) => {
          if (j.date_naissance >= j.date_premier_accueil) return { column: 'date_naissance', message: 'date de naissance postérieure au premier accueil' };
          const age = ageAt(j.date_naissance, j.date_premier_accueil);
          return age < ages.min || age > ages.max
            ? {
                column: 'date_naissance',
                message:
                  `jeune de ${age} ans au premier accueil (${ages.min} à ${ages.max} ans possibles : réglage ` +
                  `ml.firstReceptionAges de la configuration) : date de naissance ou de premier accueil erronée ?`,
              }
            : undefined;
        },
      },
    ],
    'identifiant',
  );
}

export type Jeune = Located<RowOf<ReturnType<typeof columns>>>;
