import { describe, expect, it } from 'vitest';
import { editorialSection } from '../../src/sections/editorial.js';
import { config } from '../support/build.js';
import { contentYear as content } from '../support/content-year.js';
import { runSection } from '../support/section.js';

describe('editorial', () => {
  it('prints the declared editorial, with no figure', () => {
    const editorial = { titre: 'Au cœur de notre mission', signataire: 'Camille Exemple', fonction: 'Président·e', markdown: 'Texte.' };
    const { model, indicators } = runSection(editorialSection, config, content({ editorial }));
    expect(model).toEqual({ title: 'Au cœur de notre mission', signatory: 'Camille Exemple', role: 'Président·e', markdown: 'Texte.' });
    expect(indicators).toEqual([]);
  });

  it('leaves the page out when contenu/editorial.md is absent', () => {
    expect(() => runSection(editorialSection, config, content({}))).toThrow('pas de page');
  });
});
