import { describe, expect, it } from 'vitest';
import type { Communication } from '../../src/schemas/content.js';
import { communicationSection } from '../../src/sections/communication.js';
import { config } from '../support/build.js';
import { contentYear as content } from '../support/content-year.js';
import { runSection } from '../support/section.js';

const communication: Communication = {
  site: { adresse: 'www.emploi-mno.fr', visiteurs: 22383, pagesVues: 120430 },
  reseaux: [
    { nom: 'Facebook', abonnes: 2338, nouveauxAbonnes: 323, audience: 121900, audienceLibelle: 'utilisateurs atteints', audienceDefinition: 'personnes' },
    { nom: 'LinkedIn', abonnes: 6790, nouveauxAbonnes: 4028, audience: 165000, audienceLibelle: 'impressions', audienceDefinition: 'affichages' },
  ],
};

describe('communication', () => {
  it('declares the website and the networks from contenu/communication.json', () => {
    const { model, figures, indicators } = runSection(communicationSection, config, content({ communication }));
    expect(model).toEqual(communication);
    expect(figures).toEqual({
      'communication.website.visitors': 22383,
      'communication.website.pageViews': 120430,
      'communication.networks': {
        Facebook: { followers: 2338, newFollowers: 323, audience: 121900 },
        LinkedIn: { followers: 6790, newFollowers: 4028, audience: 165000 },
      },
    });
    for (const i of indicators) expect(i.sources).toEqual(['2023/contenu/communication.json']);
  });

  it('leaves the page out when contenu/communication.json is absent', () => {
    expect(() => runSection(communicationSection, config, content({}))).toThrow('pas de page');
  });
});
