import type { Indicator } from '../../src/measure/indicator.js';
import { kindOf, recompute, type Evidence } from '../../src/measure/evidence.js';

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/**
 * Recomputes every indicator from the rows its section traced; returns one line per figure whose
 * trace is missing or does not give its value (empty: the traces explain every figure exactly).
 * Breakdown cells are traced as groups named after the cell; a nested cell as `outer / inner`.
 */
export function traceMismatches(
  indicators: Record<string, Pick<Indicator, 'value'>>,
  evidence: ReadonlyMap<string, Evidence>,
  declared: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  for (const [key, { value }] of Object.entries(indicators)) {
    if (declared.has(key)) continue;
    const found = evidence.get(key);
    // A breakdown with no cell (a `.history` without previous years) has nothing to trace.
    const empty = value !== null && typeof value === 'object' && Object.keys(value).length === 0;
    if (found === undefined && empty) continue;
    if (found === undefined) {
      problems.push(`${key} : aucune trace`);
      continue;
    }
    if (found.declaredIn !== undefined) continue;
    const check = (cell: string | undefined, expected: number | null) => {
      const parts = cell === undefined ? found.parts : found.parts.filter((p) => p.group === cell);
      // A breakdown may mix kinds (euros summed, people counted): each cell is recomputed as its parts make it.
      const kind = kindOf(parts, found.kind);
      const empty = found.kind === 'count' || found.kind === 'sum' ? 0 : null;
      const actual = parts.length === 0 && cell !== undefined ? empty : recompute(kind, parts, found.divideBy);
      if (!close(actual, expected)) problems.push(`${key}${cell === undefined ? '' : ` [${cell}]`} : valeur ${expected}, trace ${actual}`);
    };
    if (value === null || typeof value === 'number') check(undefined, value);
    else {
      const cells = new Set<string>();
      for (const [outer, inner] of Object.entries(value)) {
        if (inner === null || typeof inner === 'number') {
          cells.add(outer);
          check(outer, inner);
        } else {
          for (const [name, v] of Object.entries(inner)) {
            cells.add(`${outer} / ${name}`);
            check(`${outer} / ${name}`, v as number | null);
          }
        }
      }
      for (const part of found.parts) if (!cells.has(part.group)) problems.push(`${key} : groupe tracé « ${part.group} » absent de la valeur`);
    }
  }
  return [...new Set(problems)];
}
