import { describe, expect, it } from 'vitest';
import { mdeClauseSection } from '../../src/sections/mde-clause.js';
import { config } from '../support/build.js';
import { hours, mdeYear } from '../support/mde.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('mde-clause', () => {
  const outsider = { raw: 'Lille', insee: undefined };
  const clauses = [
    hours({ heures: 10.5 }),
    hours({ operation: 'OP2', operation_territoire: false, heures: 20, entreprise: 'E2' }),
    hours({ identifiant_personne: 'P2', commune_personne: outsider, heures: 7 }),
    hours({ date: '2022-12-01', heures: 99 }),
  ];

  it('splits hours by where the person lives and where the operation is', () => {
    const { model, figures } = runSection(mdeClauseSection, config, mdeYear(2023, { clauses }));
    expect(model).toEqual({
      operations: { territory: 1, outside: 1 },
      hours: 37.5,
      territoryPeople: { people: 1, hours: 30.5, onTerritoryOperations: 10.5, onOutsideOperations: 20 },
      outsidePeople: { people: 1, hours: 7 },
      companies: 2,
    });
    expect(figures['mde.clause.people']).toBe(2);
  });

  it('traces every figure to the rows that recompute it, in clauses.csv', () => {
    // P1 also recorded once as living outside: counted among the people of each place.
    const moved = hours({ commune_personne: outsider, heures: 0.33, entreprise: 'E3' });
    const { indicators, evidence, figures } = runSection(mdeClauseSection, config, mdeYear(2023, { clauses: [...clauses, moved, hours({ heures: 0.01 })] }));
    expect(figures['mde.clause.people']).toBe(3);
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/clauses.csv']));
  });

  it('is left out without a clauses log', () => {
    expect(() => runSection(mdeClauseSection, config, mdeYear(2023, {}))).toThrow('pas de page');
  });
});
