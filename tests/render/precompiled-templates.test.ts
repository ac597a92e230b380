import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { createHandlebars, TEMPLATES_DIR } from '../../src/render/handlebars.js';
import { renderHtml } from '../../src/render/html.js';
import { precompiledModule, templateFiles, usePrecompiled } from '../../src/render/precompiled-templates.js';
import { computeReport, reportView } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

/** A copy of the shipped templates: each folder gets its own Handlebars environment. */
const copy = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'alpes-templates-'));
  await cp(TEMPLATES_DIR, dir, { recursive: true });
  return dir;
};

/** The module `npm run build` writes, for the shipped templates, written elsewhere. */
const built = async (edit = (text: string) => text) => {
  const file = join(await mkdtemp(join(tmpdir(), 'alpes-precompiled-')), 'templates.precompiled.cjs');
  await writeFile(file, edit(precompiledModule(TEMPLATES_DIR)));
  return file;
};

const fixturePage = async (templatesDir: string) => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  return renderHtml({ ...reportView(dataset, computeReport(dataset, config), config), methodology: true, communePages: true }, templatesDir);
};

const partialKinds = (dir: string) => new Set(Object.values(createHandlebars(dir).partials).map((partial) => typeof partial));

describe('templates compiled when the project is built', () => {
  afterAll(() => usePrecompiled(undefined));

  it('write the fixtures’ page byte for byte as the templates compiled at run time', async () => {
    usePrecompiled(undefined);
    const compiledNow = await fixturePage(await copy());
    usePrecompiled(await built());
    const dir = await copy();
    // Every partial is a compiled template, none a text left to compile.
    expect(partialKinds(dir)).toEqual(new Set(['function']));
    expect(await fixturePage(dir)).toBe(compiledNow);
  }, 60_000);

  it('hold every template of the folder, each once', async () => {
    const module = precompiledModule(TEMPLATES_DIR);
    for (const file of templateFiles(TEMPLATES_DIR)) expect(module).toContain(JSON.stringify(await readFile(file, 'utf8')));
    expect(templateFiles(TEMPLATES_DIR).map((file) => file.slice(TEMPLATES_DIR.length))).toContain('layout.hbs');
  });

  it('leave a template whose text changed to be compiled (and checked) at run time', async () => {
    usePrecompiled(await built());
    const dir = await copy();
    await appendFile(join(dir, 'sections', 'plie-sorties.hbs'), '\n<p>ajouté par l’analyste</p>\n');
    const partials = createHandlebars(dir).partials as Record<string, unknown>;
    expect(typeof partials['plie-sorties']).toBe('string');
    expect(typeof partials['plie-etapes']).toBe('function');
    expect(await fixturePage(dir)).toContain('ajouté par l’analyste');
    await appendFile(join(dir, 'sections', 'plie-sorties.hbs'), '\n{{#if model}}jamais fermé\n');
    expect(() => createHandlebars(dir)).toThrow(/^erreur de syntaxe dans le modèle .*sections\/plie-sorties\.hbs/);
  }, 60_000);

  it('are not used when built by another version of Handlebars', async () => {
    usePrecompiled(await built((text) => text.replace(/version: "[^"]*"/, 'version: "0.0.0"')));
    expect(partialKinds(await copy())).toEqual(new Set(['string']));
  });
});
