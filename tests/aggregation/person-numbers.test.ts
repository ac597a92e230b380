import { describe, expect, it } from 'vitest';
import { personNumbers } from '../../src/aggregation/person-numbers.js';
import { SchemePeriods } from '../../src/aggregation/cej-periods.js';
import { event, jeune, mlYear, scheme, situation } from '../support/ml.js';
import { numberRows, rowsPoolNumbers } from '../../src/dataset/pooled-rows.js';
import { Table } from '../../src/dataset/table.js';
import type { Rows } from '../../src/dataset/rows.js';
import type { MlYear } from '../../src/dataset/load.js';
import type { Situation } from '../../src/schemas/ml/situations.js';
import { clearInterned } from '../../src/schemas/text-pool.js';

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

  it('finds the periods of people numbered before and after them, each person’s own, and none for a person numbered since', () => {
    // c's period is listed between a's two, and d is numbered only after the periods were made.
    const [d, stranger] = [jeune(), { ...jeune(), identifiant: 'INCONNU' }];
    const more = mlYear(2023, {
      jeunes: [a, b, c, d],
      dispositifs: [
        scheme(b, { date_entree: '2023-06-01', date_sortie: '2023-06-30' }),
        scheme(a, { date_entree: '2023-01-01', date_sortie: '2023-01-31' }),
        scheme(c, { date_entree: '2023-02-01', date_sortie: '2023-02-28' }),
        scheme(a, { date_entree: '2023-11-01', date_sortie: undefined }),
      ],
      evenements: [
        event(a, { date: '2023-01-15' }),
        event(a, { date: '2023-02-15' }),
        event(c, { date: '2023-02-15' }),
        event(d, { date: '2023-02-15' }),
        event(stranger, { date: '2023-02-15' }),
        event(a, { date: '2023-12-01' }),
        event(b, { date: '2023-06-30' }),
        event(b, { date: '2023-07-01' }),
      ],
    });
    const inScheme = new SchemePeriods(personNumbers(more), more.dispositifs).within(more.evenements, 'identifiant_jeune', 'date');
    const who = new Map([a, b, c, d].map((j, k) => [j.identifiant, 'abcd'[k]]));
    expect([...inScheme].map((e) => `${who.get(e.identifiant_jeune)} ${e.date}`)).toEqual(['a 2023-01-15', 'c 2023-02-15', 'a 2023-12-01', 'b 2023-06-30']);
  });
});

describe('person numbers from the pool numbers given while read', () => {
  const a = jeune();
  const b = jeune();
  const twice = { ...a, commune: { ...a.commune } };
  const stranger = { ...jeune(), identifiant: 'INCONNU' };
  const rows = { jeunes: [a, b, twice], evenements: [event(b), event(stranger), event(a), event(b)], situations: [situation(stranger), situation(a)] };

  /** The year as the loader gives it: identifier columns numbered as read, the jeunes numbered before the pool is cleared. */
  function asRead(numbered: readonly string[] = ['evenements', 'situations']) {
    clearInterned();
    const data = mlYear(2023, rows);
    const renumbered = <T extends { line: number }>(all: Rows<T>, column: keyof T & string): Rows<T> => {
      const table = new Table<T>((all.table as Table<T>).columnNames).number([column]);
      for (const row of all) table.push(row);
      table.seal().source = all.source;
      return table.all();
    };
    if (numbered.includes('evenements')) data.evenements = renumbered(data.evenements, 'identifiant_jeune');
    if (numbered.includes('situations')) data.situations = renumbered(data.situations, 'identifiant_personne');
    numberRows(data.jeunes, (j) => j.identifiant);
    return data;
  }

  const numbering = (data: MlYear) => {
    const numbers = personNumbers(data);
    const events = numbers.ofColumn(data.evenements.table, 'identifiant_jeune');
    const codes = data.evenements.table.codesOf('identifiant_jeune');
    return {
      events: [0, 1, 2, 3].map((i) => events[codes[i]!]),
      situations: [...numbers.ofColumn(data.situations.table, 'identifiant_personne')],
      size: numbers.size,
      jeunes: numbers.jeunesIn(data.evenements, 'identifiant_jeune'),
    };
  };

  it('uses the pool numbers of the read', () => {
    const data = asRead();
    expect(data.evenements.table.poolNumbersOf!('identifiant_jeune')!.generation).toBe(rowsPoolNumbers(data.jeunes)!.generation);
  });

  it('gives the numbers a map of the identifiers gives, the last row of a jeune listed twice kept', () => {
    const expected = { events: [1, 3, 2, 1], situations: [3, 2], size: 4, jeunes: [b, twice] };
    expect(numbering(mlYear(2023, rows))).toEqual(expected);
    expect(numbering(asRead())).toEqual(expected);
    // A table without pool numbers (a test's, an earlier read's): the numbers given go to the map, the same ones.
    expect(numbering(asRead(['evenements']))).toEqual(expected);
    expect(numbering(asRead([]))).toEqual(expected);
  });

  it('does not mix the pool numbers of two reads', () => {
    const data = asRead();
    clearInterned();
    data.situations = mlYear(2023, rows).situations;
    const renumbered = new Table<Situation>((data.situations.table as Table<Situation>).columnNames).number(['identifiant_personne']);
    // The other read's pool gives other numbers (here the stranger first): only the texts may say who is who.
    for (const row of [...data.situations].reverse()) renumbered.push(row);
    renumbered.seal().source = data.situations.source;
    data.situations = renumbered.all();
    expect(numbering(data)).toEqual({ events: [1, 3, 2, 1], situations: [2, 3], size: 4, jeunes: [b, twice] });
  });
});
