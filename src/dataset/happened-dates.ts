import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import { allExports } from '../schemas/all-exports.js';
import { frenchDate, type IsoDate } from '../schemas/dates.js';
import type { YearData } from './load.js';
import { Rows } from './table.js';

/**
 * A year's exports are taken at its end or a few months later: an entry, a contact or a decision
 * dated after 31 December of the following year cannot have happened yet (a typo: 2030 for 2023).
 */
export const latestHappened = (year: number): IsoDate => `${year + 1}-12-31`;

type Dated = { line: number } & object;

/** A columnar export, seen only for its dates and lines. */
const columnar = <T extends Dated>(rows: Rows<T> | undefined) => rows as unknown as Rows<Dated> | undefined;

/**
 * Reports every date of a thing that has happened (the columns marked `happened` in the export
 * definitions) that lies after `latestHappened(year)`. A columnar export is looked at through its
 * distinct dates (a few thousand for millions of rows); only the rows of a wrong one are visited.
 */
export function checkHappenedDates(data: YearData, folder: string, config: Config): DataIssue[] {
  const latest = latestHappened(data.year);
  const columnsOf = new Map(allExports(config).map((d) => [d.file, d.happened as readonly string[]]));
  const sources: [file: string, path: string, rows: readonly Dated[] | Rows<Dated> | undefined][] = [
    ['participants.csv', 'participants.csv', data.plie?.participants],
    ['etapes.csv', 'etapes.csv', data.plie?.steps],
    ['jeunes.csv', 'jeunes.csv', data.ml?.jeunes],
    ['evenements.csv', 'evenements.csv', columnar(data.ml?.evenements)],
    ['propositions.csv', 'propositions.csv', columnar(data.ml?.propositions)],
    ['situations.csv', 'situations.csv', columnar(data.ml?.situations)],
    ['situations.csv', 'situations.csv', data.mde?.situations],
    ['dispositifs.csv', 'dispositifs.csv', columnar(data.ml?.dispositifs)],
    ['aides.csv', 'aides.csv', columnar(data.ml?.aides)],
    ['aides.csv', 'aides.csv', data.mde?.aids],
    ['manifestations.csv', join('contenu', 'manifestations.csv'), data.mde?.events],
    ['clauses.csv', 'clauses.csv', data.mde?.clauses],
    ['cyberbase.csv', 'cyberbase.csv', data.mde?.cyberbase],
    ['relations-employeurs.csv', 'relations-employeurs.csv', data.mde?.employerActions],
    ['offres.csv', 'offres.csv', data.mde?.offers],
  ];
  const issues: DataIssue[] = [];
  for (const [file, path, rows] of sources) {
    if (rows === undefined) continue;
    for (const column of columnsOf.get(file) ?? []) {
      const dateOf = (row: Dated) => (row as Record<string, unknown>)[column] as IsoDate | undefined;
      const tooLate = (row: Dated) => (dateOf(row) ?? '') > latest;
      const wrong = rows instanceof Rows ? ((rows.distinctValues(column as never) as (IsoDate | undefined)[]).some((d) => (d ?? '') > latest) ? rows.filter(tooLate) : []) : rows.filter(tooLate);
      for (const row of wrong) {
        issues.push({
          severity: 'error',
          file: join(folder, path),
          line: row.line,
          column,
          message: `« ${frenchDate(dateOf(row)!)} » : date impossible dans les données de ${data.year} (au plus tard le ${frenchDate(latest)} : date mal saisie ?)`,
        });
      }
    }
  }
  return issues;
}
