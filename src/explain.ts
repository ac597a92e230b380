import { join } from 'node:path';
import { loadConfig } from './config/load.js';
import { loadDataset } from './dataset/load.js';
import { ErrorCode, ReportError } from './errors.js';
import { spreadsheetCsv, type Cell } from './output/csv.js';
import { formatDecimal, formatNumber, formatPercent } from './render/format.js';
import { groupBy } from './sections/breakdowns.js';
import { isRateKey } from './sections/section.js';
import { computeReport, type IndicatorsJson } from './report.js';
import { recompute, recordingTrace, sourcePath, tally, type Evidence, type EvidencePart, type TracedRow } from './sections/trace.js';

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

/** The keys closest to a mistyped one: same prefix first, then those containing its last word. */
function suggestions(key: string, keys: readonly string[]): string[] {
  const started = keys.filter((k) => k.startsWith(key));
  if (started.length > 0) return started.slice(0, 12);
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = `${parts.slice(0, n).join('.')}.`;
    const found = keys.filter((k) => k.startsWith(prefix));
    if (found.length > 0) return found.slice(0, 12);
  }
  const word = parts.at(-1)!.toLowerCase();
  return keys.filter((k) => k.toLowerCase().includes(word)).slice(0, 12);
}

/** Builds the year's figures with a recording trace and returns one figure's rows. */
export async function explainIndicator({ year, key, dataDir, configPath }: ExplainOptions): Promise<Explanation> {
  const config = await loadConfig(configPath);
  const dataset = await loadDataset({ year, dataDir: dataDir ?? join('data', String(year)), config });
  const { trace, evidence } = recordingTrace();
  const { indicators } = computeReport(dataset, config, trace);
  const indicator = indicators[key];
  if (indicator === undefined) {
    const near = suggestions(key, Object.keys(indicators));
    throw new ReportError(
      ErrorCode.UNKNOWN_INDICATOR,
      `indicateur inconnu : « ${key} »${near.length > 0 ? `. Clés proches :\n  ${near.join('\n  ')}` : ''}\n(toutes les clés : indicators-${year}.json ou docs/indicators.md)`,
    );
  }
  return { key, year, indicator, evidence: evidence.get(key) };
}

/** The pseudonymous identifier a row carries, or the event it describes; never a person's name (the exports have none). */
const ID_COLUMNS = ['identifiant', 'identifiant_participant', 'identifiant_jeune', 'identifiant_personne', 'identifiant_beneficiaire', 'operation', 'nom'] as const;

export function rowIdentifier(row: TracedRow): string {
  const record = row as unknown as Record<string, unknown>;
  for (const column of ID_COLUMNS) {
    const value = record[column];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

const ROLE_NAMES = { numerator: 'numérateur', denominator: 'dénominateur' } as const;

function valueText(key: string, value: IndicatorsJson[string]['value']): string {
  if (value === null) return '–';
  if (typeof value === 'number') return isRateKey(key) ? formatPercent(value) : Number.isInteger(value) ? formatNumber(value) : formatDecimal(value);
  return Object.entries(value)
    .map(([cell, v]) => `${cell} : ${v === null || typeof v === 'number' ? valueText(key, v) : `{ ${valueText(key, v)} }`}`)
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
  const lines = [`${key} — ${indicator.label}`, `Définition : ${indicator.definition}`, `Valeur : ${valueText(key, indicator.value)}`];
  if (indicator.sources.length > 0) lines.push(`Fichiers : ${indicator.sources.join(', ')}`);
  if (evidence === undefined || evidence.declaredIn !== undefined) {
    lines.push('', `Chiffre déclaré (${evidence?.declaredIn ?? 'contenu/indicateurs.json'}), pas compté à partir de lignes.`);
    return `${lines.join('\n')}\n`;
  }
  for (const block of blocks(evidence)) {
    const rows = block.parts.flatMap((part) => part.rows.map((row) => ({ part, row })));
    const counted = tally(block.parts);
    const size = counted === rows.length ? `${formatNumber(rows.length)} ligne${rows.length > 1 ? 's' : ''}` : `${formatNumber(counted)} personnes distinctes, ${formatNumber(rows.length)} lignes`;
    const figure = evidence.kind === 'sum' || evidence.kind === 'mean' ? ` ; ${evidence.kind === 'sum' ? 'total' : 'moyenne'} ${formatDecimal(recompute(evidence.kind, block.parts))}` : '';
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
