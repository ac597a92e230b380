import { basename, join, resolve } from 'node:path';
import type { DataIssue } from '../errors.js';
import { frenchNumber } from '../text/french-numbers.js';
import type { IsoDate } from '../schemas/dates.js';
import { EXPORTS } from '../schemas/all-exports.js';
import { OFFER_IDS } from './offer-files.js';
import { Rows } from './rows.js';
import type { YearData } from './year-data.js';
import { exportPlaces, nameInFolder, type ExportPlace } from './year-exports.js';
import { counted } from '../text/plural.js';

const dates = (n: number) => counted(n, 'date');

const FIX = 'vérifiez l’année demandée et --data';

/**
 * Whether a folder says it holds another year, by its name (`2023/`) or a year declared in
 * source.json: then the report would print another year's figures under this year's title.
 */
export function declaredYearMismatch(folder: string, year: number, declared: number | undefined): DataIssue[] {
  const named = basename(resolve(folder));
  if (/^\d{4}$/.test(named) && named !== String(year)) {
    return [{ severity: 'error', file: folder, message: `le dossier s’appelle ${named} mais le rapport porte sur ${year} : ${FIX}` }];
  }
  if (declared !== undefined && declared !== year) {
    return [
      {
        severity: 'error',
        file: `${folder}/source.json`,
        message: `year : le dossier déclare les données de ${declared} mais le rapport porte sur ${year} : ${FIX}`,
      },
    ];
  }
  return [];
}

/**
 * Whether a folder's dates say it holds another year: none falls in the year while some fall
 * elsewhere, or more fall after the year than in it (a year's exports hold people who entered
 * earlier, never more of the next year than of their own). No date at all is only a warning.
 */
export function datedYearMismatch(folder: string, year: number, activity: Map<number, number>): DataIssue[] {
  const total = [...activity.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return [{ severity: 'warning', file: folder, message: `aucune entrée, sortie, étape ni contact daté : est-ce le bon dossier ?` }];
  const inYear = activity.get(year) ?? 0;
  const later = [...activity].filter(([y]) => y > year);
  const laterCount = later.reduce((sum, [, n]) => sum + n, 0);
  const busiest = (among: [number, number][]) => among.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (inYear === 0) {
    const [other, count] = busiest([...activity]);
    return [
      {
        severity: 'error',
        file: folder,
        message: `aucune entrée, sortie, étape ni contact daté de ${year} : les exports portent sur ${other} (${dates(count)}) ; ${FIX}`,
      },
    ];
  }
  if (laterCount > inYear) {
    const [other, count] = busiest(later);
    return [
      {
        severity: 'error',
        file: folder,
        message:
          `plus de dates après ${year} (${dates(laterCount)}, dont ${frenchNumber(count)} en ` +
          `${other}) qu’en ${year} (${dates(inYear)}) : les exports portent sur ${other} ; ${FIX}`,
      },
    ];
  }
  return [];
}

/**
 * The logs of what happens in a year (contacts, proposals, aids, clause hours, cyber-base uses,
 * employer actions, offers, events: the exports declared with a `log` column). Unlike the people
 * and parcours files, each holds the year's own rows: last year's file put in its place would
 * leave its pages at zero.
 */
const LOGS = new Set(EXPORTS.filter((definition) => definition.log !== undefined).map(nameInFolder));

/** The columns that date an offer's rows of an export: its log's date, and its other dates of activity. */
const datesOf = ({ definition, offer }: ExportPlace): string[] => [
  ...(definition.log === undefined ? [] : [definition.log]),
  ...(definition.dated?.[offer] ?? []),
];

/**
 * The order the files are counted in, which only decides between two years of as many dates: each
 * offer's logs, then its declared logs (contenu/), then its other dated files (people, parcours).
 */
const rank = ({ definition }: ExportPlace) => (definition.log === undefined ? 2 : definition.folder === undefined ? 0 : 1);

/** Each file's dates of activity (entries, exits, steps, contacts, logs…), counted by year: the columns the exports declare (`log`, `dated`). */
export function datesByFile(data: Pick<YearData, 'plie' | 'ml' | 'mde'>): Map<string, Map<number, number>> {
  const byFile = new Map<string, Map<number, number>>();
  const add = (file: string, date: IsoDate | undefined, times = 1) => {
    if (date === undefined) return;
    let counts = byFile.get(file);
    if (counts === undefined) byFile.set(file, (counts = new Map()));
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + times);
  };
  for (const place of OFFER_IDS.flatMap((offer) => exportPlaces(data, [offer]).sort((a, b) => rank(a) - rank(b)))) {
    const { name, rows } = place;
    const columns = datesOf(place);
    if (rows === undefined || columns.length === 0) continue;
    // Millions of rows: counted by distinct date (a dictionary of a few hundred), never row by row.
    if (rows instanceof Rows) {
      for (const column of columns) for (const [date, times] of rows.countBy(column as never)) add(name, date as IsoDate | undefined, times);
    } else for (const row of rows) for (const column of columns) add(name, (row as Record<string, unknown>)[column] as IsoDate | undefined);
  }
  return byFile;
}

/** The folder's dates of activity by year, all files together. */
export function activityByYear(byFile: Map<string, Map<number, number>>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const perYear of byFile.values()) for (const [year, n] of perYear) counts.set(year, (counts.get(year) ?? 0) + n);
  return counts;
}

/** A log none of whose dates falls in the year, while it has some: another year's file, named, with the year it holds. */
export function staleLogs(folder: string, year: number, byFile: Map<string, Map<number, number>>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [file, counts] of byFile) {
    if (!LOGS.has(file) || (counts.get(year) ?? 0) > 0 || counts.size === 0) continue;
    const [other, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    issues.push({
      severity: 'error',
      file: join(folder, file),
      message: `aucune ligne datée de ${year} : ce fichier porte sur ${other} (${dates(count)}) ; remplacez-le par l’export de ${year}`,
    });
  }
  return issues;
}
