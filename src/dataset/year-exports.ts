import { join } from 'node:path';
import { EXPORTS } from '../schemas/all-exports.js';
import type { ExportFactory, OfferId } from '../schemas/export.js';
import type { Rows } from './rows.js';
import type { TableRow } from './table.js';
import type { YearData } from './year-data.js';

/** One offer's rows of an export in a year's data (an export of several offers has one per offer). */
export interface ExportPlace {
  definition: ExportFactory<never>;
  offer: OfferId;
  /** Its name in the year folder, under contenu/ for declared content (`contenu/manifestations.csv`). */
  name: string;
  /** In columns (`Rows`) or as objects; undefined when the offer or the export is absent. */
  rows: readonly TableRow[] | Rows<TableRow> | undefined;
}

/** An export's name in the year folder. */
export const nameInFolder = (definition: ExportFactory<never>) =>
  definition.folder === undefined ? definition.file : join(definition.folder, definition.file);

/** Each export's rows in a year's data, found by the field its declaration names (`offers: { mde: 'cyberbase' }`), in the order of `EXPORTS`. */
export function exportPlaces(data: Pick<YearData, 'plie' | 'ml' | 'mde'>, offers?: readonly OfferId[]): ExportPlace[] {
  return EXPORTS.flatMap((definition) =>
    (Object.entries(definition.offers) as [OfferId, string][])
      .filter(([offer]) => offers === undefined || offers.includes(offer))
      .map(([offer, field]): ExportPlace => {
        const rows = (data[offer] as Record<string, ExportPlace['rows']> | undefined)?.[field];
        return { definition, offer, name: nameInFolder(definition), rows };
      }),
  );
}
