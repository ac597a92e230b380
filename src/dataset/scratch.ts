/**
 * Working arrays lent to one loop at a time (the codes a distinct count has seen, the codes it
 * found) and taken back once it is done, instead of new ones for each: memory written for the first
 * time costs a page fault per 4 KiB, about 12 ms a megabyte on the benchmark's machine, and each of
 * the sections' fifty distinct counts over a million identifiers wanted megabytes of it.
 * A loop that borrows while another holds the array gets a new one (nothing is shared by two).
 * The largest array given back is kept for the next loops (1 MB and 4 MB at the national volume).
 */
/** One kind of working array: the largest given back, lent whole or in part to the next borrower. */
class Spare<A extends Uint8Array | Uint32Array> {
  private spare: A | undefined;

  constructor(
    /** A new array of that many elements, all 0. */
    private readonly make: (length: number) => A,
    /** The whole memory of a buffer, as such an array. */
    private readonly whole: (buffer: ArrayBufferLike) => A,
    /** Zeroed when given back, so that the next borrower finds them all 0. */
    private readonly zeroed: boolean,
  ) {}

  borrow(length: number): A {
    const spare = this.spare;
    if (spare === undefined || spare.length < length) return this.make(length);
    this.spare = undefined;
    return spare.subarray(0, length) as A;
  }

  giveBack(array: A): void {
    if (this.zeroed) array.fill(0);
    // The whole of its memory: a part borrowed left the rest untouched (still 0 when zeroed).
    const whole = this.whole(array.buffer);
    if (this.spare === undefined || whole.length > this.spare.length) this.spare = whole;
  }
}

const bytes = new Spare(
  (length) => new Uint8Array(length),
  (buffer) => new Uint8Array(buffer),
  true,
);
const words = new Spare(
  (length) => new Uint32Array(length),
  (buffer) => new Uint32Array(buffer),
  false,
);

/** `length` bytes, all 0: give them back with `giveBackBytes` once done with them. */
export const borrowBytes = (length: number): Uint8Array => bytes.borrow(length);

/** Takes back borrowed bytes (or any): zeroed here, so that the next borrower finds them all 0. */
export const giveBackBytes = (array: Uint8Array): void => bytes.giveBack(array);

/** `length` 32-bit words of no given value, to be written before read: give them back with `giveBackWords`. */
export const borrowWords = (length: number): Uint32Array => words.borrow(length);

export const giveBackWords = (array: Uint32Array): void => words.giveBack(array);
