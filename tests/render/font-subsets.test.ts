import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheFolder } from '../../src/render/disk-cache.js';
import { KEPT_SUBSETS, storedSubsets, storeSubsets, subsetKey } from '../../src/render/font-subsets.js';

/** fonts.ts as a new build loads it: its in-memory sets empty. */
async function freshFonts() {
  vi.resetModules();
  return import('../../src/render/fonts.js');
}

/** The one stored file, once the build's write (not awaited by it) is done. */
async function storedFile(folder: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const files = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.json')) : [];
    if (files.length === 1) return join(folder, files[0]!);
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`nothing stored in ${folder}`);
}

describe('the fonts’ cuts kept from one build to the next', () => {
  const saved = process.env.XDG_CACHE_HOME;
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(join(tmpdir(), 'alpes-font-cache-'));
    process.env.XDG_CACHE_HOME = cache;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  });

  it('reads back, in a later build, the very bytes the first one cut', async () => {
    const page = '<h1>Rapport d’activité — Œuvre ≤ 5</h1>';
    const cut = await (await freshFonts()).fontFaceCss(page);
    const file = await storedFile(join(cache, 'alpes-report', 'fonts'));
    expect(await (await freshFonts()).fontFaceCss(page)).toBe(cut);
    // What is read is the stored file: changed, the next build inlines the change.
    const stored = JSON.parse(await readFile(file, 'utf8')) as string[];
    await writeFile(file, JSON.stringify(stored.map(() => 'AAAA')));
    expect(await (await freshFonts()).fontFaceCss(page)).toBe(cut.replace(/base64,[^)]*\)/g, 'base64,AAAA)'));
  });

  it('cuts again over a damaged or foreign file, and stores the cut', async () => {
    const page = '<p>Évolution 2021 → 2023</p>';
    const cut = await (await freshFonts()).fontFaceCss(page);
    const file = await storedFile(join(cache, 'alpes-report', 'fonts'));
    const stored = await readFile(file, 'utf8');
    for (const damaged of [stored.slice(0, 1000), '{}', '["AAAA"]', '["</style><script>", "x", "y"]']) {
      await writeFile(file, damaged);
      expect(await (await freshFonts()).fontFaceCss(page)).toBe(cut);
    }
    await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toBe(stored));
  });

  it('keys a cut on the characters, the fonts’ bytes and the options', () => {
    const fonts = [Buffer.from('font a'), Buffer.from('font b')];
    const key = subsetKey(fonts, 'abc', { targetFormat: 'truetype' });
    expect(subsetKey(fonts, 'abc', { targetFormat: 'truetype' })).toBe(key);
    expect(subsetKey(fonts, 'abd', { targetFormat: 'truetype' })).not.toBe(key);
    expect(subsetKey([Buffer.from('font a'), Buffer.from('font c')], 'abc', { targetFormat: 'truetype' })).not.toBe(key);
    expect(subsetKey([Buffer.from('font '), Buffer.from('afont b')], 'abc', { targetFormat: 'truetype' })).not.toBe(key);
    expect(subsetKey(fonts, 'abc', { targetFormat: 'woff2' })).not.toBe(key);
  });

  it('keeps only the latest sets', async () => {
    const folder = join(cache, 'sets');
    for (let i = 0; i <= KEPT_SUBSETS; i++) {
      await storeSubsets(`old${i}`, ['AAAA'], folder);
      await utimes(join(folder, `old${i}.json`), 1_000 + i, 1_000 + i);
    }
    await storeSubsets('new', ['AAAA'], folder);
    const left = await readdir(folder);
    expect(left).toHaveLength(KEPT_SUBSETS);
    expect(left).toContain('new.json');
    expect(left).not.toContain('old0.json');
    expect(left).not.toContain('old1.json');
    expect(await storedSubsets('new', 1, folder)).toEqual(['AAAA']);
    expect(await storedSubsets('new', 3, folder)).toBeUndefined();
    expect(await storedSubsets('none', 1, folder)).toBeUndefined();
  });

  it('lives in the user’s cache folder', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: '/var/cache/moi' })).toBe(join('/var/cache/moi', 'alpes-report'));
    if (process.platform !== 'win32') expect(cacheFolder({})).toBe(join(homedir(), '.cache', 'alpes-report'));
  });
});
