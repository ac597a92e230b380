import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import { allExports } from '../schemas/all-exports.js';
import { frenchDate, type IsoDate } from '../schemas/dates.js';
import type { YearData } from './year-data.js';
import type { YearFolder } from './year-folder.js';
import { Rows } from './rows.js';
import { exportPlaces, type ExportPlace } from './year-exports.js';

/**
 * A year's exports are taken at its end or a few months later: an entry, a contact or a decision
 * dated after 31 December of the following year cannot have happened yet (a typo: 2030 for 2023).
 */
export const latestHappened = (year: number): IsoDate => `${year + 1}-12-31`;

type Dated = { line: number } & object;

/**
 * Reports every date of a thing that has happened (the columns marked `happened` in the export
 * definitions) that lies after `latestHappened(year)`. A columnar export is looked at through its
 * distinct dates (a few thousand for millions of rows); only the rows of a wrong one are visited.
 */
export function checkHappenedDates(data: YearData, folder: YearFolder, config: Config): DataIssue[] {
  const latest = latestHappened(data.year);
  const columnsOf = new Map(allExports(config).map((d) => [d.file, d.happened as readonly string[]]));
  // Each export under the name it was found by (`Participants.CSV`): the user fixes that file.
  // Declared content is read under its exact name only (contenu/).
  const pathOf = ({ definition, name }: ExportPlace) =>
    definition.folder === undefined ? (folder.find(name)?.path ?? join(folder.folder, name)) : join(folder.folder, name);
  const issues: DataIssue[] = [];
  for (const place of exportPlaces(data)) {
    const { rows } = place;
    if (rows === undefined) continue;
    const path = pathOf(place);
    for (const column of columnsOf.get(place.definition.file) ?? []) {
      const dateOf = (row: Dated) => (row as Record<string, unknown>)[column] as IsoDate | undefined;
      const tooLate = (row: Dated) => (dateOf(row) ?? '') > latest;
      const wrong =
        rows instanceof Rows
          ? (rows.distinctValues(column as never) as (IsoDate | undefined)[]).some((d) => (d ?? '') > latest)
            ? rows.filter(tooLate)
            : []
          : rows.filter(tooLate);
      for (const row of wrong) {
        issues.push({
          severity: 'error',
          file: path,
          line: row.line,
          column,
          message:
            `« ${frenchDate(dateOf(row)!)} » : date impossible dans les données de ` +
            `${data.year} (au plus tard le ${frenchDate(latest)} : date mal saisie ?)`,
        });
      }
    }
  }
  return issues;
}
