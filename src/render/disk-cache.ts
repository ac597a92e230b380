import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * What a build computes again and again from the same inputs (the fonts' cuts, the charts'
 * images), kept from one build to the next in the user's cache folder. Safe by its key: the hash
 * of everything the value depends on, so that other inputs have another file. A file is written
 * whole under a temporary name and renamed, so that a file of the right name is a finished one;
 * anything unreadable or not of the expected shape is ignored and computed again.
 */

/** Where this tool keeps what it may compute again: `$XDG_CACHE_HOME/alpes-report`, on Windows `%LOCALAPPDATA%\alpes-report`. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return join(base, 'alpes-report');
}

/** The hash of `parts`, each one's length first so that no two inputs run together. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The value stored under `key` in `folder`, or undefined: none, unreadable, or refused by `accept`. */
export async function cached<T>(folder: string, key: string, accept: (value: unknown) => value is T): Promise<T | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(join(folder, `${key}.json`), 'utf8'));
    return accept(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key` (never fails: a cache that cannot be written is only slower), then keeps the `kept` latest files. */
export async function storeCached(folder: string, key: string, value: unknown, kept: number): Promise<void> {
  const temporary = join(folder, `${key}.${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, join(folder, `${key}.json`));
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    if (files.length <= kept) return;
    const dated = await Promise.all(files.map(async (name) => ({ name, time: (await stat(join(folder, name))).mtimeMs })));
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(dated.slice(kept).map(({ name }) => rm(join(folder, name), { force: true })));
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** A base64 text (JPEG or font bytes): what a stored file must hold to be put in a page. */
export const isBase64 = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
