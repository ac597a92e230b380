import type { Commune, Config } from './schema.js';
import { nearest } from '../text/suggest.js';
import { foldHeader, normalizeKey } from '../text/fold.js';

/** The label of the row that collects residents outside the territory or with no commune. */
export const OUTSIDE_TERRITORY = 'Hors territoire / non renseigné';

/** A French postcode written beside a commune's name, brackets included. */
const POSTCODE = /\(?\b\d{5}\b\)?/;
const POSTCODE_G = new RegExp(POSTCODE.source, 'g');

/** A cell that is only a five-digit code: an INSEE code, or a postcode where a commune was expected. */
export const isFiveDigitCode = (raw: string): boolean => /^\d{5}$/.test(raw.replace(/\s/g, ''));

/** Resolves a commune cell (name in any spelling, alias or INSEE code) to a commune of the territory. */
export function communeResolver(territory: Config['territory']): (raw: string) => Commune | undefined {
  const lookup = new Map<string, Commune>();
  for (const commune of territory.communes) {
    for (const key of [commune.name, commune.insee, ...commune.aliases]) lookup.set(normalizeKey(key), commune);
  }
  // A territory's exports spell its communes a few ways each: fold each spelling once.
  const seen = new Map<string, Commune | undefined>();
  return (raw) => {
    if (raw === '') return undefined;
    if (seen.has(raw)) return seen.get(raw);
    // `59130 Lambersart`, `Lambersart (59130)`: a postcode beside a name of the territory names it all the same.
    const found = lookup.get(normalizeKey(raw)) ?? (POSTCODE.test(raw) ? lookup.get(normalizeKey(raw.replace(POSTCODE_G, ' '))) : undefined);
    if (seen.size < 10_000) seen.set(raw, found);
    return found;
  };
}

/** A commune cell as exports write it, resolved against the territory (insee undefined outside it). */
export interface CommuneCell {
  raw: string;
  insee: string | undefined;
}

/**
 * The commune of the territory a cell that matched none probably means: a typo (`La Madelaine`),
 * another small word (`Saint-André-les-Lille`, `Quesnoy/Deûle`), a postcode beside the name
 * (`Lambersart (59130)`) or a spaced INSEE code (`59 378`). Only suggested, never applied:
 * the analyst adds the spelling to the commune's aliases if it is the one.
 */
export function nearCommune(raw: string, territory: Config['territory']): Commune | undefined {
  const byName = new Map<string, Commune>();
  for (const commune of territory.communes) for (const name of [commune.name, ...commune.aliases]) byName.set(name, commune);
  const code = raw.replace(/\s/g, '');
  const byCode = territory.communes.find((commune) => commune.insee === code);
  if (byCode !== undefined) return byCode;
  const withoutCode = raw.replace(POSTCODE_G, ' ').trim();
  for (const [candidate, fold] of [
    [raw, normalizeKey],
    [withoutCode, normalizeKey],
    [withoutCode, foldHeader],
  ] as const) {
    if (candidate === '') continue;
    const found = nearest(candidate, byName.keys(), { fold, limit: 1 })[0];
    if (found !== undefined) return byName.get(found);
  }
  return undefined;
}

/**
 * The priority neighbourhoods of a year: the dated list of `territory.qpvLists` in force on its
 * 1 January (the list of 1 January 2024 for 2024), else `territory.qpv`, which holds for any year.
 */
export function qpvOf(territory: Config['territory'], year: number): readonly { name: string; insee: string }[] {
  const day = `${year}-01-01`;
  const list = territory.qpvLists.find((l) => (l.from ?? '') <= day && day <= (l.until ?? '9999-12-31'));
  return list?.neighbourhoods ?? territory.qpv;
}
