import type { PoolNumbers } from '../read/column-store.js';
import { internNumber, poolGeneration, pooling } from '../schemas/text-pool.js';
import type { Rows } from './rows.js';

const numbered = new WeakMap<object, PoolNumbers>();

/**
 * Numbers the identifier of each row read as an object (the jeunes of `jeunes.csv`) in the shared
 * pool of texts, as the identifier columns of tables are numbered while read: done before the pool
 * is cleared, so that the sections join these rows to the tables by numbers (`PersonNumbers`).
 */
export function numberRows<T>(rows: readonly T[], identifierOf: (row: T) => unknown): void {
  if (!pooling()) return;
  const numbers = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const id = identifierOf(rows[i]!);
    numbers[i] = typeof id === 'string' ? internNumber(id) : -1;
  }
  numbered.set(rows, { generation: poolGeneration(), numbers });
}

/** The rows' identifiers numbered by `numberRows`, by row; undefined when they were not. */
export const rowsPoolNumbers = (rows: object): PoolNumbers | undefined => numbered.get(rows);

type HoldsUnknown = <T extends { line: number }>(rows: Rows<T>, column: keyof T & string) => boolean;

/**
 * Whether a table's identifier column names someone not in `people`, found by the pool numbers both
 * were given while read (`PoolNumbers`): a mark by number instead of a set of a million identifiers.
 * Rows or people not numbered in the same read are asked of `isUnknown`, as a value without number.
 */
export function unknownByNumber(people: readonly object[], isUnknown: (id: string) => boolean, notRejected: (id: string) => boolean): HoldsUnknown {
  const pooled = rowsPoolNumbers(people);
  const byText: HoldsUnknown = (rows, column) => rows.distinctValues(column).some((id) => isUnknown(id as string));
  if (pooled === undefined) return byText;
  const known = new Uint8Array(pooled.numbers.reduce((a, b) => Math.max(a, b), -1) + 1);
  for (const n of pooled.numbers) if (n !== -1) known[n] = 1;
  return (rows, column) => {
    const numbers = rows.table.poolNumbersOf?.(column);
    const dictionary = rows.table.distinctValues(column) as readonly unknown[];
    if (numbers?.generation !== pooled.generation) return byText(rows, column);
    const unknownCode = (code: number) => {
      const id = dictionary[code];
      if (typeof id !== 'string') return false;
      const n = numbers.numbers[code]!;
      // A number no person has: a text no person has.
      return n === -1 ? isUnknown(id) : (n >= known.length || known[n] === 0) && notRejected(id);
    };
    if (rows.indexes === undefined) {
      for (let code = 0; code < dictionary.length; code++) if (unknownCode(code)) return true;
      return false;
    }
    // Some rows of a table (the Mission Locale's of a shared file): the codes they hold, each tested once.
    let found = false;
    rows.eachDistinctCode(column, (code) => void (found ||= unknownCode(code)));
    return found;
  };
}
