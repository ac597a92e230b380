import type { PoolNumbers } from '../read/column-store.js';
import { internNumber, poolGeneration, pooling } from '../schemas/fields.js';

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
