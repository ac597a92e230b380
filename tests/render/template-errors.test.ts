import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlebars, TEMPLATES_DIR } from '../../src/render/handlebars.js';

describe('a template with a syntax error', () => {
  it('is named, with its line, in French', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-templates-'));
    await cp(TEMPLATES_DIR, dir, { recursive: true });
    await appendFile(join(dir, 'sections', 'plie-sorties.hbs'), '\n{{#if model}}jamais fermé\n');
    expect(() => createHandlebars(dir)).toThrow(/^erreur de syntaxe dans le modèle .*sections\/plie-sorties\.hbs \(ligne \d+\) : /);
  });
});
