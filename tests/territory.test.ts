import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { communeResolver, nearCommune } from '../src/config/territory.js';

const { territory } = resolveConfig();
const near = (raw: string) => nearCommune(raw, territory)?.name;

describe('the commune a cell that matched none probably means', () => {
  it('finds a typo, another small word, a postcode beside the name and a spaced INSEE code', () => {
    expect(near('La Madelaine')).toBe('La Madeleine');
    expect(near('Saint Andre les Lille')).toBe('Saint-André-lez-Lille');
    expect(near('Quesnoy/Deûle')).toBe('Quesnoy-sur-Deûle');
    expect(near('Lambersart (59130)')).toBe('Lambersart');
    expect(near('59 378')).toBe('Marcq-en-Barœul');
  });

  it('suggests nothing for a commune of another territory', () => {
    expect(near('Roubaix')).toBeUndefined();
    expect(near('Lille')).toBeUndefined();
    expect(near('Tourcoing')).toBeUndefined();
  });

  it('reads a name of the territory with its postcode beside it as that commune', () => {
    const resolve = communeResolver(territory);
    expect(resolve('59130 LAMBERSART')?.name).toBe('Lambersart');
    expect(resolve('Marcq-en-Barœul (59700)')?.name).toBe('Marcq-en-Barœul');
    expect(resolve('59130')).toBeUndefined();
  });
});
