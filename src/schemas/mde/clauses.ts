import type { Config } from '../../config/schema.js';
import { communeCell } from '../person.js';
import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { dateOrMonth, identifier, optionalNumber, text, yesNo } from '../fields.js';

function columns(config: Config) {
  return {
    operation: { schema: text(), aliases: ['id_operation', 'marche'], required: true },
    operation_territoire: { schema: yesNo(), aliases: ['operation_mno'], required: true },
    identifiant_personne: { schema: identifier(), aliases: ['id_personne', 'identifiant'], required: true },
    commune_personne: { schema: communeCell(config.territory), aliases: ['commune'] },
    entreprise: { schema: text(), aliases: ['attributaire', 'employeur'], required: true },
    date: { schema: dateOrMonth(), aliases: ['periode', 'mois'], required: true, happened: true },
    heures: { schema: optionalNumber({ min: 0 }), aliases: ['nombre_heures'], required: true },
  };
}

/** Hours worked under the social clause of public procurement (`clauses.csv`). */
export const clausesExport = defineExport({ file: 'clauses.csv', offers: { mde: 'clauses' }, log: 'date' }, (config: Config) =>
  exportColumns(columns(config), [
    { needs: ['heures'], check: (c) => (c.heures === undefined ? { column: 'heures', message: 'valeur obligatoire manquante' } : undefined) },
  ]),
);

export type ClauseHours = Located<RowOf<ReturnType<typeof columns>>>;
