import { groupBy } from '../aggregation/breakdowns.js';
import type { Rows } from '../dataset/rows.js';
import type { SourceFile } from '../dataset/export-rows.js';

export type { SourceFile };
import { sourcePath } from './indicator.js';
export { sourcePath };

/**
 * Where each figure comes from. A section tells its trace which rows it counted for each
 * indicator key, grouped as the indicator's breakdown groups them; `alpes-report explain` prints
 * them, the methodology appendix names their files, and a test recomputes every figure from them
 * (so a trace cannot drift from the figure it explains).
 */


/** A validated row: the line of its export it came from. */
export interface TracedRow {
  line: number;
}

/** The rows of one file counted for one figure (for a year other than the report's: `year`). */
export interface Source<T extends TracedRow> {
  file: SourceFile;
  /** An array, or some rows of a columnar table (rebuilt as objects only by a recording trace). */
  rows: readonly T[] | Rows<T>;
  year?: number;
}

/**
 * How the rows make the figure, so that the figure can be recomputed from them:
 * `count` rows (or `distinct` identifiers), `sum` or `mean` a value of each row, or a `rate` of
 * numerator over denominator rows.
 */
export type MeasureKind = 'count' | 'sum' | 'mean' | 'rate';

export interface EvidencePart {
  /** The breakdown cell (or the year of a `.history` figure) these rows belong to; '' for a plain figure. */
  group: string;
  /** How these rows make their figure, when a breakdown mixes kinds (counts and sums); else the evidence's. */
  kind?: MeasureKind;
  role: 'numerator' | 'denominator' | undefined;
  file: SourceFile;
  year: number | undefined;
  rows: readonly TracedRow[];
  /** Rows counting once per identifier (people counted from their events). */
  distinctBy: ((row: TracedRow) => string) | undefined;
  /** The value a sum or mean adds up, shown beside each row. */
  amountOf: ((row: TracedRow) => number) | undefined;
}

export interface Evidence {
  kind: MeasureKind;
  parts: EvidencePart[];
  /** A count spread over a period (sessions per month: ÷ 12). */
  divideBy?: number;
  /** For a figure read from a declared file or the configuration rather than counted from rows: where. */
  declaredIn?: string;
}

type GroupOf<T> = string | ((row: T) => string);

export interface CountOptions<T> {
  /** The breakdown cell of each row (a string: every row in one cell, as for a year of `.history`). */
  group?: GroupOf<T>;
  /** Counts identifiers rather than rows. */
  distinctBy?: (row: T) => string;
  /** The figure is the count divided by this (per month: 12). */
  divideBy?: number;
}

export interface Trace {
  count<T extends TracedRow>(key: string, source: Source<T>, options?: CountOptions<T>): void;
  sum<T extends TracedRow>(key: string, source: Source<T>, amountOf: (row: T) => number, options?: { group?: GroupOf<T> }): void;
  mean<T extends TracedRow>(key: string, source: Source<T>, amountOf: (row: T) => number, options?: { group?: string }): void;
  rate<N extends TracedRow, D extends TracedRow>(
    key: string,
    numerator: Source<N>,
    denominator: Source<D>,
    options?: { group?: string; distinctBy?: (row: N | D) => string },
  ): void;
  /** A figure not counted from rows: where it is declared (`contenu/territoire.json`, `configuration`). */
  declared(key: string, where: string): void;
}

/** A trace that keeps nothing: what the report itself computes with. */
export const noTrace: Trace = { count() {}, sum() {}, mean() {}, rate() {}, declared() {} };

function split<T extends TracedRow>(source: readonly T[] | Rows<T>, group: GroupOf<T> | undefined): [string, T[]][] {
  const rows = [...source];
  if (group === undefined || typeof group === 'string') return [[group ?? '', rows]];
  return [...groupBy(rows, group)];
}

/** A trace that records every figure's rows, keyed by indicator key. */
export function recordingTrace(evidence = new Map<string, Evidence>()): { trace: Trace; evidence: Map<string, Evidence> } {
  const entry = (key: string, kind: MeasureKind): Evidence => {
    const found = evidence.get(key);
    if (found && found.kind !== kind) throw new Error(`trace ${key} : mesure ${found.kind} puis ${kind}`);
    const created = found ?? { kind, parts: [] };
    evidence.set(key, created);
    return created;
  };
  const add = <T extends TracedRow>(
    key: string,
    kind: MeasureKind,
    source: Source<T>,
    group: GroupOf<T> | undefined,
    extra: { role?: EvidencePart['role']; distinctBy?: (row: T) => string; amountOf?: (row: T) => number } = {},
  ) => {
    const { parts } = entry(key, kind);
    for (const [label, rows] of split(source.rows, group)) {
      parts.push({
        group: label,
        role: extra.role,
        file: source.file,
        year: source.year,
        rows,
        distinctBy: extra.distinctBy as EvidencePart['distinctBy'],
        amountOf: extra.amountOf as EvidencePart['amountOf'],
      });
    }
  };
  const trace: Trace = {
    count: (key, source, options = {}) => {
      add(key, 'count', source, options.group, { distinctBy: options.distinctBy });
      if (options.divideBy !== undefined) entry(key, 'count').divideBy = options.divideBy;
    },
    sum: (key, source, amountOf, options = {}) => add(key, 'sum', source, options.group, { amountOf }),
    mean: (key, source, amountOf, options = {}) => add(key, 'mean', source, options.group, { amountOf }),
    rate: (key, numerator, denominator, options = {}) => {
      add(key, 'rate', numerator, options.group, { role: 'numerator', distinctBy: options.distinctBy });
      add(key, 'rate', denominator, options.group, { role: 'denominator', distinctBy: options.distinctBy });
    },
    declared: (key, where) => {
      entry(key, 'count').declaredIn = where;
    },
  };
  return { trace, evidence };
}

/** How many the rows of some parts count for: rows, or distinct identifiers. */
export function tally(parts: readonly EvidencePart[]): number {
  const distinct = parts.filter((p) => p.distinctBy !== undefined);
  const plain = parts.filter((p) => p.distinctBy === undefined).reduce((n, p) => n + p.rows.length, 0);
  if (distinct.length === 0) return plain;
  const ids = new Set<string>();
  for (const p of distinct) for (const row of p.rows) ids.add(`${p.file}\u0000${p.distinctBy!(row)}`);
  return plain + ids.size;
}

/** How some parts make their figure: a rate when they have a numerator and a denominator, else their own kind. */
export function kindOf(parts: readonly EvidencePart[], fallback: MeasureKind): MeasureKind {
  if (parts.some((p) => p.role !== undefined)) return 'rate';
  return parts[0]?.kind ?? fallback;
}

/** The figure the evidence of one group makes: what a test compares with the indicator. */
export function recompute(kind: MeasureKind, parts: readonly EvidencePart[], divideBy = 1): number | null {
  switch (kind) {
    case 'count':
      return tally(parts) / divideBy;
    case 'sum':
      return parts.reduce((total, p) => total + p.rows.reduce((s, row) => s + Math.round(p.amountOf!(row) * 100), 0), 0) / 100;
    case 'mean': {
      const values = parts.flatMap((p) => p.rows.map((row) => p.amountOf!(row)));
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    }
    case 'rate': {
      // Each side as its rows make it: people or rows counted, hours or euros summed.
      const side = (role: EvidencePart['role']) => {
        const own = parts.filter((p) => p.role === role).map((p) => ({ ...p, role: undefined }));
        return recompute(kindOf(own, 'count'), own);
      };
      const denominator = side('denominator');
      return denominator === 0 || denominator === null ? null : (side('numerator') ?? 0) / denominator;
    }
  }
}


/**
 * A trace that keeps only which files each figure was counted from (cheap at any volume): what the
 * methodology appendix and the indicators JSON name as sources.
 */
export function sourcesTrace(year: number): { trace: Trace; sources: Map<string, string[]> } {
  const sources = new Map<string, string[]>();
  const note = (key: string, path: string) => {
    const list = sources.get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    sources.set(key, list);
  };
  const add = (key: string, ...found: Pick<Source<TracedRow>, 'file' | 'year'>[]) => {
    for (const s of found) note(key, sourcePath(s.file, s.year ?? year));
  };
  return {
    sources,
    trace: {
      count: (key, source) => add(key, source),
      sum: (key, source) => add(key, source),
      mean: (key, source) => add(key, source),
      rate: (key, numerator, denominator) => add(key, numerator, denominator),
      declared: (key, where) => note(key, where.startsWith('configuration') ? where : sourcePath(where, year)),
    },
  };
}

/** Tells several traces the same thing. */
export const bothTraces = (a: Trace, b: Trace): Trace => ({
  count: (...args) => (a.count(...args), b.count(...args)),
  sum: (...args) => (a.sum(...args), b.sum(...args)),
  mean: (...args) => (a.mean(...args), b.mean(...args)),
  rate: (...args) => (a.rate(...args), b.rate(...args)),
  declared: (...args) => (a.declared(...args), b.declared(...args)),
});
