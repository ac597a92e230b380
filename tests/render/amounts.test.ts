import { describe, expect, it } from 'vitest';
import { amountParts, formatAmount, formatChange, formatEvolution, formatSignedPercent } from '../../src/render/format.js';

const N = '\u202f';

describe('amounts in the unit their size calls for', () => {
  it('prints euros below 10 000, thousands of euros below a million, then millions', () => {
    expect(formatAmount(0)).toBe(`0${N}€`);
    expect(formatAmount(950)).toBe(`950${N}€`);
    expect(formatAmount(9999)).toBe(`9${N}999${N}€`);
    expect(formatAmount(10_238)).toBe(`10,2${N}k€`);
    expect(formatAmount(123_456)).toBe(`123${N}k€`);
    expect(formatAmount(2_345_678)).toBe('2,3 millions d’euros');
    expect(formatAmount(2_238_779)).toBe('2,2 millions d’euros');
  });

  it('keeps three significant digits at most, and a unit that agrees with the figure', () => {
    expect(formatAmount(99_960)).toBe(`100${N}k€`);
    expect(formatAmount(999_600)).toBe('1 million d’euros');
    expect(formatAmount(1_500_000)).toBe('1,5 million d’euros');
    expect(formatAmount(123_456_789)).toBe('123 millions d’euros');
    expect(amountParts(10_238)).toEqual({ figure: '10,2', unit: 'k€' });
    expect(formatAmount(null)).toBe(`–${N}€`);
  });
});

describe('evolutions, at one precision', () => {
  it('prints every evolution to one decimal at most, signed or not', () => {
    expect(formatEvolution(679, 631)).toBe(`+7,6${N}%`);
    expect(formatSignedPercent(0.005)).toBe(`+0,5${N}%`);
    expect(formatSignedPercent(-0.044)).toBe(`−4,4${N}%`);
    expect(formatChange(1465, 1203)).toBe(`21,8${N}%`);
    expect(formatChange(110, 100)).toBe(`10${N}%`);
    expect(formatChange(1, 0)).toBe('–');
  });
});
