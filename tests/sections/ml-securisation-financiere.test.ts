import { describe, expect, it } from 'vitest';
import { mlSecurisationFinanciereSection } from '../../src/sections/ml-securisation-financiere.js';
import { config } from '../support/build.js';
import { aid, jeune, mlYear } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-securisation-financiere', () => {
  it('sums granted aids per fund to the cent, counts beneficiaries and every examined application', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b],
      aides: [
        aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.1 }),
        aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.2 }),
        aid(b, { fonds: 'Allocation CEJ/GJ', montant: 0.1 }),
        aid(a, { montant: 150, decision: 'Accordée' }),
        aid(b, { montant: undefined, decision: 'Refusée' }),
        aid(a, { fonds: 'Mobilité MDE', montant: 30 }),
        aid(b, { fonds: 'Allocation PACEA', montant: 90, date: '2022-12-15' }),
      ],
    });
    const { model: m, figures } = runSection(mlSecurisationFinanciereSection, config, data);
    expect(m.funds).toEqual([
      { fund: 'Allocation CEJ/GJ', amount: 1056.4, beneficiaries: 2, applications: 3 },
      { fund: 'FAJ', amount: 150, beneficiaries: 1, applications: 2 },
      { fund: 'Mobilité MDE', amount: 30, beneficiaries: 1, applications: 1 },
    ]);
    expect(m.total).toBe(1236.4);
    expect(figures['ml.aids.byFund']).toEqual({
      'Allocation CEJ/GJ': { amount: 1056.4, beneficiaries: 2, applications: 3 },
      FAJ: { amount: 150, beneficiaries: 1, applications: 2 },
      'Mobilité MDE': { amount: 30, beneficiaries: 1, applications: 1 },
    });
  });

  it('traces the amounts, beneficiaries and applications of each fund and the total to the aids', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b],
      aides: [
        aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.1 }),
        aid(a, { fonds: 'Allocation CEJ/GJ', montant: 528.2 }),
        aid(b, { fonds: 'Allocation CEJ/GJ', montant: 0.1 }),
        aid(a, { montant: 150, decision: 'Accordée' }),
        aid(b, { montant: undefined, decision: 'Refusée' }),
        aid(b, { montant: 80, decision: 'Ajournée' }),
        aid(b, { fonds: 'Fonds ML repas', montant: undefined, decision: 'Refusée' }), // only refused: 0 € and 0 beneficiaries
        aid(b, { fonds: 'Allocation PACEA', montant: 90, date: '2022-12-15' }),
      ],
    });
    const { model: m, indicators, evidence } = runSection(mlSecurisationFinanciereSection, config, data);
    expect(m.funds.map((f) => f.fund)).toEqual(['Allocation CEJ/GJ', 'FAJ', 'Fonds ML repas']);
    expect(m.funds[2]).toEqual({ fund: 'Fonds ML repas', amount: 0, beneficiaries: 0, applications: 1 });
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    // Each cell's rows carry their own kind: euros summed, people and applications counted.
    const kinds = evidence
      .get('ml.aids.byFund')!
      .parts.filter((p) => p.group.startsWith('FAJ / '))
      .map((p) => [p.group, p.kind, p.rows.length]);
    expect(kinds).toEqual([
      ['FAJ / amount', 'sum', 1],
      ['FAJ / beneficiaries', 'count', 1],
      ['FAJ / applications', 'count', 3],
    ]);
    expect(indicators.map((i) => [i.key, i.sources])).toEqual([
      ['ml.aids.byFund', ['2023/aides.csv']],
      ['ml.aids.total', ['2023/aides.csv']],
    ]);
  });
});
