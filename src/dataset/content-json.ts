import { basename } from 'node:path';
import type { z } from 'zod';
import { controlsInValue, oneLineControlMessage, printable } from '../text/control-characters.js';
import { jsonErrorIssue, type DataIssue } from '../errors.js';
import { CONTENT_LIMITS } from '../schemas/content.js';
import { keysAt } from '../json/schema-keys.js';
import { didYouMean } from '../text/suggest.js';
import { duplicateKeys } from '../json/duplicate-keys.js';
import { readContentFile, type ContentRead } from './content-files.js';
import type { ReadOptions } from '../read/read-export.js';

/** How a declared JSON file of contenu/ is read, and its problems said with their line and key. */

export type Read<T> = { value?: T; issues: DataIssue[] };
export const failed = (read: ContentRead): Read<never> => ('issue' in read ? { issues: [read.issue] } : { issues: [] });

/** Best effort: the line where the last key of a JSON path is written, for the message. */
function lineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  let from = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const at = text.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at;
  }
  return from === 0 ? undefined : text.slice(0, from).split('\n').length;
}

const kindOfJson = (value: unknown) =>
  Array.isArray(value)
    ? 'un tableau « [ … ] »'
    : value === null
      ? 'null'
      : typeof value === 'string'
        ? 'un texte'
        : typeof value === 'number'
          ? 'un nombre'
          : 'une valeur';

/** The value at `path` of a parsed JSON value, and whether its last key is there at all. */
function lookUp(json: unknown, path: readonly PropertyKey[]): { parent: unknown; present: boolean } {
  let parent: unknown = json;
  for (const key of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<PropertyKey, unknown>)[key] : undefined;
  const last = path.at(-1);
  const present = last === undefined || (typeof parent === 'object' && parent !== null && Object.hasOwn(parent, last));
  return { parent, present };
}

/**
 * A key the schema requires but the object lacks, said in French with the keys of that object
 * (zod would say « chaîne de caractères attendu, indéfini reçu »). `where` is the object, as the user sees it.
 */
function missingKeyIssue(
  file: string,
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  json: unknown,
  where: string,
  line: number | undefined,
): DataIssue | undefined {
  if (issue.code !== 'invalid_type' || issue.path.length === 0) return undefined;
  const { parent, present } = lookUp(json, issue.path);
  if (present || typeof parent !== 'object' || parent === null) return undefined;
  const parentPath = issue.path.slice(0, -1);
  const keys = keysAt(schema, parentPath);
  return {
    severity: 'error',
    file,
    ...(line === undefined ? {} : { line }),
    ...(parentPath.length === 0 ? {} : { column: parentPath.join('.') }),
    message: `clé « ${String(issue.path.at(-1))} » manquante dans ${where}${keys.length === 0 ? '' : ` (${keys.join(', ')})`}`,
  };
}

export function zodIssues(file: string, text: string, error: z.ZodError, schema: z.ZodType, json: unknown, lineFor = lineOf, container?: string): DataIssue[] {
  return error.issues.flatMap((issue): DataIssue[] => {
    const parentPath = issue.path.slice(0, -1);
    const where = container ?? (parentPath.length === 0 ? basename(file) : `« ${parentPath.join('.')} »`);
    const missing = missingKeyIssue(file, issue, schema, json, where, parentPath.length === 0 ? lineFor(text, issue.path) : lineFor(text, parentPath));
    if (missing !== undefined) return [missing];
    const column = issue.path.length > 0 ? issue.path.join('.') : '(racine)';
    if (issue.code === 'unrecognized_keys') {
      // Each unknown key on its own line, with the known key it is nearest to: a typo must not lose a figure.
      const keys = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const line = lineFor(text, [...issue.path, key]);
        return {
          severity: 'error',
          file,
          ...(line === undefined ? {} : { line }),
          column,
          message: `clé inconnue « ${key} »${didYouMean(key, keys)} ; clés attendues : ${keys.join(', ')}`,
        };
      });
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      return [{ severity: 'error', file, line: 1, column, message: `un objet JSON « { … } » est attendu, le fichier contient ${kindOfJson(json)}` }];
    }
    const line = lineFor(text, issue.path);
    return [{ severity: 'error', file, ...(line === undefined ? {} : { line }), column, message: issue.message }];
  });
}

export async function readJson<T>(file: string, year: string, encoding: ReadOptions['encoding'], schema: z.ZodType<T>): Promise<Read<T>> {
  const read = await readContentFile(file, year, CONTENT_LIMITS.jsonBytes, encoding);
  if (!('text' in read)) return failed(read);
  const { text } = read;
  if (text.trim() === '')
    return { issues: [{ severity: 'error', file, message: 'fichier vide : un objet JSON « { … } » est attendu (ou supprimez le fichier)' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return { issues: [jsonErrorIssue(file, text, cause)] };
  }
  const controls = controlsInValue(json).map((found): DataIssue => {
    const line = lineOf(text, found.path);
    return { severity: 'error', file, ...(line === undefined ? {} : { line }), column: printable(found.path.join('.')), message: oneLineControlMessage(found) };
  });
  // The schema's messages would repeat a key with control characters raw.
  if (controls.length > 0) return { issues: controls };
  const issues = duplicateKeys(text).map(({ key, line, first }): DataIssue => ({
    severity: 'error',
    file,
    line,
    column: key,
    message: `clé « ${key} » écrite deux fois (déjà ligne ${first}) : la première valeur serait perdue`,
  }));
  const result = schema.safeParse(json);
  if (!result.success) issues.push(...zodIssues(file, text, result.error, schema, json));
  return issues.length === 0 && result.success ? { value: result.data, issues } : { issues };
}
