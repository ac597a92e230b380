import type { Commune, Config } from './config/schema.js';
import { normalizeKey } from './text.js';

/** The label of the row that collects residents outside the territory or with no commune. */
export const OUTSIDE_TERRITORY = 'Hors territoire / non renseigné';

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
    const found = lookup.get(normalizeKey(raw));
    if (seen.size < 10_000) seen.set(raw, found);
    return found;
  };
}

/** A commune cell as exports write it, resolved against the territory (insee undefined outside it). */
export interface CommuneCell {
  raw: string;
  insee: string | undefined;
}
