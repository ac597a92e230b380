import type { DataIssue } from '../errors.js';
import { loadContent } from './content.js';
import { checkFiles, isPresent } from './expected-files.js';
import { checkHappenedDates } from './happened-dates.js';
import { enabledOffers, exportNames } from './offer-files.js';
import { loadMdeExports, loadMl, loadPlie, mdeData } from './offers.js';
import type { ExportCache } from '../read/read-export.js';
import type { Reading, ReadingConfig } from './reading.js';
import { readSource } from './source.js';
import type { YearData } from './year-data.js';
import { activityByYear, datedYearMismatch, datesByFile, declaredYearMismatch, staleLogs } from './year-check.js';
import { YearFolder } from './year-folder.js';

/** How one year folder is read. */
export interface YearOptions {
  /** Keeps validated exports between builds (the preview). */
  cache?: ExportCache;
  /** The folder as already listed (by `checkDataFolder`): it is not listed again. */
  folder?: YearFolder;
  /**
   * Reads the year's declared content (contenu/), whose texts are named after these sections.
   * Left out for a previous year: nothing of its declared content is printed or compared.
   */
  content?: { sectionIds: readonly string[] };
}

/** Reads and validates one year folder: each offer switched on whose files are there. `empty`: no export at all. */
export async function loadYear(
  dataDir: string,
  year: number,
  config: ReadingConfig,
  { cache, folder: listed, content: declaredContent }: YearOptions = {},
): Promise<{ data: YearData; issues: DataIssue[]; notices: string[]; empty?: true }> {
  const folder = listed ?? (await YearFolder.list(dataDir));
  const offers = enabledOffers(config);
  const source = await readSource(folder);
  const issues = [...source.issues];
  const notices: string[] = [];
  const nothing = { data: { year, source: source.source }, issues, notices };
  if (!exportNames(offers).some((file) => folder.has(file))) {
    issues.push({ severity: 'error', file: dataDir, message: 'aucun export trouvé (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale)' });
    return { ...nothing, empty: true };
  }
  // A folder of another year is refused before it is read: its figures would be printed under this year's title.
  const named = declaredYearMismatch(dataDir, year, source.source.year);
  if (named.length > 0) return { ...nothing, issues: [...issues, ...named] };
  const files = checkFiles(folder, offers);
  issues.push(...files.issues);
  notices.push(...files.notices);
  const reading: Reading = { folder, year, config, offers, cache };
  const hasPlie = files.complete.has('plie');
  const hasMl = files.complete.has('ml');
  const hasMdeOn = offers.includes('mde');
  const [plie, ml, content, mdeExports] = await Promise.all([
    hasPlie ? loadPlie(reading) : undefined,
    hasMl ? loadMl(reading) : undefined,
    declaredContent === undefined ? { data: undefined, issues: [] } : loadContent(dataDir, config, declaredContent.sectionIds),
    hasMdeOn ? loadMdeExports(reading, !offers.includes('ml') || !isPresent(folder, 'ml')) : undefined,
  ]);
  const declared = content.data;
  const mde = mdeExports === undefined ? undefined : mdeData(year, mdeExports, ml?.forOthers.mde, declared, config);
  const data: YearData = {
    year,
    source: source.source,
    ...(plie && { plie: plie.data }),
    ...(ml && { ml: ml.data }),
    ...(mde && { mde }),
    ...(declared && { contenu: declared }),
  };
  issues.push(...(plie?.issues ?? []), ...(ml?.issues ?? []), ...content.issues, ...(mdeExports?.issues ?? []), ...checkHappenedDates(data, folder, config));
  const dates = datesByFile(data);
  if (!issues.some((i) => i.severity === 'error')) issues.push(...datedYearMismatch(dataDir, year, activityByYear(dates)));
  if (!issues.some((i) => i.severity === 'error')) issues.push(...staleLogs(dataDir, year, dates));
  return { data, issues, notices };
}

/** Errors, and the warnings on the rows they reject: a warning on a rejected row explains its errors (« 5 cellules au lieu de 15 »), it is listed with them. */
export function blocking(issues: readonly DataIssue[]): DataIssue[] {
  const errorLines = new Set(issues.filter((i) => i.severity === 'error' && i.line !== undefined).map((i) => `${i.file}:${i.line}`));
  return issues.filter((i) => i.severity === 'error' || (i.line !== undefined && errorLines.has(`${i.file}:${i.line}`)));
}
