/** The typed arrays a table's codes and a filter's row indexes are kept in, grown as rows come. */

export type Codes = Uint8Array | Uint16Array | Uint32Array;

export const INITIAL_CAPACITY = 1024;

/** The array copied into a larger one of the same kind. */
export function grown<A extends Codes | Int32Array>(array: A, capacity: number): A {
  const next = new (array.constructor as new (length: number) => A)(capacity);
  next.set(array);
  return next;
}
