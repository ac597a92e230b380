/**
 * Working arrays lent to one loop at a time (the codes a distinct count has seen, the codes it
 * found) and taken back once it is done, instead of new ones for each: memory written for the first
 * time costs a page fault per 4 KiB, about 12 ms a megabyte on the benchmark's machine, and each of
 * the sections' fifty distinct counts over a million identifiers wanted megabytes of it.
 * A loop that borrows while another holds the array gets a new one (nothing is shared by two).
 * The largest array given back is kept for the next loops (1 MB and 4 MB at the national volume).
 */
let spareBytes: Uint8Array | undefined;
let spareWords: Uint32Array | undefined;

/** `length` bytes, all 0: give them back with `giveBackBytes` once done with them. */
export function borrowBytes(length: number): Uint8Array {
  const spare = spareBytes;
  if (spare === undefined || spare.length < length) return new Uint8Array(length);
  spareBytes = undefined;
  return spare.subarray(0, length);
}

/** Takes back borrowed bytes (or any): zeroed here, so that the next borrower finds them all 0. */
export function giveBackBytes(bytes: Uint8Array): void {
  bytes.fill(0);
  // The whole of its memory: a part borrowed left the rest untouched, still 0.
  const whole = new Uint8Array(bytes.buffer, 0, bytes.buffer.byteLength);
  if (spareBytes === undefined || whole.length > spareBytes.length) spareBytes = whole;
}

/** `length` 32-bit words of no given value, to be written before read: give them back with `giveBackWords`. */
export function borrowWords(length: number): Uint32Array {
  const spare = spareWords;
  if (spare === undefined || spare.length < length) return new Uint32Array(length);
  spareWords = undefined;
  return spare.subarray(0, length);
}

export function giveBackWords(words: Uint32Array): void {
  const whole = new Uint32Array(words.buffer, 0, words.buffer.byteLength / 4);
  if (spareWords === undefined || whole.length > spareWords.length) spareWords = whole;
}
