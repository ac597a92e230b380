import type { Config } from '../config/schema.js';
import { ErrorCode, formatIssues, ReportError, type DataIssue } from '../errors.js';
import { clearInterned } from '../schemas/text-pool.js';
import { checkDataFolder } from './data-folder.js';
import { absentOffers } from './expected-files.js';
import { loadHistory } from './history.js';
import { enabledOffers } from './offer-files.js';
import type { ExportCache } from '../read/read-export.js';
import type { ReadingConfig } from './reading.js';
import { blocking, loadYear } from './year.js';
import type { Dataset } from './year-data.js';
import { counted } from '../text/plural.js';

// The dataset's API: what the report, the preview and the sections import from here.
export type { Dataset, MdeData, MlData, MlYear, OfferData, OfferDataset, OfferYear, PlieData, PlieYear, YearData } from './year-data.js';
export { previousFolder } from './history.js';
export { loadYear } from './year.js';

export interface LoadOptions {
  year: number;
  dataDir: string;
  config: Config;
  /** The report's section ids: declared texts (contenu/textes/<section>.md) are checked against them. */
  sectionIds: readonly string[];
  /** How many previous years feed the evolutions (2: "55 % en 2022 / 49 % en 2021"). */
  historyYears?: number;
  /** Keeps validated exports between builds (the preview); files are re-read only when they change. */
  cache?: ExportCache;
  /** Ctrl-C: reading stops between two chunks of a file. */
  signal?: AbortSignal;
}

/**
 * Loads the year and its history; throws a DATA_INVALID ReportError listing every error of the
 * year's folder, before any previous year is read (at a national volume, each is minutes of
 * reading). Previous years never block the report (see `loadHistory`).
 */
export async function loadDataset({ year, dataDir, config: settings, sectionIds, historyYears = 2, cache, signal }: LoadOptions): Promise<Dataset> {
  // The readers take their settings and the signal in one object.
  const config: ReadingConfig = signal === undefined ? settings : { ...settings, signal };
  const folder = await checkDataFolder(dataDir, year, enabledOffers(settings));
  clearInterned();
  try {
    const current = await loadYear(dataDir, year, config, { cache, folder, content: { sectionIds } });
    const errors = blocking(current.issues);
    if (errors.length > 0) {
      throw new ReportError(ErrorCode.DATA_INVALID, `${counted(errors.length, 'erreur')} dans les données`, { issues: errors });
    }
    const past = await loadHistory(dataDir, year, historyYears, config, cache);
    return {
      year,
      current: current.data,
      history: past.history,
      warnings: current.issues.filter((i) => i.severity === 'warning'),
      historyWarnings: past.issues.filter((i) => i.severity === 'warning'),
      // A previous year's notices (its residents outside the territory…) bear on nothing printed this year.
      notices: [
        ...current.notices,
        // The same fact on several lines is said once, with its lines (as the warnings are).
        ...groupedIssues(current.issues.filter((i) => i.severity === 'notice')),
        ...absentOffers(dataDir, current.data, enabledOffers(settings)),
        ...past.notices,
      ],
    };
  } finally {
    // Every value is shared by now (or the read failed): the lookup that shared them can go.
    clearInterned();
  }
}

/** One line per problem, its lines gathered (`participants.csv:2, 10, 11… (40 lignes): …`). */
const groupedIssues = (issues: readonly DataIssue[]): string[] => (issues.length === 0 ? [] : formatIssues(issues, Infinity).split('\n'));
