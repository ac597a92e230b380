import { readFileSync } from 'node:fs';
import { normalizeKey } from '../text/fold.js';
import { nearest } from '../text/suggest.js';

/**
 * The official geographic code (Code officiel géographique, INSEE), as `@etalab/decoupage-administratif`
 * ships it: every commune's INSEE code, name and postcodes. Read from resources/official-communes.txt, the fields used
 * here derived from the package's 8,6 MB of JSON by `npm run communes` (indexing that JSON cost every
 * run 0,25 s, issue 16); its lines are split on first use, the maps by postcode and by name built when asked for.
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

/**
 * The file's bytes: a list is decoded when first asked for, and a commune's line alone when it is
 * looked up (decoding the 1,5 MB and mapping its 35 000 communes is a run's largest configuration cost).
 */
let file: Buffer | undefined;
/** Where one of the file's lists (`## name` before it) starts and ends, in bytes, without its last line break. */
function listBytes(name: string): { start: number; end: number } {
  file ??= readFileSync(new URL('../../resources/official-communes.txt', import.meta.url));
  const start = file.indexOf('\n', file.indexOf(`\n## ${name}\n`) + 1) + 1;
  const end = file.indexOf('\n## ', start);
  return { start, end: end === -1 ? file.length - 1 : end };
}

/** The lines of one of the file's lists. */
function list(name: string): string[] {
  const { start, end } = listBytes(name);
  return file!.toString('utf8', start, end).split('\n');
}

/** The lines of a list, split on their fields. */
const rows = (name: string): string[][] => list(name).map((line) => line.split('|'));

const unit = ([insee, name, department, arrondissement, postcodes]: string[]): OfficialCommune => ({
  insee: insee!,
  name: name!,
  department: department!,
  arrondissement: arrondissement!,
  postcodes: postcodes === '' ? [] : postcodes!.split(' '),
});

/** Key → every value of that key, in the order given. */
function grouped<T>(values: Iterable<T>, keys: (value: T) => Iterable<string>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    for (const key of keys(value)) {
      const list = map.get(key);
      if (list === undefined) map.set(key, [value]);
      else list.push(value);
    }
  }
  return map;
}

// A run looks up a few codes: each line is split into its commune when first asked for (always the same object).
let lineMap: Map<string, string> | undefined;
/** INSEE code (5 characters) → its line. */
const communeLines = () => (lineMap ??= new Map(list('communes').map((line) => [line.slice(0, 5), line])));
const communes = new Map<string, OfficialCommune>();

let communeBytes: { start: number; end: number } | undefined;
/**
 * Searches of the bytes left before every line is mapped: a search reads up to the whole list, so a
 * run looking up many codes one by one (a national export's) maps them once instead. A lookup of
 * many at once (the former codes' communes, a name's nearest codes) maps them first.
 */
let searchesLeft = 64;
/** A commune's line: looked for in the file's bytes, until every line is mapped (`communeLines`). */
function lineOf(insee: string): string | undefined {
  if (lineMap === undefined && searchesLeft-- <= 0) communeLines();
  if (lineMap !== undefined) return lineMap.get(insee);
  if (insee.length !== 5 || insee.includes('\n')) return undefined;
  const { start, end } = (communeBytes ??= listBytes('communes'));
  // The list's first line has no line break before it: its code is the list's first 5 bytes.
  const at = file!.toString('utf8', start, start + 6) === `${insee}|` ? start : file!.indexOf(`\n${insee}|`, start) + 1;
  if (at === 0 || at >= end) return undefined;
  return file!.toString('utf8', at, file!.indexOf('\n', at));
}

function communeOf(insee: string): OfficialCommune | undefined {
  let commune = communes.get(insee);
  if (commune === undefined) {
    const line = lineOf(insee);
    if (line === undefined) return undefined;
    communes.set(insee, (commune = unit(line.split('|'))));
  }
  return commune;
}

const allCommunes = () => [...communeLines().keys()].map((insee) => communeOf(insee)!);

let arrondissementMap: Map<string, MunicipalArrondissement> | undefined;
const arrondissements = (): Map<string, MunicipalArrondissement> =>
  (arrondissementMap ??= new Map(rows('arrondissements').map((row) => [row[0]!, { ...unit(row), city: row[5]! }])));

let formerMap: Map<string, FormerCode> | undefined;
function formerCodes(): Map<string, FormerCode> {
  if (formerMap !== undefined) return formerMap;
  // Thousands of communes looked up at once: every line mapped first rather than searched for one by one.
  communeLines();
  formerMap = new Map(rows('former').map(([code, name, kind, insee]) => [code!, { code: code!, name: name!, kind: kind!, current: communeOf(insee!)! }]));
  return formerMap;
}

let postcodeMap: Map<string, string> | undefined;
/** Postcode → the INSEE codes of the communes of today it serves. */
const postcodeLines = () => (postcodeMap ??= new Map(rows('postcodes').map(([postcode, codes]) => [postcode!, codes!])));
const byPostcode = new Map<string, OfficialCommune[]>();

let arrondissementPostcodeMap: Map<string, MunicipalArrondissement[]> | undefined;
/** Postcode → the municipal arrondissements it serves (75116: Paris 16e; its city has it too, in byPostcode). */
const arrondissementsByPostcode = () => (arrondissementPostcodeMap ??= grouped(arrondissements().values(), (a) => a.postcodes));

let nameMap: Map<string, OfficialCommune[]> | undefined;
/** Folded name → the communes of today of that name (several departments have a Saint-Martin). */
const byName = () => (nameMap ??= grouped(allCommunes(), (c) => [normalizeKey(c.name)]));

/** The commune of today with this INSEE code. */
export const officialCommune = (insee: string): OfficialCommune | undefined => communeOf(insee);

/** The municipal arrondissement of Paris, Lyon or Marseille with this INSEE code (75118 Paris 18e). */
export const municipalArrondissement = (insee: string): MunicipalArrondissement | undefined => arrondissements().get(insee);

/** The municipal arrondissements a postcode serves. */
export const arrondissementsOfPostcode = (postcode: string): readonly MunicipalArrondissement[] => arrondissementsByPostcode().get(postcode) ?? [];

/** What a territory may name as one of its communes: a commune of today, or a municipal arrondissement. */
export const territoryUnit = (insee: string): OfficialCommune | undefined => officialCommune(insee) ?? municipalArrondissement(insee);

/** A code of a commune merged into one of today, or of an arrondissement: the commune it belongs to now. */
export const formerCode = (code: string): FormerCode | undefined => formerCodes().get(code);

/** The communes of today a postcode serves (one, most often; several share a post office's code). */
export const communesOfPostcode = (postcode: string): readonly OfficialCommune[] => byPostcode.get(postcode) ?? communesOfPostcodeRead(postcode);

function communesOfPostcodeRead(postcode: string): readonly OfficialCommune[] {
  const codes = postcodeLines().get(postcode);
  if (codes === undefined) return [];
  const found = codes.split(' ').map((insee) => communeOf(insee)!);
  byPostcode.set(postcode, found);
  return found;
}

/** The communes of today of this name, case, accents and punctuation aside. */
export const communesNamed = (name: string): readonly OfficialCommune[] => byName().get(normalizeKey(name)) ?? [];

/**
 * What an INSEE code that names no commune of today probably meant, for the configuration's
 * error: the communes of the name given beside it, then the codes one digit away in the same
 * department, each with its name.
 */
export function nearestCommunes(code: string, name: string | undefined): string[] {
  const byName = name === undefined ? [] : communesNamed(name);
  const named = byName.length > 0 ? byName : name === undefined ? [] : nearestNames(name);
  const department = code.slice(0, 2);
  const codes = [...communeLines().keys()].filter((c) => c.startsWith(department));
  const near = nearest(code, codes, { fold: (c) => c, limit: 3 }).map((c) => communeOf(c)!);
  const shown = [...named, ...near.filter((c) => !named.includes(c))].slice(0, 4);
  return shown.map((c) => `${c.insee} ${c.name}`);
}

/** Communes of today whose name is a typo away from `name`. */
function nearestNames(name: string): OfficialCommune[] {
  const found = nearest(name, byName().keys(), { limit: 1 });
  return found.flatMap((key) => byName().get(key) ?? []).slice(0, 3);
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
