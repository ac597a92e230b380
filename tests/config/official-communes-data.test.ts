import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  arrondissementsOfPostcode,
  communesNamed,
  communesOfPostcode,
  formerCode,
  municipalArrondissement,
  nearestCommunes,
  officialCommune,
} from '../../src/config/official-communes.js';
import { normalizeKey } from '../../src/text/fold.js';
import { communesDataText, officialIndex, packageEntries } from '../../scripts/lib/official-communes.js';

// The index the report reads is derived from @etalab/decoupage-administratif: it must say what the package says.
const { entries, version } = packageEntries();
const index = officialIndex(entries);
const values = <T>(map: Map<string, T>) => [...map.values()];

describe('the official commune index (resources/official-communes.txt)', () => {
  it('is what the installed package gives (after updating it: npm run communes)', () => {
    expect(readFileSync('resources/official-communes.txt', 'utf8') === communesDataText(entries, version)).toBe(true);
  });

  it('answers every code as the package read at every run did', () => {
    const codes = [...new Set(entries.map((e) => e.code))];
    expect(codes.map(officialCommune)).toEqual(codes.map((c) => index.current.get(c)));
    expect(codes.map(municipalArrondissement)).toEqual(codes.map((c) => index.arrondissements.get(c)));
    expect(codes.map(formerCode)).toEqual(codes.map((c) => index.former.get(c)));
    expect([...index.former.keys()].map(formerCode)).toEqual(values(index.former));
  });

  it('finds no commune for what is no code of one (a postcode, part of a code, a code with more)', async () => {
    // A fresh module: looked up in the index's bytes, before any list of every commune is made (75101: a Paris arrondissement, in a later list).
    vi.resetModules();
    const fresh = await import('../../src/config/official-communes.js');
    for (const notCode of ['59000', '5935', '59350|', '59350 ', ' 5935', '9', '', '2A', '\n59350', '00000', '75101'])
      expect(fresh.officialCommune(notCode)).toBeUndefined();
    expect(fresh.officialCommune('2A004')?.name).toBe('Ajaccio');
    expect(fresh.officialCommune('97501')?.department).toBe('975');
    // Past a few dozen searches every line is mapped (test above): the same answers from the map.
    expect(officialCommune('59000')).toBeUndefined();
    expect(officialCommune('75101')).toBeUndefined();
    expect(officialCommune('2A004')?.name).toBe('Ajaccio');
  });

  it('answers every postcode and every name with the same communes, in the same order', () => {
    // As the package was read: each commune appended to the lists of its postcodes and of its folded name.
    const by = <T>(units: Iterable<T>, keys: (unit: T) => readonly string[]) => {
      const map = new Map<string, T[]>();
      for (const unit of units) for (const key of keys(unit)) map.set(key, [...(map.get(key) ?? []), unit]);
      return map;
    };
    const byPostcode = by(index.current.values(), (c) => c.postcodes);
    const arrondissementsByPostcode = by(index.arrondissements.values(), (c) => c.postcodes);
    const byName = by(index.current.values(), (c) => [normalizeKey(c.name)]);
    const postcodes = [...new Set([...byPostcode.keys(), ...arrondissementsByPostcode.keys()])];
    expect(postcodes.map(communesOfPostcode)).toEqual(postcodes.map((p) => byPostcode.get(p) ?? []));
    expect(postcodes.map(arrondissementsOfPostcode)).toEqual(postcodes.map((p) => arrondissementsByPostcode.get(p) ?? []));
    const names = [...new Set(values(index.current).map((c) => c.name))];
    expect(names.map(communesNamed)).toEqual(names.map((n) => byName.get(normalizeKey(n))));
  });

  it('keeps one object a commune, whichever way it is found', () => {
    const lille = officialCommune('59350')!;
    expect(formerCode('59355')?.current).toBe(lille);
    expect(communesNamed('Lille')).toContain(lille);
    expect(nearestCommunes('59351', 'Lille')[0]).toBe('59350 Lille');
  });
});
