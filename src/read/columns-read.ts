import type { HeaderMap } from './columns.js';

/**
 * Which of a file's `width` columns the report reads, by index: a control character in a column it
 * never reads (an address, a comment copied from another system) cannot reach an output.
 */
export function columnsRead(map: HeaderMap, width: number): boolean[] {
  const read = new Array<boolean>(width).fill(false);
  for (const index of Object.values(map.indexOf)) if (index !== undefined) read[index] = true;
  return read;
}
