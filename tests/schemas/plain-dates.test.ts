import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/schemas/dates.js';

/** `dd/mm/yyyy` is found by its digits; `dd.mm.yyyy` is read by the general path: both must agree. */
const dotted = (plain: string) => plain.replaceAll('/', '.');

describe('parseDate of plain dd/mm/yyyy spellings', () => {
  it('agrees with the general reading for every day written in the range, real or not', () => {
    for (const year of [1900, 1999, 2000, 2023, 2024, 2100])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const plain = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
          // Asked twice: the second answer is the cached one.
          expect(parseDate(plain)).toBe(parseDate(dotted(plain)));
          expect(parseDate(plain)).toBe(parseDate(dotted(plain)));
        }
  });

  it('reads real dates and refuses impossible ones', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('11/01/2023')).toBe('2023-01-11');
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('31/04/2023')).toBeUndefined();
    expect(parseDate('00/01/2023')).toBeUndefined();
    expect(parseDate('01/01/1899')).toBeUndefined();
    expect(parseDate('01/01/2101')).toBeUndefined();
    expect(parseDate('1a/01/2023')).toBeUndefined();
    expect(parseDate('01/01/2023 10:30')).toBe('2023-01-01');
    expect(parseDate('1/1/2023')).toBe('2023-01-01');
  });
});
