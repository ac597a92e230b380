import type { SourceFile } from '../dataset/export-rows.js';

/**
 * The rows behind a figure (its evidence), as its measurement builds them when asked: grouped as
 * its breakdown groups them (`"Santé"`, `"2022"` for a year of a `.history`, `"Salon / visitors"`
 * for a nested cell). `alpes-report explain` prints them, and a test recomputes every figure from
 * them, so that they cannot drift from the figure they explain.
 */

/** A validated row: the line of its export it came from. */
export interface TracedRow {
  line: number;
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
  /** Rows counting once per identifier (people counted from their events); a row without one counts for none. */
  distinctBy: ((row: TracedRow) => string | undefined) | undefined;
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

/** How many the rows of some parts count for: rows, or distinct identifiers. */
export function tally(parts: readonly EvidencePart[]): number {
  const distinct = parts.filter((p) => p.distinctBy !== undefined);
  const plain = parts.filter((p) => p.distinctBy === undefined).reduce((n, p) => n + p.rows.length, 0);
  if (distinct.length === 0) return plain;
  const ids = new Set<string>();
  for (const p of distinct) {
    for (const row of p.rows) {
      const id = p.distinctBy!(row);
      if (id !== undefined) ids.add(`${p.file}\u0000${id}`);
    }
  }
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
