import type { Commune, Config } from './schema.js';
import { arrondissementsOfPostcode, communesOfPostcode, formerCode, officialCommune, territoryUnit, type OfficialCommune } from './official-communes.js';
import { nearest } from '../text/suggest.js';
import { foldHeader, normalizeKey } from '../text/fold.js';

/** The label of the row that collects residents outside the territory or with no commune. */
export const OUTSIDE_TERRITORY = 'Hors territoire / non renseigné';

/** A French postcode written beside a commune's name, brackets included. */
const POSTCODE = /\(?\b\d{5}\b\)?/;
const POSTCODE_G = new RegExp(POSTCODE.source, 'g');

/** A five-digit cell that is no INSEE code of the territory, read through the official geographic code. */
export type CodeReading =
  /** The postcode of one commune of today, and no INSEE code of a commune nearby: that commune, of the territory. */
  | { kind: 'postcode'; commune: Commune }
  /** The code of a commune merged into one of the territory (déléguée, associée, former code). */
  | { kind: 'former'; commune: Commune }
  /** A postcode several communes share, one of the territory at least: no guess, counted outside. */
  | { kind: 'shared'; communes: readonly OfficialCommune[] }
  /** The INSEE code of a commune nearby (or of the territory) and the postcode of others, one of the territory: no guess either. */
  | { kind: 'ambiguous'; insee: OfficialCommune; postcodeOf: readonly OfficialCommune[] }
  /** The INSEE code or the postcode of communes elsewhere: residents outside the territory. */
  | { kind: 'outside'; communes: readonly OfficialCommune[] }
  /** No commune's INSEE code nor postcode. */
  | { kind: 'unknown' };

/**
 * Reads a five-digit cell that matched no INSEE code of the territory (undefined for any other
 * cell). Half the postcodes are some commune's INSEE code too (59350: Lille, and Saint-André-lez-Lille's
 * postcode): such a code is read as a postcode only when its INSEE reading is a commune far from the territory.
 */
export function readCode(raw: string, territory: Config['territory']): CodeReading | undefined {
  const code = raw.trim();
  if (!/^\d[\dAB]\d{3}$/.test(code)) return undefined;
  const ofTerritory = (insee: string) => territory.communes.find((c) => c.insee === insee);
  const inTerritory = (c: OfficialCommune) => ofTerritory(c.insee) !== undefined;
  const insee = officialCommune(code) ?? formerCode(code)?.current;
  const postal = byArrondissement(communesOfPostcode(code), code, inTerritory);
  if (insee !== undefined) {
    const others = postal.filter((c) => c.insee !== insee.insee);
    if (!inTerritory(insee) && !others.some(inTerritory)) return { kind: 'outside', communes: [insee] };
    if (others.length === 0) return { kind: 'former', commune: ofTerritory(insee.insee)! };
    // 59130, Lambersart's postcode, is also the INSEE code of Cappelle-Brouck, 80 km away: read as the
    // postcode, unless that commune is a neighbour (same arrondissement as one of the territory's).
    const near = territory.communes.some((c) => territoryUnit(c.insee)?.arrondissement === insee.arrondissement);
    const [only] = others;
    if (!near && !inTerritory(insee) && others.length === 1 && inTerritory(only!)) return { kind: 'postcode', commune: ofTerritory(only!.insee)! };
    return { kind: 'ambiguous', insee, postcodeOf: others };
  }
  if (postal.some(inTerritory))
    return postal.length === 1 ? { kind: 'postcode', commune: ofTerritory(postal[0]!.insee)! } : { kind: 'shared', communes: postal };
  return postal.length > 0 ? { kind: 'outside', communes: postal } : { kind: 'unknown' };
}

/** A city whose municipal arrondissements the territory holds is read by them: 75018 is Paris 18e's postcode, not Paris's. */
function byArrondissement(postal: readonly OfficialCommune[], code: string, inTerritory: (c: OfficialCommune) => boolean): readonly OfficialCommune[] {
  const parts = arrondissementsOfPostcode(code).filter(inTerritory);
  return parts.length === 0 ? postal : [...postal.filter((c) => !parts.some((part) => part.city === c.insee)), ...parts];
}

/**
 * Resolves a commune cell to a commune of the territory: its name in any spelling (the configured
 * one, an alias or the official one, case, accents and punctuation aside), its INSEE code, the
 * postcode of it alone (never a postcode it shares, see `readCode`) or the code of a commune merged into it.
 */
export function communeResolver(territory: Config['territory']): (raw: string) => Commune | undefined {
  const lookup = new Map<string, Commune>();
  for (const commune of territory.communes) {
    for (const key of [commune.officialName, commune.name, commune.insee, ...commune.aliases]) lookup.set(normalizeKey(key), commune);
  }
  // A territory's exports spell its communes a few ways each: fold each spelling once.
  const seen = new Map<string, Commune | undefined>();
  return (raw) => {
    if (raw === '') return undefined;
    if (seen.has(raw)) return seen.get(raw);
    // `59130 Lambersart`, `Lambersart (59130)`: a postcode beside a name of the territory names it all the same.
    let found = lookup.get(normalizeKey(raw)) ?? (POSTCODE.test(raw) ? lookup.get(normalizeKey(raw.replace(POSTCODE_G, ' '))) : undefined);
    if (found === undefined) {
      const code = readCode(raw, territory);
      if (code?.kind === 'postcode' || code?.kind === 'former') found = code.commune;
    }
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
  for (const commune of territory.communes) for (const name of [commune.officialName, commune.name, ...commune.aliases]) byName.set(name, commune);
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
 * Undefined when dated lists are declared, none is in force and `territory.qpv` is empty: the
 * year's list is missing (ALPES's defaults stop on 31/12/2023, the 2024 list is not invented).
 */
export function qpvOf(territory: Config['territory'], year: number): readonly { name: string; insee: string }[] | undefined {
  const day = `${year}-01-01`;
  const list = territory.qpvLists.find((l) => (l.from ?? '') <= day && day <= (l.until ?? '9999-12-31'));
  if (list !== undefined) return list.neighbourhoods;
  return territory.qpvLists.length === 0 || territory.qpv.length > 0 ? territory.qpv : undefined;
}

/** Why a year has no QPV list (qpvOf undefined), and what to declare. */
export function missingQpvList(territory: Config['territory'], year: number): string {
  const periods = territory.qpvLists.map((l) =>
    l.from === undefined ? `jusqu’au ${l.until}` : `du ${l.from}${l.until === undefined ? '' : ` au ${l.until}`}`,
  );
  return (
    `territory.qpvLists n’a aucune liste de quartiers prioritaires (QPV) en vigueur au 1er janvier ${year} (listes déclarées : ${periods.join(', ')}) : ` +
    `les résidents en QPV ne sont pas contrôlés ; ajoutez la liste de ${year} à la configuration, { "from": "${year}-01-01", "neighbourhoods": [ … ] }, ` +
    `ou "qpvLists": [] si le territoire n’a aucun quartier prioritaire (docs/configuration.md, « QPV lists »)`
  );
}
