import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { loadDataset } from '../dataset/load.js';
import { ErrorCode, ReportError } from '../errors.js';
import { spreadsheetCsv, type Cell } from '../output/csv.js';
import { sectionIds } from '../sections/index.js';
import { computeReport } from '../report.js';
import { nearestKeys, searchKeys, type KeyLabel } from './keys.js';
import type { Evidence } from '../measure/evidence.js';
import { partsInValueOrder, ROLE_NAMES, rowIdentifier, where, type Explanation } from './format.js';

export { formatExplanation, rowIdentifier, type Explanation } from './format.js';

export interface ExplainOptions {
  year: number;
  key: string;
  dataDir?: string;
  configPath?: string;
}

/** What `explain` found: the figure asked for, or the figures whose label holds the words typed. */
export type ExplainOutcome = { kind: 'explanation'; explanation: Explanation } | { kind: 'matches'; words: string; matches: KeyLabel[] };

/**
 * Builds the year's figures with the rows of each (their evidence). A key gives its figure; words without a dot
 * (`sorties`), or `list`, give the figures whose label holds them; anything else is an unknown
 * key, said with the nearest keys.
 */
export async function explainOrSearch({ year, key, dataDir, configPath, list = false }: ExplainOptions & { list?: boolean }): Promise<ExplainOutcome> {
  const config = await loadConfig(configPath, sectionIds);
  const dataset = await loadDataset({ year, dataDir: dataDir ?? join('data', String(year)), config, sectionIds });
  const evidence = new Map<string, Evidence>();
  // The rows of the figure asked for only (a list or words ask for none).
  const { indicators } = computeReport(dataset, config, evidence, { explained: key });
  // Own keys only: `__proto__`, `constructor` or `toString` are not figures.
  if (!list && Object.hasOwn(indicators, key)) {
    return { kind: 'explanation', explanation: { key, year, indicator: indicators[key]!, evidence: evidence.get(key) } };
  }
  const entries = Object.entries(indicators).map(([k, indicator]) => ({ key: k, label: indicator.label }));
  if (list || !key.includes('.')) {
    const matches = searchKeys(key, entries);
    if (matches.length > 0 || (list && key === '')) return { kind: 'matches', words: key, matches };
  }
  const near = nearestKeys(key, entries);
  throw new ReportError(
    ErrorCode.UNKNOWN_INDICATOR,
    `indicateur inconnu : « ${key} »${near.length > 0 ? `. Clés proches :\n  ${near.join('\n  ')}` : ''}\n(toutes ` +
      `les clés et leur libellé : alpes-report explain ${year} --list)`,
  );
}

/** Every row behind the figure, for a spreadsheet: one line per row with its group, role, file and line, groups in the value's order. */
export function explanationCsv(explanation: Explanation): string {
  const { key, year } = explanation;
  const rows: Cell[][] = [];
  for (const part of partsInValueOrder(explanation)) {
    for (const row of part.rows) {
      rows.push([key, part.group, part.role && ROLE_NAMES[part.role], where(part, year), row.line, rowIdentifier(row), part.amountOf?.(row)]);
    }
  }
  return spreadsheetCsv(['clé', 'groupe', 'rôle', 'fichier', 'ligne', 'identifiant', 'valeur'], rows);
}
