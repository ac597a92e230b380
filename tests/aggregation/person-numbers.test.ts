import { describe, expect, it } from 'vitest';
import { personNumbers } from '../../src/aggregation/person-numbers.js';
import { SchemePeriods } from '../../src/aggregation/cej-periods.js';
import { event, jeune, mlYear, scheme, situation } from '../support/ml.js';

describe('person numbers', () => {
  const a = jeune();
  const b = jeune();
  const stranger = { ...jeune(), identifiant: 'INCONNU' };
  const data = mlYear(2023, {
    jeunes: [a, b],
    evenements: [event(b), event(stranger), event(a), event(b)],
    situations: [situation(stranger), situation(a)],
  });

  it('numbers the jeunes by their place in jeunes.csv, then identifiers met elsewhere, the same in every export', () => {
    const numbers = personNumbers(data);
    expect(personNumbers(data)).toBe(numbers);
    const events = numbers.ofColumn(data.evenements.table, 'identifiant_jeune');
    const codes = data.evenements.table.codesOf('identifiant_jeune');
    expect([0, 1, 2, 3].map((i) => events[codes[i]!])).toEqual([1, 2, 0, 1]);
    const situations = numbers.ofColumn(data.situations.table, 'identifiant_personne');
    expect([...situations]).toEqual([2, 0]);
    expect(numbers.size).toBe(3);
  });

  it('gives the jeunes behind some rows in the order the rows first name them, without those of no jeune', () => {
    const numbers = personNumbers(data);
    expect(numbers.jeunesIn(data.evenements, 'identifiant_jeune')).toEqual([b, a]);
    expect(
      numbers.jeunesIn(
        data.evenements.filter((e) => e.identifiant_jeune !== b.identifiant),
        'identifiant_jeune',
      ),
    ).toEqual([a]);
  });

  it('keeps the last row of an identifier listed twice in jeunes.csv, as a map of the file would', () => {
    const twice = { ...a, commune: { ...a.commune } };
    const listed = mlYear(2023, { jeunes: [a, b, twice], evenements: [event(a)] });
    const found = personNumbers(listed).jeunesIn(listed.evenements, 'identifiant_jeune');
    expect(found).toHaveLength(1);
    expect(found[0]).toBe(twice);
  });
});

describe('scheme periods by person number', () => {
  const a = jeune();
  const b = jeune();
  const c = jeune();
  const data = mlYear(2023, {
    jeunes: [a, b, c],
    dispositifs: [
      scheme(a, { date_entree: '2023-03-01', date_sortie: '2023-04-30' }),
      scheme(b, { date_entree: '2023-06-01', date_sortie: undefined }),
      scheme(a, { date_entree: '2023-09-01', date_sortie: '2023-09-30' }),
    ],
    evenements: [
      event(a, { date: '2023-02-28' }),
      event(a, { date: '2023-03-01' }),
      event(a, { date: '2023-05-01' }),
      event(a, { date: '2023-09-30' }),
      event(c, { date: '2023-06-15' }),
      event(b, { date: '2023-12-31' }),
    ],
    situations: [situation(b, { date_debut: '2023-01-01', date_fin: '2023-05-31' }), situation(b, { date_debut: '2023-01-01', date_fin: '2023-06-01' })],
  });
  const periods = new SchemePeriods(personNumbers(data), data.dispositifs);

  it('keeps the rows dated within one of their person’s periods, a row of one day or a span', () => {
    expect([...periods.within(data.evenements, 'identifiant_jeune', 'date')].map((e) => e.date)).toEqual(['2023-03-01', '2023-09-30', '2023-12-31']);
    expect([...periods.within(data.situations, 'identifiant_personne', 'date_debut', 'date_fin')].map((s) => s.date_fin)).toEqual(['2023-06-01']);
  });
});
