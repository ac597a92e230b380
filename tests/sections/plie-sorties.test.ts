import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { plieSortiesSection } from '../../src/sections/plie-sorties.js';
import { config, LAMBERSART, MARCQ, participant, step, yearData } from '../support/build.js';
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
      { label: "Création d'entreprise", count: 0 },
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

  it('prints the rate under the stricter rule too: only moving, retirement and death leave the denominator', () => {
    // Déménagement is neutralised by both rules; Santé (twice) only by the configured one.
    expect(m.rules.configured.reasons).toEqual(config.plie.legitimateExitReasons);
    expect(m.rules.strict).toEqual({ reasons: ['Déménagement', 'Retraite', 'Décès'], rate: 4 / (8 - 1) });
    const { figures } = runSection(plieSortiesSection, config, yearData(2023, exits), [
      yearData(
        2022,
        exits.slice(0, 6).map((p) => ({ ...p, date_sortie: '2022-06-01' })),
      ),
    ]);
    // 2022: four positive exits, a move (neutralised) and an exit for health (counted).
    expect(figures['plie.exits.adjustedPositiveRate.strict.history']).toEqual({ 2022: 4 / 5 });
  });

  it('reads the strict rule’s reasons from plie.strictLegitimateExitReasons: none, and nothing is neutralised', () => {
    const none = resolveConfig({ plie: { strictLegitimateExitReasons: [] } });
    const { model } = runSection(plieSortiesSection, none, yearData(2023, exits));
    expect(model.rules.strict).toEqual({ reasons: [], rate: 4 / 8 });
    const health = resolveConfig({ plie: { strictLegitimateExitReasons: ['Santé'] } });
    expect(runSection(plieSortiesSection, health, yearData(2023, exits)).model.rules.strict.rate).toBe(4 / 6);
  });

  it('checks each positive exit against its steps: the unsupported ones by reason, the durable jobs', () => {
    const cdi = exit({ categorie_sortie: 'Emploi' });
    const shortCdd = exit({ categorie_sortie: 'Emploi' });
    const noStep = exit({ categorie_sortie: 'Formation' });
    const creation = exit({ categorie_sortie: "Création d'entreprise" });
    const steps = [
      step(cdi, { type_etape: 'Emploi', sous_type: 'CDI', date_debut: '2023-05-15' }),
      step(shortCdd, { type_etape: 'Emploi', sous_type: 'CDD', date_debut: '2023-05-01', date_fin: '2023-08-31' }),
      step(creation, { type_etape: 'Emploi', sous_type: "Création d'entreprise", date_debut: '2023-06-01' }),
    ];
    const rows = [cdi, shortCdd, noStep, creation, exit({ categorie_sortie: 'Rupture' })];
    const { model, evidence } = runSection(plieSortiesSection, config, yearData(2023, rows, steps));
    expect(model.positive.count).toBe(4);
    expect(model.positive.byCategory.map((c) => c.label)).toEqual(['Emploi', 'Formation', "Création d'entreprise"]);
    expect(model.checks).toEqual({ unsupported: 2, durableEmployment: 2, minMonths: 6 });
    const parts = evidence.get('plie.exits.positive.unsupported')!.parts;
    expect(parts.map((p) => [p.group, p.rows.map((r) => r.line)])).toEqual([
      ['contrat de moins de 6 mois', [shortCdd.line]],
      ['aucune étape dans le parcours', [noStep.line]],
    ]);
    const durable = evidence.get('plie.exits.positive.durableEmployment')!.parts;
    expect(durable.map((p) => p.group)).toEqual(['CDI', 'Création d’entreprise']);
  });
});
