import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cached, cacheFolder, cacheKey, isBase64, storeCached } from './disk-cache.js';

const require = createRequire(import.meta.url);

/**
 * The fonts cut down to a page's characters, kept from one build to the next (disk-cache.ts):
 * cutting them (harfbuzz's WebAssembly, loaded, compiled and run) took 0,15–0,2 s of every
 * build's critical path, and as much again of a second core compiling it further while Chromium
 * loads the page. A page's characters change seldom (its figures do, its alphabet not), so a build
 * of new data most often reads them back. Keyed on the fonts' bytes, the subsetter's code and
 * WebAssembly, the options and the characters.
 */

/** The most recent sets kept (a set is about 0,2 MB): the report's, the preview's, the communes' pages. */
export const KEPT_SUBSETS = 32;

const folder = () => join(cacheFolder(), 'fonts');

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

/** The cut's key. */
export const subsetKey = (fonts: readonly Buffer[], chars: string, options: object): string =>
  cacheKey([...subsetter(), ...fonts, JSON.stringify(options), chars]);

/** The fonts' cuts (base64) stored under `key`, or undefined: none, unreadable, or not as many as asked. */
export const storedSubsets = (key: string, count: number, where = folder()): Promise<string[] | undefined> =>
  cached(where, key, (value): value is string[] => Array.isArray(value) && value.length === count && value.every(isBase64));

/** Stores the cuts under `key`, keeping the `KEPT_SUBSETS` latest sets. */
export const storeSubsets = (key: string, subsets: readonly string[], where = folder()): Promise<void> => storeCached(where, key, subsets, KEPT_SUBSETS);
