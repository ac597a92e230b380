import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/measure/section.js';

const spec: ChartSpec = {
  id: 'cache',
  kind: 'bar',
  title: 'Graphique gardé',
  indicator: 'test.cache',
  labels: ['Un', 'Deux', 'Trois'],
  values: [3, 5, 8],
};

/** charts.ts as a new build of that bundle loads it (its id read at load, its in-memory charts empty). */
async function freshCharts(buildId: string | undefined) {
  if (buildId === undefined) delete process.env.ALPES_BUILD_ID;
  else process.env.ALPES_BUILD_ID = buildId;
  vi.resetModules();
  return import('../../src/render/charts.js');
}

const storedFiles = async (folder: string) => (existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.json')) : []);

/** The one stored chart, once the build's write (not awaited by it) is done. */
async function storedFile(folder: string): Promise<string> {
  await vi.waitFor(async () => expect(await storedFiles(folder)).toHaveLength(1));
  return join(folder, (await storedFiles(folder))[0]!);
}

describe('the charts’ images kept from one build of a bundle to the next', () => {
  const saved = { cache: process.env.XDG_CACHE_HOME, build: process.env.ALPES_BUILD_ID };
  let folder: string;
  beforeEach(async () => {
    const cache = await mkdtemp(join(tmpdir(), 'alpes-chart-cache-'));
    process.env.XDG_CACHE_HOME = cache;
    folder = join(cache, 'alpes-report', 'charts');
  });
  afterEach(() => {
    for (const [name, value] of [
      ['XDG_CACHE_HOME', saved.cache],
      ['ALPES_BUILD_ID', saved.build],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('reads back, in a later build of the same bundle, the very image the first one drew', async () => {
    const drawn = await (await freshCharts('bundle-a')).renderChart(spec, '#1f6f8b');
    expect(drawn).toMatch(/^data:image\/jpeg;base64,/);
    const file = await storedFile(folder);
    expect(JSON.parse(await readFile(file, 'utf8'))).toBe(drawn);
    expect(await (await freshCharts('bundle-a')).renderChart(spec, '#1f6f8b')).toBe(drawn);
    // What is read is the stored file: changed, the next build of that bundle puts the change in its page.
    await writeFile(file, JSON.stringify('data:image/jpeg;base64,AAAA'));
    expect(await (await freshCharts('bundle-a')).renderChart(spec, '#1f6f8b')).toBe('data:image/jpeg;base64,AAAA');
    // Another bundle (its code changed), another colour or other figures: drawn again.
    expect(await (await freshCharts('bundle-b')).renderChart(spec, '#1f6f8b')).toBe(drawn);
    expect(await (await freshCharts('bundle-a')).renderChart(spec, '#8b1f6f')).not.toBe(drawn);
    expect(await (await freshCharts('bundle-a')).renderChart({ ...spec, values: [3, 5, 9] }, '#1f6f8b')).not.toBe(drawn);
  });

  it('draws again over a damaged or foreign file', async () => {
    const drawn = await (await freshCharts('bundle-c')).renderChart(spec, '#1f6f8b');
    const file = await storedFile(folder);
    for (const damaged of ['"data:image/jpeg;base64,AA', '{}', '"data:image/png;base64,AAAA"', '"data:image/jpeg;base64,\\"><script>"']) {
      await writeFile(file, damaged);
      expect(await (await freshCharts('bundle-c')).renderChart(spec, '#1f6f8b')).toBe(drawn);
    }
  });

  it('keeps nothing when the code’s identity is unknown (tsc’s files, the sources)', async () => {
    await (await freshCharts(undefined)).renderChart(spec, '#1f6f8b');
    await new Promise((done) => setTimeout(done, 100));
    expect(await storedFiles(folder)).toEqual([]);
  });
});
