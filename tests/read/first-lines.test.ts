import { afterEach, describe, expect, it } from 'vitest';
import { FirstLines } from '../../src/read/first-lines.js';
import { clearInterned, intern, pooledNumber } from '../../src/schemas/text-pool.js';

/** A cut of a longer text, as a reader gives a cell: not the pooled string itself. */
const cell = (text: string) => `;${text};`.slice(1, -1);

describe('the first line of each value of a unique column', () => {
  afterEach(() => clearInterned());

  it('finds a pooled value by its number, a value outside the pool by its text, any other value as itself', () => {
    const lines = new FirstLines();
    const a = intern(cell('ML-000001'));
    expect(lines.keepFirst(a, 2)).toBeUndefined();
    const b = intern(cell('ML-000002'));
    expect(lines.keepFirst(b, 3)).toBeUndefined();
    // Met again, pooled or as a fresh copy: the first line.
    expect(lines.keepFirst(intern(cell('ML-000001')), 7)).toBe(2);
    expect(lines.keepFirst(cell('ML-000002'), 8)).toBe(3);
    expect(pooledNumber(cell('ML-000009'))).toBe(-1);
    expect(lines.keepFirst(cell('ML-000009'), 9)).toBeUndefined();
    expect(lines.keepFirst(cell('ML-000009'), 10)).toBe(9);
    expect(lines.keepFirst(42, 11)).toBeUndefined();
    expect(lines.keepFirst(42, 12)).toBe(11);
    expect([lines.get('ML-000001'), lines.get('ML-000002'), lines.get('ML-000009'), lines.get('ML-000003')]).toEqual([2, 3, 9, undefined]);
  });

  it('keeps the lines of more values than its first room', () => {
    const lines = new FirstLines();
    for (let k = 0; k < 5000; k++) expect(lines.keepFirst(intern(cell(`P${k}`)), k + 2)).toBeUndefined();
    for (let k = 0; k < 5000; k += 499) expect(lines.keepFirst(cell(`P${k}`), 9999)).toBe(k + 2);
  });

  it('refuses to go on once the pool was emptied under it', () => {
    const lines = new FirstLines();
    lines.keepFirst(intern('X1'), 2);
    clearInterned();
    expect(() => lines.keepFirst(intern('X1'), 3)).toThrow(/pool de textes vidé/);
  });
});
