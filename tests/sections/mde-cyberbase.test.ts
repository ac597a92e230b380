import { describe, expect, it } from 'vitest';
import { mdeCyberbaseSection } from '../../src/sections/mde-cyberbase.js';
import { config } from '../support/build.js';
import { mdeYear, use } from '../support/mde.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-cyberbase', () => {
  const cyberbase = [
    use({}),
    use({}),
    use({ site: 'Marcq-en-Barœul' }),
    use({ identifiant_usager: 'U2', sexe: 'H', public: 'Adulte', site: undefined }),
    use({ identifiant_usager: 'U2', type: 'Rendez-vous individuel', sexe: 'H', public: 'Adulte' }),
  ];

  it('counts uses and distinct users by public and sex, per site, and appointments apart', () => {
    const { model: m, figures } = runSection(mdeCyberbaseSection, config, mdeYear(2023, { cyberbase }));
    expect(m.total).toEqual({ uses: 4, users: 2, adults: { total: 1, F: 0, H: 1 }, young: { total: 1, F: 1, H: 0 } });
    expect(m.sites.map((s) => [s.site, s.uses, s.users])).toEqual([
      ['Lambersart', 2, 1],
      ['Marcq-en-Barœul', 1, 1],
    ]);
    expect(m.appointments).toEqual({ count: 1, people: 1, F: 0, H: 1, young: 0, adults: 1 });
    expect(figures['mde.cyberbase.uses']).toBe(4);
    expect(figures['mde.cyberbase.users']).toBe(2);
    expect(Object.keys(figures['mde.cyberbase.bySite']!)).toEqual(['Lambersart', 'Marcq-en-Barœul']);
  });

  it('traces every figure to the rows that recompute it, in cyberbase.csv', () => {
    const more = [
      use({ identifiant_usager: 'U3', sexe: 'H', site: 'Marcq-en-Barœul' }),
      use({ identifiant_usager: 'U3', type: 'Rendez-vous individuel', sexe: 'H' }),
    ];
    const { indicators, evidence } = runSection(mdeCyberbaseSection, config, mdeYear(2023, { cyberbase: [...cyberbase, ...more] }));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/cyberbase.csv']));
  });

  it('is left out without a usage log', () => {
    expect(() => runSection(mdeCyberbaseSection, config, mdeYear(2023, {}))).toThrow('pas de page');
  });
});
