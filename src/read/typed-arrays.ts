/** The typed arrays a table's codes and a filter's row indexes are kept in, grown as rows come. */

export type Codes = Uint8Array | Uint16Array | Uint32Array;

export const INITIAL_CAPACITY = 1024;

/** The array copied into a larger one of the same kind. */
export function grown<A extends Codes | Int32Array>(array: A, capacity: number): A {
  const next = new (array.constructor as new (length: number) => A)(capacity);
  next.set(array);
  return next;
}

/**
 * The codes in a wider array once the dictionary outgrows them, of the same room: only the `used`
 * codes copied. A thread makes room for its whole part at once, and copying all of it (`from`) wrote
 * pages of fresh memory that rows would only fill later, each page a fault of the system.
 */
export function widerCodes(codes: Codes, distinctValues: number, used: number): Codes {
  const Wider =
    codes instanceof Uint8Array && distinctValues > 0xff ? Uint16Array : codes instanceof Uint16Array && distinctValues > 0xffff ? Uint32Array : undefined;
  if (Wider === undefined) return codes;
  const wider = new Wider(codes.length);
  wider.set(codes.subarray(0, used));
  return wider;
}
