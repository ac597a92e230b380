import { describe, expect, it } from 'vitest';
import { formatEuros, formatEvolution, formatNumber, formatPercent } from '../../src/render/format.js';

const N = '\u202f';

describe('French number formatting', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatNumber(2238779)).toBe(`2${N}238${N}779`);
    expect(formatNumber(383)).toBe('383');
  });

  it('rounds percentages half up with a narrow no-break space before %', () => {
    expect(formatPercent(86 / 145)).toBe(`59${N}%`);
    expect(formatPercent(0.125)).toBe(`13${N}%`);
  });

  it('writes euros as the report does', () => {
    expect(formatEuros(2238779)).toBe(`2${N}238${N}779${N}€`);
  });

  it('prints a dash for a missing value rather than NaN', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('signs evolutions', () => {
    expect(formatEvolution(679, 631)).toBe(`+7,6${N}%`);
    expect(formatEvolution(679, 631, 2)).toBe(`+7,61${N}%`);
    expect(formatEvolution(1915, 1665, 0)).toBe(`+15${N}%`);
    expect(formatEvolution(90, 100)).toBe(`−10${N}%`);
    expect(formatEvolution(1, 0)).toBe('–');
  });
});
