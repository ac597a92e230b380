import { basename } from 'node:path';
import type { z } from 'zod';
import { controlsInValue, oneLineControlMessage, printable } from '../text/control-characters.js';
import { ErrorCode, ReportError, jsonErrorAt } from '../errors.js';
import { encodingOf } from '../read/decode.js';
import { readRegularBytes } from '../read/regular-file.js';
import { duplicateKeys } from '../json/duplicate-keys.js';
import { keysAt } from '../json/schema-keys.js';
import { didYouMean } from '../text/suggest.js';
import { foldHeader } from '../text/fold.js';
import { defaultConfig } from './defaults.js';
import { allExports } from '../schemas/all-exports.js';
import { EVENT_TYPES } from '../schemas/ml/evenements.js';
import { settingPath } from './paths.js';
import { configSchema, type Config } from './schema.js';

/** A settings file is a few kilobytes; past this it is the wrong file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Objects replaced whole, as arrays and scalars are: a health partner given without its `name` must not keep ALPES's
 * (« l’Institut Pasteur » naming another association's partner).
 */
const REPLACED_WHOLE = new Set(['cpam', 'checkUp', 'psychologist'].map((partner) => `ml.health.${partner}`));

/** Objects merge key by key; arrays and scalars replace (a commune list is replaced whole). */
function merge(base: Plain, override: Plain, at = ''): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const under = Object.hasOwn(base, key) ? base[key] : undefined;
    const path = at === '' ? key : `${at}.${key}`;
    // Defined, not assigned: a `__proto__` key stays a key (and is refused as unknown) instead of becoming a prototype.
    Object.defineProperty(out, key, {
      value: isPlain(value) && isPlain(under) && !REPLACED_WHOLE.has(path) ? merge(under, value, path) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** One line a problem: the setting's path, then what is wrong; an unknown key with the nearest known one. */
function describeIssue(issue: z.core.$ZodIssue, given: unknown): string[] {
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(configSchema, issue.path);
    return issue.keys.map((key) => {
      const near = didYouMean(key, known);
      const hint = near !== '' || known.length === 0 ? near : ` (paramètres possibles ici : ${known.join(', ')})`;
      return `${settingPath([...issue.path, key])}: paramètre inconnu${hint}`;
    });
  }
  if (issue.code === 'invalid_value') {
    const value = issue.path.reduce<unknown>((at, key) => (isPlain(at) || Array.isArray(at) ? (at as Plain)[key as string] : undefined), given);
    const values = issue.values.map(String);
    const near = typeof value === 'string' ? didYouMean(value, values) : '';
    return [
      `${settingPath(issue.path)}: valeur ${typeof value === 'string' ? `« ${value} »` : (JSON.stringify(value) ?? '?')} ` +
        `non admise${near} (valeurs : ${values.join(', ')})`,
    ];
  }
  return [`${settingPath(issue.path)}: ${issue.message}`];
}

const invalid = (source: string, lines: string[]) =>
  new ReportError(ErrorCode.CONFIG_INVALID, `Configuration invalide :\n${lines.map((line) => `${source}: ${line}`).join('\n')}`);

/** Validates a configuration object given as overrides of the ALPES defaults. */
export function resolveConfig(overrides: unknown = {}, source = 'configuration', sectionIds?: readonly string[]): Config {
  if (!isPlain(overrides)) {
    const given = Array.isArray(overrides)
      ? 'une liste [ … ]'
      : overrides === null
        ? 'null'
        : `une valeur seule (${typeof overrides === 'string' ? 'un texte' : typeof overrides === 'number' ? 'un nombre' : 'un booléen'})`;
    throw new ReportError(ErrorCode.CONFIG_INVALID, `${source}: un objet JSON { … } est attendu, le fichier contient ${given}`);
  }
  const given = withoutComments(overrides) as Plain;
  const merged = merge(withoutDefaultQpv(defaultConfig as Plain, given), given);
  // Checked before the schema, which trims the spaces around texts (a final carriage return among them).
  const early = [
    ...controlsInValue(given).map((found) => ({ path: settingPath(found.path), message: oneLineControlMessage(found) })),
    ...reservedAliasKeys(given.columnAliases),
  ];
  const result = configSchema.safeParse(merged);
  const problems = [
    ...early.map((c) => `${c.path}: ${c.message}`),
    ...(result.success
      ? []
      : result.error.issues.filter((issue) => !early.some((c) => c.path === settingPath(issue.path))).flatMap((issue) => describeIssue(issue, merged))),
  ];
  if (!result.success || problems.length > 0) throw invalid(source, problems);
  const aliases = [
    ...checkColumnAliases(result.data),
    ...unknownEventTypes(result.data),
    ...(sectionIds === undefined ? [] : unknownSections(given.sections, sectionIds)),
  ];
  if (aliases.length > 0) throw invalid(source, aliases);
  return result.data;
}

/**
 * ALPES's priority neighbourhoods belong together: a configuration giving `territory.qpv` or `territory.qpvLists`
 * declares its own, and the other setting starts empty (ALPES's dated list would otherwise win over a given `qpv`).
 */
function withoutDefaultQpv(defaults: Plain, given: Plain): Plain {
  const territory = given.territory;
  if (!isPlain(territory) || !(Object.hasOwn(territory, 'qpv') || Object.hasOwn(territory, 'qpvLists'))) return defaults;
  return { ...defaults, territory: { ...(defaults.territory as Plain), qpv: [], qpvLists: [] } };
}

/** JSON has no comments: a key starting with `_` or `$` (`_comment`, `$schema`), at any level, is one, and is left out. */
export const isCommentKey = (key: string) => (key.startsWith('_') && key !== '__proto__') || key.startsWith('$');

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [key, inner] of Object.entries(value)) {
    // Defined, not assigned, as in merge(): a `__proto__` key stays a key.
    if (!isCommentKey(key)) Object.defineProperty(out, key, { value: withoutComments(inner), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** zod drops a `__proto__` key of a record (`columnAliases`) without a word: refused here, as any unknown name. */
function reservedAliasKeys(aliases: unknown): { path: string; message: string }[] {
  if (!isPlain(aliases)) return [];
  const found: { path: string; message: string }[] = [];
  if (Object.hasOwn(aliases, '__proto__')) found.push({ path: 'columnAliases.__proto__', message: 'fichier inconnu' });
  for (const [file, columns] of Object.entries(aliases)) {
    if (isPlain(columns) && Object.hasOwn(columns, '__proto__')) found.push({ path: `columnAliases.${file}.__proto__`, message: 'colonne inconnue' });
  }
  return found;
}

/**
 * `sections` names the report's sections by id (given by the caller: the sections are a higher stage): a typo
 * would silently leave the page printed. Read as given, since zod drops a `__proto__` key.
 */
function unknownSections(given: unknown, sectionIds: readonly string[]): string[] {
  if (!isPlain(given)) return [];
  return Object.keys(given)
    .filter((id) => !isCommentKey(id) && !sectionIds.includes(id))
    .map((id) => `sections.${id}: section inconnue${didYouMean(id, sectionIds) || ` (sections : ${sectionIds.join(', ')})`}`);
}

/** `columnAliases` must name known files and columns: a typo there would silently map nothing. */
function checkColumnAliases(config: Config): string[] {
  const exports = new Map(allExports(config).map((e) => [e.file, e.specs] as const));
  const problems: string[] = [];
  for (const [file, aliases] of Object.entries(config.columnAliases)) {
    const specs = exports.get(file);
    if (!specs) {
      problems.push(`columnAliases.${file}: fichier inconnu${didYouMean(file, exports.keys()) || ` (fichiers : ${[...exports.keys()].join(', ')})`}`);
      continue;
    }
    const known = specs.map((s) => s.name);
    // Folded as the headers are (foldHeader): a configured alias outranks another column's own name
    // and built-in aliases when the file is read, so one that names them would take their header.
    const owner = new Map<string, { column: string; as: string }>();
    for (const spec of specs) {
      for (const name of [spec.name, ...spec.aliases]) {
        if (!owner.has(foldHeader(name)))
          owner.set(foldHeader(name), { column: spec.name, as: name === spec.name ? 'son nom' : `son en-tête reconnu « ${name} »` });
      }
    }
    for (const [column, headers] of Object.entries(aliases)) {
      if (!known.includes(column)) {
        problems.push(`columnAliases.${file}.${column}: colonne inconnue${didYouMean(column, known) || ` (colonnes : ${known.join(', ')})`}`);
        continue;
      }
      headers.forEach((header, i) => {
        const taken = owner.get(foldHeader(header));
        if (taken !== undefined && taken.column !== column) {
          problems.push(
            `columnAliases.${file}.${column}[${i}]: l’en-tête « ${header} » désigne déjà la colonne ${taken.column} : ` +
              `les deux colonnes seraient confondues (${taken.as} ; casse, accents, ponctuation et petits mots ignorés)`,
          );
        } else owner.set(foldHeader(header), { column, as: `columnAliases.${file}.${column}` });
      });
    }
  }
  return problems;
}

/** Reads `--config FILE` (or the defaults when absent); `sectionIds`, when given, are the ids `sections` may name. */
export async function loadConfig(path?: string, sectionIds?: readonly string[]): Promise<Config> {
  if (path === undefined) return resolveConfig({}, 'configuration', sectionIds);
  if (path.trim() === '')
    throw new ReportError(ErrorCode.CONFIG_NOT_FOUND, 'Fichier de configuration non précisé : --config attend le chemin d’un fichier JSON');
  // A folder, a FIFO or a device named by mistake is said as such instead of crashing or blocking the read.
  const read = await readRegularBytes(path, MAX_CONFIG_BYTES);
  if ('problem' in read) {
    if (read.absent) throw new ReportError(ErrorCode.CONFIG_NOT_FOUND, `Fichier de configuration introuvable : ${path}`);
    throw new ReportError(ErrorCode.CONFIG_NOT_FOUND, `Fichier de configuration illisible : ${path} : ${read.problem}`);
  }
  // Notepad saves « Unicode » (UTF-16) as readily as UTF-8: both are read; Windows-1252 is refused below.
  const { encoding } = encodingOf(read.bytes, 'utf-8');
  // A byte-order mark dropped: Notepad writes one in UTF-8 too, which JSON.parse refuses.
  const text = new TextDecoder(encoding === 'windows-1252' ? 'utf-8' : encoding).decode(read.bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ReportError(ErrorCode.CONFIG_INVALID, `${basename(path)} : le fichier de configuration est vide (au minimum : {})`);
  const notUtf8 = text.indexOf('\uFFFD');
  if (notUtf8 >= 0) {
    const line = text.slice(0, notUtf8).split('\n').length;
    throw new ReportError(
      ErrorCode.CONFIG_INVALID,
      `${basename(path)} : ligne ${line} : le fichier n’est pas un texte UTF-8 valide (enregistrez-le en UTF-8 : les accents seraient perdus)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ReportError(ErrorCode.CONFIG_INVALID, `${basename(path)} : ${jsonErrorAt(text, cause)}`, { cause });
  }
  const repeated = duplicateKeys(text).find(({ key }) => !isCommentKey(key));
  if (repeated !== undefined) {
    throw new ReportError(
      ErrorCode.CONFIG_INVALID,
      `${basename(path)} : ligne ${repeated.line} : « ${printable(repeated.key)} » est écrit ` +
        `deux fois dans le même objet (seule la dernière valeur serait lue : réunissez-les)`,
    );
  }
  return resolveConfig(json, basename(path), sectionIds);
}

/** The event types of the settings (collective events, health workshops) must be types evenements.csv can hold: another would count nobody. */
function unknownEventTypes(config: Config): string[] {
  const known: readonly string[] = EVENT_TYPES;
  const settings = [
    ['ml.youngAccompanied.collectiveEventTypes', config.ml.youngAccompanied.collectiveEventTypes],
    ['ml.health.workshops.eventTypes', config.ml.health.workshops.eventTypes],
  ] as const;
  return settings.flatMap(([path, types]) =>
    types.flatMap((type, i) => (known.includes(type) ? [] : [`${path}[${i}]: type d’événement inconnu « ${type} » (types : ${known.join(', ')})`])),
  );
}
