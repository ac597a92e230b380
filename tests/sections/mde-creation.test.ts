import { describe, expect, it } from 'vitest';
import { mdeCreationSection } from '../../src/sections/mde-creation.js';
import { config } from '../support/build.js';
import { mdeYear } from '../support/mde.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-creation', () => {
  const businessCreation = {
    ateliers: { nombre: 6, participants: 40, participantsTerritoire: 30 },
    porteursAccueillis: { total: 44, territoire: 43, femmes: 21, hommes: 23 },
    orientations: 49,
    entreprisesCreees: { entreprises: 5, entrepreneurs: 6 },
  };

  it('declares the tallies of contenu/creation-entreprise.json', () => {
    const { model, figures } = runSection(mdeCreationSection, config, mdeYear(2023, { businessCreation }));
    expect(model).toEqual({
      workshops: { sessions: 6, participants: 40, fromTerritory: 30 },
      projectHolders: { total: 44, fromTerritory: 43, F: 21, H: 23 },
      referrals: 49,
      companies: { companies: 5, entrepreneurs: 6 },
    });
    expect(figures).toEqual({
      'mde.creation.workshops': model.workshops,
      'mde.creation.projectHolders': model.projectHolders,
      'mde.creation.referrals': 49,
      'mde.creation.companies': model.companies,
    });
  });

  it('names its declared file for every figure', () => {
    const { indicators, evidence } = runSection(mdeCreationSection, config, mdeYear(2023, { businessCreation }));
    expect([...evidence.values()].map((e) => e.declaredIn)).toEqual(Array(4).fill('contenu/creation-entreprise.json'));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(indicators.map((i) => i.sources)).toEqual(Array(4).fill(['2023/contenu/creation-entreprise.json']));
  });

  it('is left out when nothing is declared', () => {
    expect(() => runSection(mdeCreationSection, config, mdeYear(2023, {}))).toThrow('pas de page');
  });
});
