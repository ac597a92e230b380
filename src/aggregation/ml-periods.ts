import type { MlYear } from '../dataset/load.js';
import type { Situation, SituationType } from '../schemas/ml/situations.js';
import type { Rows, TableRow } from '../dataset/rows.js';
import { rankByCount } from './breakdowns.js';
import { part, type Part } from '../measure/section.js';
import { ageAt, inYear, yearBounds, yearEnd, type IsoDate } from '../schemas/dates.js';
import type { Jeune } from '../schemas/ml/jeunes.js';
import type { About } from '../measure/indicator.js';
import type { Measure } from '../measure/measure.js';

/** Started on or before 31/12/Y and not ended before 01/01/Y: a span over two years counts in both. */
export function isActive(start: IsoDate, end: IsoDate | undefined, year: number): boolean {
  const [first, last] = yearBounds(year);
  return start <= last && (end === undefined || end >= first);
}

export { inYear };

/** Age of a young person in full years at 31/12 of the year. */
export const ageAtYearEnd = (j: Jeune, year: number): number => ageAt(j.date_naissance, yearEnd(year));

/**
 * The rows active in the year (`isActive`), tested column by column: each distinct start and end
 * date once rather than each row.
 */
export function activeIn<T extends TableRow, S extends keyof T & string, E extends keyof T & string>(rows: Rows<T>, start: S, end: E, year: number): Rows<T> {
  const [first, last] = yearBounds(year);
  return rows.where(start, (d) => (d as IsoDate) <= last).where(end, (d) => d === undefined || (d as IsoDate) >= first);
}

/** The year's situations of a type that are active in it. */
export const activeSituations = (data: MlYear, type: SituationType): Rows<Situation> =>
  activeIn(
    data.situations.where('type', (t) => t === type),
    'date_debut',
    'date_fin',
    data.year,
  );

/** The most frequent sector of some situations and its share of all of them (ex æquo: alphabetical). */
export function topSector(rows: Rows<Situation>): ({ label: string } & Part) | undefined {
  const counts = [...rows.countBy('secteur')].filter((entry): entry is [string, number] => entry[0] !== undefined);
  const [top] = rankByCount(counts.map(([label, count]) => ({ label, count })));
  return top && { label: top.label, ...part(top.count, rows.length) };
}

/**
 * Declares `topSector(rows)`: the sector as a one-cell breakdown (its rows), and its share of all
 * the rows. Without a top sector (no row names one) the breakdown is empty and the share null.
 */
export function measureTopSector(m: Measure, about: { sector: About; share: About }, rows: Rows<Situation>): ({ label: string } & Part) | undefined {
  const top = topSector(rows);
  const inTop = rows.where('secteur', (sector) => top !== undefined && sector === top.label);
  m.countBy(about.sector, inTop, (r) => r.secteur!);
  const share = m.rate(about.share, inTop, top === undefined ? inTop : rows);
  return top && { label: top.label, count: top.count, share };
}
