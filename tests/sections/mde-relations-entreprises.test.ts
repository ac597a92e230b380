import { describe, expect, it } from 'vitest';
import { mdeRelationsEntreprisesSection } from '../../src/sections/mde-relations-entreprises.js';
import { config } from '../support/build.js';
import { action, mdeYear, offer } from '../support/mde.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-relations-entreprises', () => {
  const employerActions = [
    action({}),
    action({}),
    action({ employeur: 'E2' }),
    action({ action: 'Contrat en alternance', detail: 'Apprentissage' }),
    action({ action: 'Contrat en alternance', detail: 'Professionnalisation' }),
    action({ action: 'PEC' }),
    action({ action: 'CIE' }),
    action({ action: 'CIE', date: '2022-12-31' }),
    action({ action: 'Parrainage', detail: 'M. Dupont' }),
    action({ action: 'Parrainage', detail: 'M. Dupont', employeur: 'E2' }),
    action({ action: 'Parrainage' }),
  ];
  const offers = [offer({}), offer({ type_contrat: 'cdd', commune: { raw: 'Lille', insee: undefined } }), offer({ date: '2022-06-01' })];

  it('counts the employer actions of the year and the offers published', () => {
    const { model } = runSection(mdeRelationsEntreprisesSection, config, mdeYear(2023, { employerActions, offers }));
    expect(model).toEqual({
      // A sponsor is the one named in the detail, else the employer: M. Dupont and E1.
      actions: { informed: 2, workStudy: { total: 2, apprenticeships: 1 }, pec: 1, cie: 1, sponsors: 2 },
      offers: { published: 2, onTerritory: 1, cdi: 1 },
    });
  });

  it('traces every figure to the rows that recompute it, in the log and the offers’ file', () => {
    const { indicators, evidence } = runSection(mdeRelationsEntreprisesSection, config, mdeYear(2023, { employerActions, offers }));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    const sources = Object.fromEntries(indicators.map((i) => [i.key, i.sources]));
    expect(sources['mde.employers.sponsors']).toEqual(['2023/relations-employeurs.csv']);
    expect(sources['mde.jobOffers']).toEqual(['2023/offres.csv']);
  });

  it('declares only the figures of the files present, and has no page without either', () => {
    const { model, figures } = runSection(mdeRelationsEntreprisesSection, config, mdeYear(2023, { offers }));
    expect(model.actions).toBeUndefined();
    expect(Object.keys(figures)).toEqual(['mde.jobOffers']);
    expect(runSection(mdeRelationsEntreprisesSection, config, mdeYear(2023, { employerActions })).model.offers).toBeUndefined();
    expect(() => runSection(mdeRelationsEntreprisesSection, config, mdeYear(2023, {}))).toThrow('pas de page');
  });
});
