import { TextIndex } from './text-index.js';

/**
 * Text cells are cut from the chunks a file is read in; kept as they are, each would keep its
 * whole chunk in memory. Each distinct value is copied once and shared by every row that holds it
 * (an identifier by all the rows of its person, a sector by all its situations).
 */
const pool = new TextIndex();
/** The pooled values by number: a number stands for its value in every file of one read (`PoolNumbers`). */
const pooled = pool.texts;
let poolLimit = 4_000_000;
/** Counts the pool's clearings: a number means a value only within the read that gave it. */
let generation = 0;

/** A cut of a chunk, copied so that it no longer holds the chunk. */
// V8 copies a cut shorter than 13 characters anyway; a longer one points into its chunk until flattened anew.
export const copied = (value: string): string => (value.length < 13 ? value : (' ' + value).slice(1));

/** The value `intern` gave last, and its number: a people export's identifier is checked for duplicates right after it is read. */
let lastValue: string | undefined;
let lastNumber = -1;

export function intern(value: string): string {
  // A reading thread pools nothing (`poolNothing`): no lookup.
  if (poolLimit === 0) return copied(value);
  const number = internNumber(value);
  if (number === -1) return copied(value);
  lastNumber = number;
  return (lastValue = pooled[number]!);
}

/** The number of a value in the pool, or -1 when it is not there; the last value `intern` gave is known without a lookup. */
export function pooledNumber(value: string): number {
  if (value === lastValue) return lastNumber;
  return poolLimit === 0 ? -1 : pool.find(value);
}

/** `intern`, giving the shared value's number in the pool (-1 when the pool is full: `copied` then stands for it). */
export function internNumber(value: string): number {
  if (pool.size < poolLimit) return pool.add(value, copied);
  return pool.find(value);
}

/** Room in the pool for `count` more values (a people export's identifiers, known from its size), at most its limit. */
export function reservePool(count: number): void {
  if (poolLimit > 0) pool.reserve(Math.min(pool.size + count, poolLimit));
}

/** The shared value of a pool number (`internNumber`). */
export const pooledValue = (number: number): string => pooled[number]!;

/** How many values the pool holds. */
export const poolSize = (): number => pool.size;

/** Which read of the data the pool's numbers belong to (see `clearInterned`). */
export const poolGeneration = (): number => generation;

/** Whether values are pooled at all here (not in a thread reading part of a file). */
export const pooling = (): boolean => poolLimit > 0;

/**
 * For a thread reading part of a file: its values cross to the main thread as copies, shared there
 * when its table joins the others (`ColumnStore.joinParts`); a pool here would only cost lookups
 * and memory (a million identifiers at a national volume). Values are still copied out of their chunk.
 */
export function poolNothing(): void {
  poolLimit = 0;
  clearInterned();
}

/** Forgets the shared values (between two reads of the data, so that the pool holds only the current ones). */
export function clearInterned(): void {
  pool.clear();
  lastValue = undefined;
  lastNumber = -1;
  generation++;
}
