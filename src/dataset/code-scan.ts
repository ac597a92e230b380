/**
 * The loops of `Rows.where` over a column's codes, written once per kind of array. A table's
 * columns hold their codes in bytes, in 16-bit or in 32-bit words (read/typed-arrays.ts): one loop
 * that met the three read each code through a polymorphic access, about 1,7× slower than a loop that
 * meets one (the 14,8 million events of the national volume, scanned a dozen times by the sections).
 * The bodies are the same; only the type of `codes` differs, so that each copy stays monomorphic.
 */

/** How many rows (`indexes`, or the table's first `length` rows when undefined) have a code that `passes` (1). */
export function countPassing(codes: ArrayLike<number>, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number {
  if (codes instanceof Uint8Array) return count8(codes, passes, indexes, length);
  if (codes instanceof Uint16Array) return count16(codes, passes, indexes, length);
  if (codes instanceof Uint32Array) return count32(codes, passes, indexes, length);
  return countAny(codes, passes, indexes, length);
}

/** Writes into `kept` the table index of each row whose code passes, in order (`kept` has room for them: `countPassing`). */
export function collectPassing(codes: ArrayLike<number>, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void {
  if (codes instanceof Uint8Array) collect8(codes, passes, indexes, length, kept);
  else if (codes instanceof Uint16Array) collect16(codes, passes, indexes, length, kept);
  else if (codes instanceof Uint32Array) collect32(codes, passes, indexes, length, kept);
  else collectAny(codes, passes, indexes, length, kept);
}

function count8(codes: Uint8Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number {
  let n = 0;
  if (indexes === undefined) for (let index = 0; index < length; index++) n += passes[codes[index]!]!;
  else for (let i = 0; i < length; i++) n += passes[codes[indexes[i]!]!]!;
  return n;
}

function count16(codes: Uint16Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number {
  let n = 0;
  if (indexes === undefined) for (let index = 0; index < length; index++) n += passes[codes[index]!]!;
  else for (let i = 0; i < length; i++) n += passes[codes[indexes[i]!]!]!;
  return n;
}

function count32(codes: Uint32Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number {
  let n = 0;
  if (indexes === undefined) for (let index = 0; index < length; index++) n += passes[codes[index]!]!;
  else for (let i = 0; i < length; i++) n += passes[codes[indexes[i]!]!]!;
  return n;
}

function countAny(codes: ArrayLike<number>, passes: Uint8Array, indexes: Uint32Array | undefined, length: number): number {
  let n = 0;
  if (indexes === undefined) for (let index = 0; index < length; index++) n += passes[codes[index]!]!;
  else for (let i = 0; i < length; i++) n += passes[codes[indexes[i]!]!]!;
  return n;
}

function collect8(codes: Uint8Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void {
  let n = 0;
  if (indexes === undefined) {
    for (let index = 0; index < length; index++) if (passes[codes[index]!] === 1) kept[n++] = index;
  } else for (let i = 0; i < length; i++) if (passes[codes[indexes[i]!]!] === 1) kept[n++] = indexes[i]!;
}

function collect16(codes: Uint16Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void {
  let n = 0;
  if (indexes === undefined) {
    for (let index = 0; index < length; index++) if (passes[codes[index]!] === 1) kept[n++] = index;
  } else for (let i = 0; i < length; i++) if (passes[codes[indexes[i]!]!] === 1) kept[n++] = indexes[i]!;
}

function collect32(codes: Uint32Array, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void {
  let n = 0;
  if (indexes === undefined) {
    for (let index = 0; index < length; index++) if (passes[codes[index]!] === 1) kept[n++] = index;
  } else for (let i = 0; i < length; i++) if (passes[codes[indexes[i]!]!] === 1) kept[n++] = indexes[i]!;
}

function collectAny(codes: ArrayLike<number>, passes: Uint8Array, indexes: Uint32Array | undefined, length: number, kept: Uint32Array): void {
  let n = 0;
  if (indexes === undefined) {
    for (let index = 0; index < length; index++) if (passes[codes[index]!] === 1) kept[n++] = index;
  } else for (let i = 0; i < length; i++) if (passes[codes[indexes[i]!]!] === 1) kept[n++] = indexes[i]!;
}

/**
 * Marks in `seen` (all 0 before) the codes of some rows (`indexes`, or the table's first `length`
 * rows) and writes each into `found` (if given) on first sight: how many distinct codes there are.
 */
export function firstCodes(codes: ArrayLike<number>, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found?: Uint32Array): number {
  if (codes instanceof Uint8Array) return first8(codes, indexes, length, seen, found);
  if (codes instanceof Uint16Array) return first16(codes, indexes, length, seen, found);
  if (codes instanceof Uint32Array) return first32(codes, indexes, length, seen, found);
  return firstAny(codes, indexes, length, seen, found);
}

function first8(codes: Uint8Array, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found: Uint32Array | undefined): number {
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[indexes === undefined ? i : indexes[i]!]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
}

function first16(codes: Uint16Array, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found: Uint32Array | undefined): number {
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[indexes === undefined ? i : indexes[i]!]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
}

function first32(codes: Uint32Array, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found: Uint32Array | undefined): number {
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[indexes === undefined ? i : indexes[i]!]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
}

function firstAny(codes: ArrayLike<number>, indexes: Uint32Array | undefined, length: number, seen: Uint8Array, found: Uint32Array | undefined): number {
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[indexes === undefined ? i : indexes[i]!]!;
    if (seen[code] === 1) continue;
    seen[code] = 1;
    if (found !== undefined) found[n] = code;
    n++;
  }
  return n;
}

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

/** How many of the table's first `length` rows hold each code. */
export function countCodes(codes: ArrayLike<number>, distinctValues: number, length: number): Uint32Array {
  const counts = new Uint32Array(distinctValues);
  if (codes instanceof Uint8Array) counts8(codes, length, counts);
  else if (codes instanceof Uint16Array) counts16(codes, length, counts);
  else if (codes instanceof Uint32Array) counts32(codes, length, counts);
  else countsAny(codes, length, counts);
  return counts;
}

function counts8(codes: Uint8Array, length: number, counts: Uint32Array): void {
  for (let index = 0; index < length; index++) counts[codes[index]!]!++;
}

function counts16(codes: Uint16Array, length: number, counts: Uint32Array): void {
  for (let index = 0; index < length; index++) counts[codes[index]!]!++;
}

function counts32(codes: Uint32Array, length: number, counts: Uint32Array): void {
  for (let index = 0; index < length; index++) counts[codes[index]!]!++;
}

function countsAny(codes: ArrayLike<number>, length: number, counts: Uint32Array): void {
  for (let index = 0; index < length; index++) counts[codes[index]!]!++;
}
