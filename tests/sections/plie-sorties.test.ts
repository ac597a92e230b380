import { describe, expect, it } from 'vitest';
import { plieSortiesSection } from '../../src/sections/plie-sorties.js';
import { config, LAMBERSART, MARCQ, participant, yearData } from '../support/build.js';
import { runSection } from '../support/section.js';

const exit = (fields: Parameters<typeof participant>[0]) => participant({ date_entree: '2021-01-01', date_sortie: '2023-06-01', ...fields });

describe('plie-sorties', () => {
  const exits = [
    exit({ categorie_sortie: 'Emploi', secteur_sortie: 'Restauration', rsa: true, niveau_qualification: '3', commune: MARCQ }),
    exit({ categorie_sortie: 'Emploi', secteur_sortie: 'BTP', niveau_qualification: '4' }),
    exit({ categorie_sortie: 'Emploi', secteur_sortie: 'Restauration', rsa: true, niveau_qualification: 'Infra 3' }),
    exit({ categorie_sortie: 'Formation', rsa: false, niveau_qualification: '4', commune: MARCQ }),
    exit({ categorie_sortie: 'Légitime', motif_sortie: 'Déménagement' }),
    exit({ categorie_sortie: 'Légitime', motif_sortie: 'Santé' }),
    exit({ categorie_sortie: 'Légitime', motif_sortie: 'Santé' }),
    exit({ categorie_sortie: 'Rupture' }),
    participant({ date_entree: '2022-01-01' }), // no exit
    participant({ date_entree: '2020-01-01', date_sortie: '2022-12-31', categorie_sortie: 'Emploi' }), // earlier year
  ];
  const { model: m } = runSection(plieSortiesSection, config, yearData(2023, exits));

  it('counts exits by category in the configured order', () => {
    expect(m.total).toBe(8);
    expect(m.byCategory).toEqual([
      { label: 'Emploi', count: 3 },
      { label: 'Formation', count: 1 },
      { label: 'Légitime', count: 3 },
      { label: 'Réorientation', count: 0 },
      { label: 'Rupture', count: 1 },
    ]);
    expect(m.positive.count).toBe(4);
    expect(m.other.count).toBe(4);
  });

  it('details the sorties légitimes by reason, most frequent first', () => {
    expect(m.legitimate).toEqual({
      total: 3,
      byReason: [
        { label: 'Santé', count: 2 },
        { label: 'Déménagement', count: 1 },
      ],
    });
  });

  it('computes the positive-exit rate and the rate excluding sorties légitimes', () => {
    expect(m.positiveRate).toBe(4 / 8);
    expect(m.adjustedPositiveRate).toBe(4 / (8 - 3));
    expect(m.objective).toBe(0.5);
  });

  it('profiles the positive exits: ≤ CAP, RSA and mean parcours length in months', () => {
    expect(m.profile.lowQualificationShare).toBe(0.5);
    expect(m.profile.rsaShare).toBe(0.5);
    // 2021-01-01 → 2023-06-01 is 881 days, 881 / (365.25 / 12) ≈ 28.9 months
    expect(m.profile.meanMonths).toBeCloseTo(881 / (365.25 / 12), 6);
  });

  it('breaks positive exits down by commune and Emploi exits by sector, ties alphabetically', () => {
    const byCommune = Object.fromEntries(m.positiveByCommune.map((c) => [c.insee, c.count]));
    expect(byCommune[MARCQ]).toBe(2);
    expect(byCommune[LAMBERSART]).toBe(2);
    expect(m.employmentBySector.total).toBe(3);
    expect(m.employmentBySector.top).toEqual([
      { label: 'Restauration', count: 2 },
      { label: 'BTP', count: 1 },
    ]);
    expect(m.employmentBySector.topShare).toBe(1);
  });

  it('computes the previous years’ exits and rates from their own data', () => {
    const past = [
      participant({ date_entree: '2020-01-01', date_sortie: '2022-03-01', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
      participant({ date_entree: '2020-01-01', date_sortie: '2022-03-01', categorie_sortie: 'Légitime', motif_sortie: 'Santé' }),
      participant({ date_entree: '2020-01-01', date_sortie: '2022-03-01', categorie_sortie: 'Rupture' }),
    ];
    const { history, figures, evidence } = runSection(plieSortiesSection, config, yearData(2023, exits), [yearData(2022, past)]);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ year: 2022, model: { total: 3, positiveRate: 1 / 3, adjustedPositiveRate: 1 / 2 } });
    expect(figures['plie.exits.history']).toEqual({ 2022: 3 });
    expect(figures['plie.exits.adjustedPositiveRate.history']).toEqual({ 2022: 1 / 2 });
    // The previous year's rows, from its own export.
    expect(evidence.get('plie.exits.history')!.parts.map((p) => [p.group, p.file, p.year, p.rows.length])).toEqual([['2022', 'participants.csv', 2022, 3]]);
  });

  it('has null rates when nobody exited', () => {
    const { model: empty } = runSection(plieSortiesSection, config, yearData(2023, [participant({})]));
    expect(empty.positiveRate).toBeNull();
    expect(empty.adjustedPositiveRate).toBeNull();
    expect(empty.profile.meanMonths).toBeNull();
  });
});
