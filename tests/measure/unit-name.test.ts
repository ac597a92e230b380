import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/measure/indicator.js';

describe('unitName', () => {
  it('names a single unit in French', () => {
    expect(unitName('months')).toBe('mois');
  });

  it('groups cells by unit, each cell by its declared French name, a cell without one by its own', () => {
    const unit = { amount: 'euros', beneficiaries: 'people', applications: 'count' } as const;
    expect(unitName(unit, { amount: 'montant', beneficiaries: 'bénéficiaires' })).toBe('€ (montant) ; personnes (bénéficiaires) ; nombre (applications)');
  });
});
