import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { computeReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The code without its comments (examples of keys in comments are not declarations). */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Every quoted string of src/, with the file it is in. */
const literals = sources('src').flatMap((file) => [...code(file).matchAll(/(['`])([a-z][\w-]*(?:\.[\w-]+)+)\1/g)].map((m) => ({ file, text: m[2]! })));

describe('indicator keys in src/', async () => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  const keys = new Set(Object.keys(computeReport(dataset, config).indicators));

  it('are each written once: in the declaration of the figure', () => {
    const seen = new Map<string, string[]>();
    for (const { file, text } of literals) if (keys.has(text)) seen.set(text, [...(seen.get(text) ?? []), file]);
    const twice = [...seen].filter(([, files]) => files.length > 1).map(([key, files]) => `${key} : ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('never spell a `.history` key: the runner makes them from the figures that keep their history', () => {
    expect(literals.filter(({ text }) => text.endsWith('.history')).map(({ file, text }) => `${file} : ${text}`)).toEqual([]);
  });
});
