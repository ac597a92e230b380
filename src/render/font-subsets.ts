import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The fonts cut down to a page's characters, kept from one build to the next in the user's cache
 * folder: cutting them (harfbuzz's WebAssembly, loaded, compiled and run) took 0,15–0,2 s of every
 * build's critical path, and as much again of a second core compiling it further while Chromium
 * loads the page. A build of the same page's characters reads them back instead.
 *
 * Safe by its key: the hash of everything the cut depends on (the fonts' bytes, the subsetter's
 * code and WebAssembly, the options, the characters); any other input has another file. A file
 * is written whole under a temporary name and renamed, so that a file of the right name is a
 * finished one; anything unreadable or not of the expected shape is ignored and cut again.
 */

/** Where this tool keeps what it may compute again: `$XDG_CACHE_HOME/alpes-report`, on Windows `%LOCALAPPDATA%\alpes-report`. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return join(base, 'alpes-report');
}

/** The most recent sets kept (a set is about 0,2 MB): the report's, the preview's, the communes' pages. */
export const KEPT_SUBSETS = 32;

/** What the cut's bytes depend on besides the fonts and the characters: the subsetter's code and its WebAssembly. */
let subsetterBytes: Buffer[] | undefined;
const subsetter = () => {
  if (subsetterBytes === undefined) {
    const main = require.resolve('subset-font');
    const wasm = createRequire(main).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    subsetterBytes = [readFileSync(main), readFileSync(wasm)];
  }
  return subsetterBytes;
};

/** The cut's key: the inputs' hash, each part's length first so that no two inputs run together. */
export function subsetKey(fonts: readonly Buffer[], chars: string, options: object): string {
  const hash = createHash('sha256');
  for (const part of [...subsetter(), ...fonts, Buffer.from(JSON.stringify(options)), Buffer.from(chars)]) {
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

const isBase64 = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);

/** The fonts' cuts (base64) stored under `key`, or undefined: none, unreadable, or not as many as asked. */
export async function storedSubsets(folder: string, key: string, count: number): Promise<string[] | undefined> {
  try {
    const stored: unknown = JSON.parse(await readFile(join(folder, `${key}.json`), 'utf8'));
    return Array.isArray(stored) && stored.length === count && stored.every(isBase64) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the cuts under `key` (never fails: a cache that cannot be written is only slower), then keeps the `KEPT_SUBSETS` latest. */
export async function storeSubsets(folder: string, key: string, subsets: readonly string[]): Promise<void> {
  const temporary = join(folder, `${key}.${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, JSON.stringify(subsets));
    await rename(temporary, join(folder, `${key}.json`));
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    if (files.length <= KEPT_SUBSETS) return;
    const dated = await Promise.all(files.map(async (name) => ({ name, time: (await stat(join(folder, name))).mtimeMs })));
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(dated.slice(KEPT_SUBSETS).map(({ name }) => rm(join(folder, name), { force: true })));
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
