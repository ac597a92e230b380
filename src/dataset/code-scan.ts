/**
 * The loops of `Rows.where` over a column's codes, one copy per kind of array. A table's columns
 * hold their codes in bytes, in 16-bit or in 32-bit words (read/typed-arrays.ts): one loop that met
 * the three read each code through a polymorphic access, about 1,7× slower than a loop that meets
 * one (the 14,8 million events of the national volume, scanned a dozen times by the sections).
 * Each loop is written once; `perKind` compiles it again for each kind, so that each copy keeps type
 * feedback of its own (copies of one function literal would share it). The loops use nothing but
 * their arguments.
 */

type Codes = ArrayLike<number>;

/** The loop, compiled anew for bytes, 16-bit words, 32-bit words and any other array; called with the copy for `codes`. */
function perKind<Rest extends unknown[], R>(loop: (codes: Codes, ...rest: Rest) => R): (codes: Codes, ...rest: Rest) => R {
  const [bytes, words16, words32, other] = [0, 1, 2, 3].map(() => new Function(`return (${loop.toString()});`)() as typeof loop);
  return (codes, ...rest) =>
    (codes instanceof Uint8Array ? bytes! : codes instanceof Uint16Array ? words16! : codes instanceof Uint32Array ? words32! : other!)(codes, ...rest);
}

/** How many rows (`indexes`, or the table's first `length` rows when undefined) have a code that `passes` (1). */
export const countPassing = perKind((codes: Codes, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number => {
  let n = 0;
  if (indexes === undefined) for (let index = 0; index < length; index++) n += passes[codes[index]!]!;
  else for (let i = 0; i < length; i++) n += passes[codes[indexes[i]!]!]!;
  return n;
});

/** Writes into `kept` the table index of each row whose code passes, in order (`kept` has room for them: `countPassing`). */
export const collectPassing = perKind((codes: Codes, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void => {
  let n = 0;
  if (indexes === undefined) {
    for (let index = 0; index < length; index++) if (passes[codes[index]!] === 1) kept[n++] = index;
  } else for (let i = 0; i < length; i++) if (passes[codes[indexes[i]!]!] === 1) kept[n++] = indexes[i]!;
});

/**
 * Marks in `seen` (all 0 before) the codes of some rows (`indexes`, or the table's first `length`
 * rows) and writes each into `found` (if given) on first sight: how many distinct codes there are.
 */
export const firstCodes = perKind((codes: Codes, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found?: Uint32Array): number => {
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[indexes === undefined ? i : indexes[i]!]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
});

/** Some rows (`indexes`, or the table's first `length` rows) and the codes of one of their columns that pass (`passes[code] === 1`). */
export interface Filtered {
  codes: ArrayLike<number>;
  passes: Uint8Array;
  indexes: Uint32Array | undefined;
  length: number;
}

/** `firstCodes` of the rows of `filtered` whose code passes, in their order: a selection's distinct codes without its indexes. */
export function firstCodesWhere(codes: ArrayLike<number>, filtered: Filtered, seen: Uint8Array, found?: Uint32Array): number {
  const { codes: filter, passes, indexes, length } = filtered;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const index = indexes === undefined ? i : indexes[i]!;
    if (passes[filter[index]!] !== 1) continue;
    const code = codes[index]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
}

/** How many of each code the table's first `length` rows hold, into `counts`. */
const tally = perKind((codes: Codes, length: number, counts: Uint32Array): void => {
  for (let index = 0; index < length; index++) counts[codes[index]!]!++;
});

/** How many of the table's first `length` rows hold each code. */
export function countCodes(codes: Codes, distinctValues: number, length: number): Uint32Array {
  const counts = new Uint32Array(distinctValues);
  tally(codes, length, counts);
  return counts;
}
