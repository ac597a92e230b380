import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { ageBandOf } from '../../src/aggregation/ml-profile.js';
import { mlPublicSection } from '../../src/sections/ml-public.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

type Figures = Parameters<typeof traceMismatches>[0];
const byKey = (indicators: { key: string }[]): Figures => Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest])) as Figures;

describe('ml-public: the jeunes accompanied with a collective event, and the public’s profile', () => {
  // Ages on 31/12/2023: 17 (born 01/01/2006), 26 (born 31/12/1997), 25 (born 01/01/1998), 21.
  const seventeen = jeune({ date_naissance: '2006-01-01', niveau_qualification: 'Infra 3', rqth: true, qpv: true, zrr: true });
  const twentySix = jeune({ date_naissance: '1997-12-31', niveau_qualification: '3', zrr: false });
  const twentyFive = jeune({ date_naissance: '1998-01-01', niveau_qualification: '6' });
  const workshopOnly = jeune({ date_naissance: '2002-06-01', rqth: true });
  const phoneOnly = jeune();
  const year = mlYear(2023, {
    jeunes: [seventeen, twentySix, twentyFive, workshopOnly, phoneOnly],
    evenements: [
      event(seventeen),
      event(twentySix),
      event(twentyFive, { type: 'Information collective' }),
      event(twentyFive),
      event(workshopOnly, { type: 'Atelier', atelier: 'S1' }),
      event(phoneOnly, { type: 'Téléphone' }),
    ],
  });
  // The same young person in 2022's export, which has no zrr column.
  const then = jeune({ identifiant: twentySix.identifiant, date_naissance: '1997-12-31', niveau_qualification: '3' });
  const past = mlYear(2022, { jeunes: [then], evenements: [event(then, { date: '2022-04-01' })] });
  const run = runSection(mlPublicSection, config, year, [past]);
  const profile = run.model.profile;

  it('counts a workshop-only young person with the collective events, not among ALPES’s jeunes accompanied', () => {
    expect(run.model.youngAccompanied).toBe(3);
    expect(run.model.youngAccompaniedWithCollective).toBe(4);
    expect(run.model.printed).toBe('interviews');
  });

  it('bands the ages on 31/12: 17 in 16-17, 25 in 22-25, 26 in 26 and over', () => {
    expect(ageBandOf(17, config.ml.ageBands)).toBe('16-17 ans');
    expect(ageBandOf(26, config.ml.ageBands)).toBe('26 ans et plus');
    expect(ageBandOf(15, config.ml.ageBands)).toBe('Moins de 16 ans');
    expect(profile.byAgeBand.cells).toEqual([
      { label: '16-17 ans', count: 1 },
      { label: '18-21 ans', count: 0 },
      { label: '22-25 ans', count: 1 },
      { label: '26 ans et plus', count: 1 },
    ]);
    expect(run.figures['ml.public.byAgeBand.history']).toEqual({ 2022: { '16-17 ans': 0, '18-21 ans': 0, '22-25 ans': 1, '26 ans et plus': 0 } });
  });

  it('breaks the levels down, the four first always, the others when met', () => {
    expect(profile.byQualification.cells.map((c) => [c.label, c.count])).toEqual([
      ['Niveau Infra 3 (sans diplôme)', 1],
      ['Niveau 3 (CAP, BEP)', 1],
      ['Niveau 4 (Bac)', 0],
      ['Niveau 5', 0],
      ['Niveau 6', 1],
    ]);
  });

  it('gives the RQTH, QPV and ZRR shares with their history; the ZRR share of the jeunes whose cell says something', () => {
    expect(profile.rqthShare).toBe(1 / 3);
    expect(run.model.accompanied.qpv.share).toBe(1 / 3);
    expect(profile.zrrShare).toBe(1 / 2);
    expect(run.figures['ml.public.rqthShare.history']).toEqual({ 2022: 0 });
    expect(run.figures['ml.young.qpvShare.history']).toEqual({ 2022: 0 });
    // 2022's export says nothing of the ZRR: no figure that year.
    expect(run.figures['ml.public.zrrShare.history']).toEqual({});
    expect(traceMismatches(byKey(run.indicators), run.evidence)).toEqual([]);
  });

  it('does not declare the ZRR share when jeunes.csv has no zrr column', () => {
    expect(run.history[0]!.model.profile.zrrShare).toBeUndefined();
    const without = runSection(mlPublicSection, config, mlYear(2023, { jeunes: [phoneOnly], evenements: [event(phoneOnly)] }));
    expect(without.figures).not.toHaveProperty('ml.public.zrrShare');
  });

  it('describes the jeunes of a collective event too when the configuration prints the network’s count', () => {
    const regional = resolveConfig({ ml: { youngAccompanied: { printed: 'withCollective' } } });
    const r = runSection(mlPublicSection, regional, year);
    expect(r.model.printed).toBe('withCollective');
    expect(r.model.profile.rqthShare).toBe(2 / 4);
    expect(r.model.profile.byAgeBand.counts['18-21 ans']).toBe(1);
    expect(r.indicators.find((i) => i.key === 'ml.young.qpvShare')!.definition).toContain('Atelier, Information collective');
    expect(traceMismatches(byKey(r.indicators), r.evidence)).toEqual([]);
  });
});
