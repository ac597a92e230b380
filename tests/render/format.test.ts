import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/files/describe.js';
import { frenchNumber } from '../../src/text/french-numbers.js';
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

describe('numbers and sizes in messages', () => {
  it('writes them as the report does: narrow no-break spaces, decimal comma', () => {
    expect(frenchNumber(10_485_760)).toBe('10\u202f485\u202f760');
    expect(frenchNumber(24.5, 3)).toBe('24,5');
    expect(formatSize(300 * 1024)).toBe('300\u202fKo');
    expect(formatSize(12.5 * 2 ** 20)).toBe('12,5\u202fMo');
    expect(formatSize(2 ** 30)).toBe('1\u202f024\u202fMo');
  });
});
