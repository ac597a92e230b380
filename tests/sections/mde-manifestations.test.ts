import { describe, expect, it } from 'vitest';
import { mdeManifestationsSection } from '../../src/sections/mde-manifestations.js';
import { config } from '../support/build.js';
import { manifestation as event, mdeYear } from '../support/mde.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-manifestations', () => {
  const events = [
    event({ exposants: 171, exposants_territoire: 40, visiteurs: 1559, demonstrations: 15 }),
    event({ date: '2023-06-01', type: 'Décroche ton Job', nom: 'DTJ 2', visiteurs: 487 }),
    event({ date: '2023-03-02', type: 'Décroche ton Job', nom: 'DTJ', exposants: 9, participants: 41, participants_territoire: 38, entretiens: 64 }),
    event({ date: '2023-06-15', type: 'Sensibilisation', nom: 'Métiers' }), // nothing declared: its figures are null
    event({ date: '2022-11-30', type: 'Forum', exposants: 12 }), // an earlier year
  ];

  it('groups the year’s events by kind, by date, with the totals of their declared figures', () => {
    const { model, figures } = runSection(mdeManifestationsSection, config, mdeYear(2023, { events }));
    expect(model.groups.map((g) => [g.kind, g.events.map((e) => e.nom)])).toEqual([
      ['Salon', ['Salon']],
      ['Décroche ton Job', ['DTJ', 'DTJ 2']],
      ['Sensibilisation', ['Métiers']],
    ]);
    expect(model.groups[0]!.events[0]!.territoryExhibitors).toEqual({ count: 40, share: 40 / 171 });
    expect(model.groups[1]!.totals).toEqual({ events: 2, exhibitors: 9, visitors: 487, participants: 41, interviews: 64 });
    expect(figures['mde.events.2023-03-02.Décroche ton Job']).toEqual({
      exhibitors: 9,
      exhibitorsFromTerritory: null,
      visitors: null,
      participants: 41,
      participantsFromTerritory: 38,
      interviews: 64,
    });
    expect(Object.values(figures['mde.events.2023-06-15.Sensibilisation']!).every((v) => v === null)).toBe(true);
  });

  it('traces every figure to the rows that recompute it, in contenu/manifestations.csv', () => {
    const { indicators, evidence } = runSection(mdeManifestationsSection, config, mdeYear(2023, { events }));
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/contenu/manifestations.csv']));
  });

  it('is left out without an event in the year', () => {
    expect(() => runSection(mdeManifestationsSection, config, mdeYear(2023, { events: events.slice(4) }))).toThrow('pas de page');
  });
});
