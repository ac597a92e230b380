import { groupBy } from '../aggregation/breakdowns.js';
import { declaredIn } from '../dataset/content-names.js';
import { cellName, isRateKey, sourcePath, unitOf, type CellUnits, type IndicatorValue, type Unit } from '../measure/indicator.js';
import { kindOf, recompute, tally, type Evidence, type EvidencePart, type MeasureKind, type TracedRow } from '../measure/evidence.js';
import { formatDecimal, formatNumber, formatPercent } from '../render/format.js';
import { frenchNumber } from '../text/french-numbers.js';
import { plural } from '../text/plural.js';
import type { IndicatorsJson } from '../report.js';

/** Where the analyst declares figures of their own. */
const DECLARED_INDICATORS = declaredIn('indicators');

export const ROLE_NAMES = { numerator: 'numérateur', denominator: 'dénominateur' } as const;

/** A figure and the rows behind it. */
export interface Explanation {
  key: string;
  year: number;
  indicator: IndicatorsJson[string];
  /** Undefined for a figure declared in contenu/indicateurs.json. */
  evidence: Evidence | undefined;
}

/** The pseudonymous identifier a row carries, or the event it describes; never a person's name (the exports have none). */
const ID_COLUMNS = [
  'identifiant',
  'identifiant_participant',
  'identifiant_jeune',
  'identifiant_personne',
  'identifiant_beneficiaire',
  'identifiant_usager',
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

/** One cell of a figure: `''` for a plain figure, `Santé`, `2022 / Lompret` (the path its evidence group names). */
interface Cell {
  path: string;
  value: number | null;
  unit: Unit | undefined;
}

/** The unit of a cell: its own, else that of an outer cell (`2022 / amount` → amount); a figure without one, declared, by its key. */
function cellUnit(key: string, unit: Unit | CellUnits | undefined, names: readonly string[]): Unit | undefined {
  if (unit === undefined) return isRateKey(key) ? 'rate' : undefined;
  if (typeof unit === 'string') return unit;
  for (const name of [...names].reverse()) {
    const own = unitOf(unit, name);
    if (own !== undefined) return own;
  }
  return undefined;
}

/** The cells in the order the value gives them (the JSON's, which the report's breakdowns print). */
function cellsOf(key: string, value: IndicatorValue, unit: Unit | CellUnits | undefined, names: string[] = []): Cell[] {
  if (value === null || typeof value === 'number') return [{ path: names.join(' / '), value, unit: cellUnit(key, unit, names) }];
  return Object.entries(value).flatMap(([name, inner]) => cellsOf(key, inner, unit, [...names, name]));
}

const plain = (value: number) => (Number.isInteger(value) ? formatNumber(value) : formatDecimal(value));

/** A number and its unit apart, for a column of numbers: `['34,2', ' mois']`, `['8', ' personnes']`, `['51', ' %']`. */
function numberAndUnit(value: number | null, unit: Unit | undefined): [string, string] {
  if (value === null) return ['–', ''];
  switch (unit) {
    case 'rate': {
      const [, number, sign] = /^(.*?)(\s?%)$/.exec(formatPercent(value)) ?? [];
      return [number ?? formatPercent(value), sign ?? ''];
    }
    case 'people':
      return [plain(value), ` ${plural(value, 'personne')}`];
    case 'hours':
      return [plain(value), ' h'];
    case 'euros':
      // To the cent, as the export writes amounts: 301,07 € is no 301,1 €.
      return [Number.isInteger(value) ? formatNumber(value) : frenchNumber(value, 2), ' €'];
    case 'months':
      return [plain(value), ' mois'];
    default:
      return [plain(value), ''];
  }
}

/** A number with its unit, as a reader says it: `34,2 mois`, `2 076 074 €`, `8 personnes`, `51 %`. */
export const withUnit = (value: number | null, unit: Unit | undefined): string => numberAndUnit(value, unit).join('');

/** What one side of a rate (or a whole group) amounts to: people or rows counted, hours or euros summed. */
const sideOf = (parts: readonly EvidencePart[], role: EvidencePart['role']) => {
  const own = parts.filter((p) => p.role === role).map((p) => ({ ...p, role: undefined }));
  return recompute(kindOf(own, 'count'), own);
};

/** `= 86 / 168` after a rate, `= 489 / 12` after a count spread over months; '' otherwise. */
function fraction(parts: readonly EvidencePart[] | undefined, evidence: Evidence): string {
  if (parts === undefined) return '';
  if (kindOf(parts, evidence.kind) === 'rate') return ` = ${formatDecimal(sideOf(parts, 'numerator'))} / ${formatDecimal(sideOf(parts, 'denominator'))}`;
  if (evidence.divideBy !== undefined) return ` = ${formatDecimal(tally(parts))} / ${evidence.divideBy}`;
  return '';
}

/** How the rows of some parts make their figure: `8 lignes`, `935 personnes distinctes sur 5 203 lignes`, `moyenne de 86 lignes`. */
function rowsMake(parts: readonly EvidencePart[], kind: MeasureKind, unit: Unit | undefined): string {
  const rows = parts.reduce((n, p) => n + p.rows.length, 0);
  const lines = rows === 0 ? 'aucune ligne' : `${formatNumber(rows)} ${plural(rows, 'ligne')}`;
  if (rows <= 1) return lines;
  if (kind === 'sum') return `somme de ${lines}`;
  if (kind === 'mean') return `moyenne de ${lines}`;
  const counted = tally(parts);
  if (counted === rows) return lines;
  const distinct =
    unit === 'people' ? `${plural(counted, 'personne')} ${plural(counted, 'distincte')}` : `${plural(counted, 'valeur')} ${plural(counted, 'distincte')}`;
  return `${formatNumber(counted)} ${distinct} sur ${lines}`;
}

/** Names, numbers and what follows them in columns, the numbers' right edges aligned. */
function table(rows: readonly (readonly [string, string, string])[], indent: string): string[] {
  const name = Math.min(48, Math.max(0, ...rows.map(([n]) => n.length)));
  const number = Math.max(0, ...rows.map(([, v]) => v.length));
  return rows.map(([n, v, rest]) => `${indent}${n.padEnd(name)}  ${v.padStart(number)}${rest}`.trimEnd());
}

export const where = (part: EvidencePart, year: number) => sourcePath(part.file, part.year ?? year);

/** Each row as `file:line  identifier  amount`, at most `max` of them. */
function rowLines(parts: readonly EvidencePart[], unit: Unit | undefined, year: number, max: number, indent: string): string[] {
  const rows = parts.flatMap((part) => part.rows.map((row) => ({ part, row })));
  const lines = rows
    .slice(0, max)
    .map(({ part, row }) =>
      `${indent}${where(part, year)}:${row.line}  ${rowIdentifier(row)}${part.amountOf ? `  ${withUnit(part.amountOf(row), unit)}` : ''}`.trimEnd(),
    );
  const more = rows.length - max;
  if (more > 0) lines.push(`${indent}… et ${formatNumber(more)} ${plural(more, 'autre')} (--csv pour la liste complète)`);
  return lines;
}

const capitalized = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** A rate's numerator then its denominator: each side's figure, how its rows make it, and its rows. */
function sides(parts: readonly EvidencePart[], year: number, max: number, indent: string): string[] {
  const lines: string[] = [];
  for (const role of ['numerator', 'denominator'] as const) {
    const side = parts.filter((p) => p.role === role).map((p) => ({ ...p, role: undefined }));
    const kind = kindOf(side, 'count');
    const made = rowsMake(side, kind, undefined);
    // A count says itself (`86 lignes`); a sum says its total, then its rows.
    const figure = kind === 'count' && tally(side) > 0 ? made : `${formatDecimal(recompute(kind, side))} (${made})`;
    lines.push(`${indent}${capitalized(ROLE_NAMES[role])} : ${figure}`, ...rowLines(side, undefined, year, max, `${indent}  `));
  }
  return lines;
}

/** What a cell's evidence is: its parts, and for a cell the value has none for (a plain figure's groups), its recomputed value. */
interface Group {
  title: string;
  value: number | null;
  unit: Unit | undefined;
  parts: readonly EvidencePart[];
}

/** A cell's rows under its value and how they make it; a rate's under its numerator and its denominator. */
function block({ title, value, unit, parts }: Group, evidence: Evidence, year: number, max: number): string[] {
  const kind = kindOf(parts, evidence.kind);
  const figure = `${withUnit(value, unit)}${fraction(parts, evidence)}`;
  if (kind === 'rate') return [`${title} : ${figure}`, ...sides(parts, year, max, '  ')];
  return [`${title} : ${figure} (${rowsMake(parts, kind, unit)})`, ...rowLines(parts, unit, year, max, '  ')];
}

/**
 * The evidence's groups in the order the value lists its cells, then those it has no cell for (a plain
 * figure's rows by fund), each with the figure its rows make, the largest first.
 */
function groupsOf(cells: readonly Cell[], partsOf: ReadonlyMap<string, EvidencePart[]>, evidence: Evidence): Group[] {
  const groups: Group[] = cells.filter((cell) => cell.path !== '').map((cell) => ({ title: cell.path, ...cell, parts: partsOf.get(cell.path) ?? [] }));
  const unit = cells.length === 1 ? cells[0]!.unit : undefined;
  const extra: Group[] = [];
  for (const [group, parts] of partsOf) {
    if (groups.some((g) => g.title === group)) continue;
    extra.push({ title: group || 'Autres lignes', value: recompute(kindOf(parts, evidence.kind), parts, evidence.divideBy), unit, parts });
  }
  return [...groups, ...extra.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.title.localeCompare(b.title, 'fr'))];
}

/** The evidence's parts in the order the terminal prints them, as the CSV writes them. */
export function partsInValueOrder({ key, indicator, evidence }: Explanation): EvidencePart[] {
  if (evidence === undefined) return [];
  const partsOf = new Map(groupBy(evidence.parts, (p) => p.group));
  return groupsOf(cellsOf(key, indicator.value, indicator.unit), partsOf, evidence).flatMap((group) => group.parts);
}

/**
 * The explanation as the terminal prints it: the value with its unit (a breakdown one cell a line), a rate
 * with its numerator and denominator, then the rows of each cell in the same order; each lists at most `max` rows.
 */
export function formatExplanation({ key, year, indicator, evidence }: Explanation, max = 50): string {
  const cells = cellsOf(key, indicator.value, indicator.unit);
  const partsOf = new Map(evidence === undefined ? [] : groupBy(evidence.parts, (p) => p.group));
  const lines = [`${key} — ${indicator.label}`, `Définition : ${indicator.definition}`];
  const counted = evidence !== undefined && evidence.declaredIn === undefined ? evidence : undefined;
  const single = cells.length === 1 && cells[0]!.path === '' ? cells[0]! : undefined;
  // Cells the code names are printed by their declared French names (`amount` → « montant »).
  const shown = (path: string) =>
    path
      .split(' / ')
      .map((name) => cellName(name, indicator.cellLabels))
      .join(' / ');
  if (single === undefined) {
    const rows = cells.map((cell) => [shown(cell.path), ...numberAndUnit(cell.value, cell.unit)] as const);
    lines.push(
      'Valeur :',
      ...table(
        rows.map(([path, n, u], i) => [path, n, `${u}${counted ? fraction(partsOf.get(cells[i]!.path), counted) : ''}`]),
        '  ',
      ),
    );
  } else {
    const all = counted?.parts ?? [];
    const kind = counted && kindOf(all, counted.kind);
    const made = counted && kind !== 'rate' ? ` (${rowsMake(all, kind!, single.unit)})` : '';
    lines.push(`Valeur : ${withUnit(single.value, single.unit)}${counted ? fraction(all, counted) : ''}${made}`);
  }
  if (indicator.sources.length > 0) lines.push(`Fichiers : ${indicator.sources.join(', ')}`);
  if (counted === undefined) {
    lines.push('', `Chiffre déclaré (${evidence?.declaredIn ?? DECLARED_INDICATORS}), pas compté à partir de lignes.`);
    return `${lines.join('\n')}\n`;
  }
  if (single !== undefined && partsOf.size === 1 && partsOf.has('')) {
    // A plain figure: its rows (a rate's by side) right under its value.
    lines.push(
      '',
      ...(kindOf(counted.parts, counted.kind) === 'rate'
        ? sides(counted.parts, year, max, '')
        : ['Lignes :', ...rowLines(counted.parts, single.unit, year, max, '  ')]),
    );
    return `${lines.join('\n')}\n`;
  }
  const groups = groupsOf(cells, partsOf, counted);
  for (const group of groups) lines.push('', ...block({ ...group, title: shown(group.title) }, counted, year, max));
  return `${lines.join('\n')}\n`;
}
