import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorsCatalogue } from '../../src/docs/catalogue.js';
import { fixtureIndicators } from './fixture-indicators.js';

describe('docs/indicators-catalogue.md', () => {
  const indicators = fixtureIndicators();

  it('is the definitions the code computes, word for word (regenerate with `npm run docs:indicators`)', () => {
    expect(readFileSync('docs/indicators-catalogue.md', 'utf8')).toBe(indicatorsCatalogue(indicators.all(), 2023, 'fixtures/2023'));
  });

  it('gives every figure a definition and, unless declared, the files it is counted from', () => {
    for (const [key, { definition, sources }] of Object.entries(indicators.all())) {
      expect(definition.length, key).toBeGreaterThan(10);
      expect(sources.length, key).toBeGreaterThan(0);
    }
  });
});
