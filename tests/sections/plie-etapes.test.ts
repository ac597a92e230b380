import { describe, expect, it } from 'vitest';
import { plieEtapesSection } from '../../src/sections/plie-etapes.js';
import { config, participant, step, yearData } from '../support/build.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('plie-etapes', () => {
  it('counts steps active in the year, those started in it, and the shares by kind', () => {
    const a = participant({ date_entree: '2022-01-01' });
    const b = participant({ date_entree: '2023-02-01' });
    const gone = participant({ date_entree: '2020-01-01', date_sortie: '2022-06-30', categorie_sortie: 'Rupture' });
    const { model: m } = runSection(
      plieEtapesSection,
      config,
      yearData(
        2023,
        [a, b, gone],
        [
          step(a, { type_etape: "Emploi d'insertion (IAE)", date_debut: '2022-06-01', date_fin: '2023-01-01' }), // spans both years
          step(a, { type_etape: 'Prestation', date_debut: '2022-01-01', date_fin: '2022-12-31' }), // ended before Y
          step(a, { type_etape: 'Prestation', date_debut: '2023-12-31' }),
          step(b, { type_etape: 'Formation', date_debut: '2023-03-01', date_fin: '2023-04-01' }),
          step(b, { type_etape: 'Prestation', date_debut: '2024-01-01' }), // starts after Y
          step(gone, { type_etape: 'Emploi', date_debut: '2022-01-01' }), // owner not en parcours in Y
        ],
      ),
    );
    expect(m.total).toBe(3);
    expect(m.participants).toBe(2);
    expect(m.startedInYear).toEqual({ count: 2, share: 2 / 3 });
    expect(m.iae).toEqual({ count: 1, share: 1 / 3 });
    expect(m.prestations).toEqual({ count: 1, share: 1 / 3 });
    expect(m.byKind.map((k) => [k.kind, k.count, k.startedInYear])).toEqual([
      ['Emploi', 0, 0],
      ['Formation', 1, 1],
      ["Emploi d'insertion (IAE)", 1, 0],
      ['Prestation', 1, 1],
    ]);
  });

  it('ranks sub-types, most frequent first, ties alphabetically', () => {
    const a = participant({ date_entree: '2022-01-01' });
    const { model: m } = runSection(
      plieEtapesSection,
      config,
      yearData(
        2023,
        [a],
        [
          step(a, { sous_type: 'Médiation à l’emploi' }),
          step(a, { sous_type: 'CDD', type_etape: 'Emploi' }),
          step(a, { sous_type: 'Médiation à l’emploi' }),
          step(a, { sous_type: 'ACI', type_etape: "Emploi d'insertion (IAE)" }),
          step(a),
        ],
      ),
    );
    expect(m.topSubtypes).toEqual([
      { label: 'Médiation à l’emploi', count: 2 },
      { label: 'ACI', count: 1 },
      { label: 'CDD', count: 1 },
    ]);
  });

  it('computes the previous year shares from its own folder', () => {
    const a = participant({ date_entree: '2022-01-01' });
    const { history, figures, evidence } = runSection(plieEtapesSection, config, yearData(2023, [a], [step(a)]), [
      yearData(2022, [a], [step(a, { type_etape: 'Prestation', date_debut: '2022-02-01' }), step(a, { type_etape: 'Emploi', date_debut: '2022-02-01' })]),
    ]);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ year: 2022, model: { iae: { count: 0, share: 0 }, prestations: { count: 1, share: 0.5 } } });
    expect(figures['plie.steps.iaeShare.history']).toEqual({ 2022: 0 });
    expect(figures['plie.steps.prestationShare.history']).toEqual({ 2022: 0.5 });
    const rows = (key: string) => evidence.get(key)!.parts.map((p) => [p.group, p.role, p.file, p.year, p.rows.length]);
    expect(rows('plie.steps.prestationShare.history')).toEqual([
      ['2022', 'numerator', 'etapes.csv', 2022, 1],
      ['2022', 'denominator', 'etapes.csv', 2022, 2],
    ]);
    expect(rows('plie.steps.iaeShare.history')).toEqual([
      ['2022', 'numerator', 'etapes.csv', 2022, 0],
      ['2022', 'denominator', 'etapes.csv', 2022, 2],
    ]);
  });

  it('traces every figure to the rows that recompute it', () => {
    const a = participant({ date_entree: '2022-01-01' });
    const b = participant({ date_entree: '2023-02-01' });
    const gone = participant({ date_entree: '2020-01-01', date_sortie: '2022-06-30', categorie_sortie: 'Rupture' });
    const { indicators, evidence } = runSection(
      plieEtapesSection,
      config,
      yearData(
        2023,
        [a, b, gone],
        [
          step(a, { type_etape: "Emploi d'insertion (IAE)", sous_type: 'ACI', date_debut: '2022-06-01', date_fin: '2023-01-01' }),
          step(a, { type_etape: 'Prestation', sous_type: 'Médiation à l’emploi', date_debut: '2022-01-01', date_fin: '2022-12-31' }), // ended before Y
          step(a, { type_etape: 'Prestation', sous_type: 'Médiation à l’emploi', date_debut: '2023-12-31' }),
          step(b, { type_etape: 'Prestation', sous_type: 'Médiation à l’emploi' }),
          step(b, { type_etape: 'Formation', date_debut: '2023-03-01', date_fin: '2023-04-01' }),
          step(b, { type_etape: 'Emploi', sous_type: 'CDD', date_debut: '2024-01-01' }), // starts after Y
          step(gone, { type_etape: 'Emploi', sous_type: 'CDI', date_debut: '2022-01-01' }), // owner not en parcours in Y
        ],
      ),
      [
        yearData(2022, [a], [step(a, { type_etape: 'Prestation', date_debut: '2022-02-01' }), step(a, { type_etape: 'Emploi', date_debut: '2022-02-01' })]),
        yearData(2021, [a]),
      ],
    );
    const byKey = Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(byKey, evidence)).toEqual([]);
  });
});
