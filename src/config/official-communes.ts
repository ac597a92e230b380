import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeKey } from '../text/fold.js';
import { nearest } from '../text/suggest.js';

/**
 * The official geographic code (Code officiel géographique, INSEE), as `@etalab/decoupage-administratif`
 * ships it: every commune's INSEE code, name and postcodes, bundled in the package (nothing is
 * downloaded, at install or at run time). Read once, on first use (8 MB of JSON, about a tenth of a second).
 */

/** A commune as it is today: the INSEE code the exports should carry. */
export interface OfficialCommune {
  insee: string;
  name: string;
  department: string;
  /** The arrondissement (a department's subdivision, `595` Lille): the neighbourhood a territory's residents come from. */
  arrondissement: string;
  postcodes: readonly string[];
}

/** A municipal arrondissement of Paris, Lyon or Marseille: a territory may hold it as one of its communes. */
export interface MunicipalArrondissement extends OfficialCommune {
  /** The INSEE code of its city (75056 Paris, 69123 Lyon, 13055 Marseille). */
  city: string;
}

/**
 * A code that names no commune of today but one merged into it or a part of it: a commune
 * déléguée or associée, a Paris, Lyon or Marseille arrondissement, a former code.
 */
export interface FormerCode {
  code: string;
  name: string;
  kind: string;
  current: OfficialCommune;
}

interface Entry {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  arrondissement?: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}

const KINDS: Record<string, string> = {
  'commune-deleguee': 'commune déléguée',
  'commune-associee': 'commune associée',
  'arrondissement-municipal': 'arrondissement municipal',
};

interface Index {
  current: Map<string, OfficialCommune>;
  former: Map<string, FormerCode>;
  byPostcode: Map<string, OfficialCommune[]>;
  /** Folded name → the communes of today of that name (several departments have a Saint-Martin). */
  byName: Map<string, OfficialCommune[]>;
  arrondissements: Map<string, MunicipalArrondissement>;
  /** Postcode → the municipal arrondissements it serves (75116: Paris 16e; its city has it too, in byPostcode). */
  arrondissementsByPostcode: Map<string, MunicipalArrondissement[]>;
}

let index: Index | undefined;

function load(): Index {
  const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Entry[];
  const current = new Map<string, OfficialCommune>();
  const byPostcode = new Map<string, OfficialCommune[]>();
  const byName = new Map<string, OfficialCommune[]>();
  for (const e of entries) {
    if (e.type !== 'commune-actuelle') continue;
    const commune: OfficialCommune = {
      insee: e.code,
      name: e.nom,
      department: e.departement ?? e.code.slice(0, 2),
      arrondissement: e.arrondissement ?? '',
      postcodes: e.codesPostaux ?? [],
    };
    current.set(e.code, commune);
    for (const postcode of commune.postcodes) byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
    const key = normalizeKey(e.nom);
    byName.set(key, [...(byName.get(key) ?? []), commune]);
  }
  const arrondissements = new Map<string, MunicipalArrondissement>();
  const arrondissementsByPostcode = new Map<string, MunicipalArrondissement[]>();
  for (const e of entries) {
    if (e.type !== 'arrondissement-municipal' || e.commune === undefined) continue;
    const part: MunicipalArrondissement = {
      insee: e.code,
      name: e.nom,
      department: e.departement ?? e.code.slice(0, 2),
      arrondissement: e.arrondissement ?? '',
      postcodes: e.codesPostaux ?? [],
      city: e.commune,
    };
    arrondissements.set(e.code, part);
    for (const postcode of part.postcodes) arrondissementsByPostcode.set(postcode, [...(arrondissementsByPostcode.get(postcode) ?? []), part]);
  }
  const former = new Map<string, FormerCode>();
  for (const e of entries) {
    const parent = e.type === 'commune-actuelle' ? undefined : current.get(e.chefLieu ?? e.commune ?? '');
    if (parent !== undefined && !current.has(e.code)) former.set(e.code, { code: e.code, name: e.nom, kind: KINDS[e.type] ?? e.type, current: parent });
  }
  for (const e of entries) {
    const commune = e.type === 'commune-actuelle' ? current.get(e.code) : undefined;
    for (const old of commune === undefined ? [] : (e.anciensCodes ?? [])) {
      if (!current.has(old) && !former.has(old)) former.set(old, { code: old, name: commune!.name, kind: 'ancien code', current: commune! });
    }
  }
  return { current, former, byPostcode, byName, arrondissements, arrondissementsByPostcode };
}

const data = (): Index => (index ??= load());

/** The commune of today with this INSEE code. */
export const officialCommune = (insee: string): OfficialCommune | undefined => data().current.get(insee);

/** The municipal arrondissement of Paris, Lyon or Marseille with this INSEE code (75118 Paris 18e). */
export const municipalArrondissement = (insee: string): MunicipalArrondissement | undefined => data().arrondissements.get(insee);

/** The municipal arrondissements a postcode serves. */
export const arrondissementsOfPostcode = (postcode: string): readonly MunicipalArrondissement[] => data().arrondissementsByPostcode.get(postcode) ?? [];

/** What a territory may name as one of its communes: a commune of today, or a municipal arrondissement. */
export const territoryUnit = (insee: string): OfficialCommune | undefined => officialCommune(insee) ?? municipalArrondissement(insee);

/** A code of a commune merged into one of today, or of an arrondissement: the commune it belongs to now. */
export const formerCode = (code: string): FormerCode | undefined => data().former.get(code);

/** The communes of today a postcode serves (one, most often; several share a post office's code). */
export const communesOfPostcode = (postcode: string): readonly OfficialCommune[] => data().byPostcode.get(postcode) ?? [];

/** The communes of today of this name, case, accents and punctuation aside. */
export const communesNamed = (name: string): readonly OfficialCommune[] => data().byName.get(normalizeKey(name)) ?? [];

/**
 * What an INSEE code that names no commune of today probably meant, for the configuration's
 * error: the communes of the name given beside it, then the codes one digit away in the same
 * department, each with its name.
 */
export function nearestCommunes(code: string, name: string | undefined): string[] {
  const { current } = data();
  const byName = name === undefined ? [] : communesNamed(name);
  const named = byName.length > 0 ? byName : name === undefined ? [] : nearestNames(name);
  const department = code.slice(0, 2);
  const codes = [...current.keys()].filter((c) => c.startsWith(department));
  const near = nearest(code, codes, { fold: (c) => c, limit: 3 }).map((c) => current.get(c)!);
  const shown = [...named, ...near.filter((c) => !named.includes(c))].slice(0, 4);
  return shown.map((c) => `${c.insee} ${c.name}`);
}

/** Communes of today whose name is a typo away from `name`. */
function nearestNames(name: string): OfficialCommune[] {
  const found = nearest(name, data().byName.keys(), { limit: 1 });
  return found.flatMap((key) => data().byName.get(key) ?? []).slice(0, 3);
}

/** Why a configured INSEE code cannot be counted: a code of no commune of today, or that of a commune merged into another. */
export function configuredCodeProblem(insee: string, name: string | undefined): string | undefined {
  if (territoryUnit(insee) !== undefined) return undefined;
  const former = formerCode(insee);
  if (former !== undefined) {
    const what = former.kind === 'ancien code' ? `un ancien code de ${former.name}` : `le code de ${former.name} (${former.kind} de ${former.current.name})`;
    const today = former.current;
    return `${insee} est ${what} : les exports comptent ses habitants dans ${today.name}, nommez la commune par son code d’aujourd’hui, ${today.insee}`;
  }
  const near = nearestCommunes(insee, name);
  return `code INSEE ${insee} inconnu du code officiel géographique${near.length > 0 ? ` (communes proches : ${near.join(', ')})` : ''}`;
}

/** A configured name that is another commune's of the department: the code of a neighbour typed by mistake. */
export function configuredNameProblem(insee: string, name: string): string | undefined {
  const official = officialCommune(insee);
  if (official === undefined || normalizeKey(name) === normalizeKey(official.name)) return undefined;
  const other = communesNamed(name).find((c) => c.department === official.department);
  return other === undefined
    ? undefined
    : `« ${name} » est le nom de la commune ${other.insee}, et ${insee} le code de ${official.name} : l’un des deux est erroné`;
}
