import { describe, expect, it } from 'vitest';
import { isTotalRow } from '../../src/read/total-row.js';

describe('isTotalRow', () => {
  it('takes a row whose first non-empty cell says total and that has no identifier of its own', () => {
    expect(isTotalRow(['Total', '', '', '383'], 0)).toBe(true);
    expect(isTotalRow(['TOTAL'], 0)).toBe(true);
    expect(isTotalRow(['', 'Total général', '', '35'], 0)).toBe(true);
    expect(isTotalRow(['', '', 'Sous-total :', '1 200'], 1)).toBe(true);
    expect(isTotalRow(['Somme', '', ''], undefined)).toBe(true);
  });

  it('leaves a person’s row, whatever its other cells say', () => {
    expect(isTotalRow(['P3', 'Total', ''], 0)).toBe(false);
    expect(isTotalRow(['Total', 'P3', ''], 1)).toBe(false);
    expect(isTotalRow(['TOTAL-001', '', ''], 0)).toBe(false);
    expect(isTotalRow(['', '', ''], 0)).toBe(false);
    expect(isTotalRow(['Totalement', '', ''], 0)).toBe(false);
  });
});
