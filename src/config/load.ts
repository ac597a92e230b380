import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { ErrorCode, ReportError, jsonErrorAt } from '../errors.js';
import { defaultConfig } from './defaults.js';
import { allExports } from '../schemas/all-exports.js';
import { configSchema, type Config } from './schema.js';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars replace (a commune list is replaced whole). */
function merge(base: Plain, override: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = isPlain(value) && isPlain(base[key]) ? merge(base[key] as Plain, value) : value;
  }
  return out;
}

function describeIssues(source: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${source}: ${issue.path.length ? issue.path.join('.') : '(racine)'}: ${issue.message}`)
    .join('\n');
}

/** Validates a configuration object given as overrides of the ALPES defaults. */
export function resolveConfig(overrides: unknown = {}, source = 'configuration'): Config {
  if (!isPlain(overrides)) {
    throw new ReportError(ErrorCode.CONFIG_INVALID, `${source}: un objet JSON est attendu`);
  }
  const result = configSchema.safeParse(merge(defaultConfig as Plain, overrides));
  if (!result.success) {
    throw new ReportError(ErrorCode.CONFIG_INVALID, `Configuration invalide :\n${describeIssues(source, result.error)}`);
  }
  const unknownAliases = checkColumnAliases(result.data);
  if (unknownAliases.length > 0) {
    throw new ReportError(ErrorCode.CONFIG_INVALID, `Configuration invalide :\n${unknownAliases.map((m) => `${source}: ${m}`).join('\n')}`);
  }
  return result.data;
}

/** `columnAliases` must name known files and columns: a typo there would silently map nothing. */
function checkColumnAliases(config: Config): string[] {
  const columns = new Map(allExports(config).map((e) => [e.file, e.specs.map((s) => s.name)] as const));
  const problems: string[] = [];
  for (const [file, aliases] of Object.entries(config.columnAliases)) {
    const known = columns.get(file);
    if (!known) {
      problems.push(`columnAliases.${file}: fichier inconnu (fichiers : ${[...columns.keys()].join(', ')})`);
      continue;
    }
    for (const column of Object.keys(aliases)) {
      if (!known.includes(column)) problems.push(`columnAliases.${file}.${column}: colonne inconnue (colonnes : ${known.join(', ')})`);
    }
  }
  return problems;
}

/** Reads `--config FILE` (or the defaults when absent). */
export async function loadConfig(path?: string): Promise<Config> {
  if (path === undefined) return resolveConfig();
  let text: string;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new ReportError(ErrorCode.CONFIG_NOT_FOUND, `Fichier de configuration introuvable : ${path}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ReportError(ErrorCode.CONFIG_INVALID, `${basename(path)} : ${jsonErrorAt(text, cause)}`, { cause });
  }
  return resolveConfig(json, basename(path));
}
