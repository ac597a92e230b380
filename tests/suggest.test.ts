import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../src/text/suggest.js';

describe('nearest names', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('pirnt', 'print')).toBe(1);
    expect(editDistance('printt', 'print')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the known name a typo comes from, folding case and accents', () => {
    expect(nearest('printt', ['print', 'plie', 'ml'])).toEqual(['print']);
    expect(nearest('Méthodologie', ['methodology', 'print'])).toEqual(['methodology']);
    expect(didYouMean('--dta', ['--data', '--out'])).toBe(' (vouliez-vous dire « --data » ?)');
  });

  it('suggests nothing for an unrelated word', () => {
    expect(nearest('communication', ['print', 'plie'])).toEqual([]);
    expect(didYouMean('zzz', ['print'])).toBe('');
  });
});
