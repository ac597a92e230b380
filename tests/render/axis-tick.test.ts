import { describe, expect, it } from 'vitest';
import { axisTick } from '../../src/render/charts.js';

const N = '\u202f';

describe('a chart axis’s tick', () => {
  it('prints a value under 10 000 as is', () => {
    expect(axisTick(0)).toBe('0');
    expect(axisTick(8000)).toBe(`8${N}000`);
  });

  it('shortens thousands and millions so that the ticks stand upright', () => {
    expect(axisTick(500_000)).toBe(`500${N}k`);
    expect(axisTick(1_000_000)).toBe(`1${N}M`);
    expect(axisTick(2_500_000)).toBe(`2,5${N}M`);
  });
});
