import { describe, expect, it } from 'vitest';
import type { Territory } from '../../src/schemas/content.js';
import { territoireSection } from '../../src/sections/territoire.js';
import { config } from '../support/build.js';
import { contentYear as content } from '../support/content-year.js';
import { runSection } from '../support/section.js';

const territory: Territory = {
  population: { valeur: 144212, source: 'Insee, RP2021' },
  salariesPrives: { valeur: 56497, date: '2022-12-31', source: 'URSSAF' },
  demandeursEmploi: { date: '2023-12-31', abc: 8793, evolutionAbc: 0.005, a: 5076, evolutionA: 0.044, source: 'Pôle emploi' },
};

describe('territoire', () => {
  const { model, figures, indicators, evidence } = runSection(territoireSection, config, content({ territory }));

  it('prints the declared figures of the territory and the number of communes of the configuration', () => {
    expect(model).toEqual({ communes: config.territory.communes.length, territoryName: config.association.territoryName, figures: territory });
    expect(figures).toEqual({
      'territory.communes': config.territory.communes.length,
      'territory.population': 144212,
      'territory.privateEmployees': 56497,
      'territory.jobSeekers.abc': 8793,
      'territory.jobSeekers.abcEvolution': 0.005,
      'territory.jobSeekers.a': 5076,
      'territory.jobSeekers.aEvolution': 0.044,
    });
  });

  it('names where each figure is declared, and its source in its definition', () => {
    const byKey = Object.fromEntries(indicators.map((i) => [i.key, i]));
    expect(byKey['territory.communes']!.sources).toEqual(['configuration : territory.communes']);
    expect(byKey['territory.population']!.sources).toEqual(['2023/contenu/territoire.json']);
    expect(byKey['territory.population']!.definition).toContain('Insee, RP2021');
    expect(byKey['territory.jobSeekers.aEvolution']!.definition).toContain('Pôle emploi');
    expect(evidence.get('territory.jobSeekers.a')).toMatchObject({ parts: [], declaredIn: 'contenu/territoire.json' });
  });

  it('leaves the page out when contenu/territoire.json is absent', () => {
    expect(() => runSection(territoireSection, config, content({}))).toThrow('pas de page');
  });
});
