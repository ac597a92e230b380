import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * A subfolder of the outputs whose files change from year to year (`communes/<commune>.pdf`: a
 * commune leaves the territory) keeps the record of the files this tool wrote there, with a hash
 * of each: a later run removes a file it no longer writes only when the record names it and its
 * content is still the one written. A file of the user's (not recorded, or changed since) is never
 * removed.
 */
export const RECORD = '.alpes-report.json';

const recordSchema = z.object({ files: z.record(z.string(), z.string()) });

const hashOf = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** A plain name of the folder: a record naming `../x` or `a/b` is no record of ours. */
const plainName = (name: string) => name !== '' && name !== '.' && name !== '..' && !/[/\\]/.test(name) && name !== RECORD;

export interface RecordedSet {
  /** The files to write, `<folder>/<name>`, the record among them. */
  files: Record<string, string | Uint8Array>;
  /** Earlier files of this tool's, unchanged, that the new set no longer holds: `<folder>/<name>`, to remove with the writing. */
  remove: string[];
  /** Earlier files of this tool's that the new set no longer holds but that were changed since: left, as the user's. */
  changed: string[];
}

/** The record read from `<outDir>/<folder>`; none (absent, unreadable, not ours) is an empty one. */
async function readRecord(outDir: string, folder: string): Promise<Record<string, string>> {
  const text = await readFile(join(outDir, folder, RECORD), 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? Object.fromEntries(Object.entries(parsed.data.files).filter(([name]) => plainName(name))) : {};
  } catch {
    return {};
  }
}

/**
 * The files of `folder` to write (`written`: name → content), with the new record, and what the
 * earlier record names that the new set no longer holds: removed if unchanged, left if changed.
 */
export async function recordedSet(outDir: string, folder: string, written: Readonly<Record<string, string | Uint8Array>>): Promise<RecordedSet> {
  const earlier = await readRecord(outDir, folder);
  const remove: string[] = [];
  const changed: string[] = [];
  for (const [name, hash] of Object.entries(earlier)) {
    if (Object.hasOwn(written, name)) continue;
    const content = await readFile(join(outDir, folder, name)).catch(() => undefined);
    if (content === undefined) continue;
    (hashOf(content) === hash ? remove : changed).push(`${folder}/${name}`);
  }
  const record = { files: Object.fromEntries(Object.entries(written).map(([name, content]) => [name, hashOf(content)])) };
  const files: Record<string, string | Uint8Array> = Object.fromEntries(Object.entries(written).map(([name, content]) => [`${folder}/${name}`, content]));
  files[`${folder}/${RECORD}`] = `${JSON.stringify(record, null, 2)}\n`;
  return { files, remove, changed };
}
