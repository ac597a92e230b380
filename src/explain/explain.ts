import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { loadDataset } from '../dataset/load.js';
import { ErrorCode, ReportError } from '../errors.js';
import { spreadsheetCsv, type Cell } from '../output/csv.js';
import { formatDecimal, formatNumber, formatPercent } from '../render/format.js';
import { groupBy } from '../aggregation/breakdowns.js';
import { sectionIds } from '../sections/index.js';
import { isRateKey, sourcePath, unitName, unitOf, type CellUnits, type Unit } from '../measure/indicator.js';
import { computeReport, type IndicatorsJson } from '../report.js';
import { nearestKeys, searchKeys, type KeyLabel } from './keys.js';
import { kindOf, recompute, tally, type Evidence, type EvidencePart, type TracedRow } from '../measure/evidence.js';
import { declaredIn } from '../dataset/content-names.js';

/** Where the analyst declares figures of their own. */
const DECLARED_INDICATORS = declaredIn('indicators');

/** A figure and the rows behind it. */
export interface Explanation {
  key: string;
  year: number;
  indicator: IndicatorsJson[string];
  /** Undefined for a figure declared in contenu/indicateurs.json. */
  evidence: Evidence | undefined;
}

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
  const { indicators } = computeReport(dataset, config, evidence);
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

/** The pseudonymous identifier a row carries, or the event it describes; never a person's name (the exports have none). */
const ID_COLUMNS = [
  'identifiant',
  'identifiant_participant',
  'identifiant_jeune',
  'identifiant_personne',
  'identifiant_beneficiaire',
  'operation',
  'nom',
] as const;

export function rowIdentifier(row: TracedRow): string {
  const record = row as unknown as Record<string, unknown>;
  for (const column of ID_COLUMNS) {
    const value = record[column];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

const ROLE_NAMES = { numerator: 'numérateur', denominator: 'dénominateur' } as const;

/** A rate as a percentage (its unit says so; a figure without one, declared in contenu/, by its key's ending). */
function valueText(key: string, value: IndicatorsJson[string]['value'], unit: Unit | CellUnits | undefined, cell?: string): string {
  if (value === null) return '–';
  const own = unit === undefined ? undefined : unitOf(unit, cell);
  const rate = unit === undefined ? isRateKey(key) : own === 'rate';
  if (typeof value === 'number') return rate ? formatPercent(value) : Number.isInteger(value) ? formatNumber(value) : formatDecimal(value);
  return Object.entries(value)
    .map(([name, v]) => `${name} : ${v === null || typeof v === 'number' ? valueText(key, v, unit, name) : `{ ${valueText(key, v, unit)} }`}`)
    .join(' ; ');
}

interface Block {
  title: string;
  parts: EvidencePart[];
}

/** The evidence in the order an analyst reads it: by breakdown cell (or year), then numerator before denominator. */
function blocks(evidence: Evidence): Block[] {
  const titleOf = (part: EvidencePart) => [part.group, part.role && ROLE_NAMES[part.role]].filter(Boolean).join(' — ') || 'lignes comptées';
  return [...groupBy(evidence.parts, titleOf)].map(([title, parts]) => ({ title, parts }));
}

const where = (part: EvidencePart, year: number) => sourcePath(part.file, part.year ?? year);

/** The explanation as the terminal prints it; each block lists at most `max` rows. */
export function formatExplanation({ key, year, indicator, evidence }: Explanation, max = 50): string {
  const unit = indicator.unit === undefined || indicator.unit === 'rate' ? '' : ` (${unitName(indicator.unit)})`;
  const lines = [`${key} — ${indicator.label}`, `Définition : ${indicator.definition}`, `Valeur : ${valueText(key, indicator.value, indicator.unit)}${unit}`];
  if (indicator.sources.length > 0) lines.push(`Fichiers : ${indicator.sources.join(', ')}`);
  if (evidence === undefined || evidence.declaredIn !== undefined) {
    lines.push('', `Chiffre déclaré (${evidence?.declaredIn ?? DECLARED_INDICATORS}), pas compté à partir de lignes.`);
    return `${lines.join('\n')}\n`;
  }
  for (const block of blocks(evidence)) {
    const rows = block.parts.flatMap((part) => part.rows.map((row) => ({ part, row })));
    const counted = tally(block.parts);
    const size =
      counted === rows.length
        ? `${formatNumber(rows.length)} ligne${rows.length > 1 ? 's' : ''}`
        : `${formatNumber(counted)} personnes distinctes, ${formatNumber(rows.length)} lignes`;
    const kind = kindOf(block.parts, evidence.kind);
    const figure = kind === 'sum' || kind === 'mean' ? ` ; ${kind === 'sum' ? 'total' : 'moyenne'} ${formatDecimal(recompute(kind, block.parts))}` : '';
    const per = evidence.divideBy === undefined ? '' : ` ; ÷ ${evidence.divideBy} = ${formatDecimal(recompute('count', block.parts, evidence.divideBy))}`;
    lines.push('', `${block.title} (${size}${figure}${per})`);
    for (const { part, row } of rows.slice(0, max)) {
      const amount = part.amountOf ? `  ${formatDecimal(part.amountOf(row))}` : '';
      lines.push(`  ${where(part, year)}:${row.line}  ${rowIdentifier(row)}${amount}`);
    }
    if (rows.length > max) lines.push(`  … et ${formatNumber(rows.length - max)} autre${rows.length - max > 1 ? 's' : ''} (--csv pour la liste complète)`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every row behind the figure, for a spreadsheet: one line per row with its group, role, file and line. */
export function explanationCsv({ key, year, evidence }: Explanation): string {
  const rows: Cell[][] = [];
  for (const part of evidence?.parts ?? []) {
    for (const row of part.rows) {
      rows.push([key, part.group, part.role && ROLE_NAMES[part.role], where(part, year), row.line, rowIdentifier(row), part.amountOf?.(row)]);
    }
  }
  return spreadsheetCsv(['clé', 'groupe', 'rôle', 'fichier', 'ligne', 'identifiant', 'valeur'], rows);
}
