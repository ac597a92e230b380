import { describe, expect, it } from 'vitest';
import { Table } from '../../src/dataset/table.js';

interface Row {
  id: string;
  day: string;
  kind: string | undefined;
  line: number;
}

const rows: Row[] = [
  { id: 'A', day: '2023-01-02', kind: 'Atelier', line: 2 },
  { id: 'B', day: '2023-01-02', kind: undefined, line: 3 },
  { id: 'A', day: '2023-03-04', kind: 'Forum', line: 4 },
  { id: 'C', day: '2022-12-31', kind: 'Atelier', line: 7 },
];
const table = () => Table.of<Row>(['id', 'day', 'kind'], rows);

describe('columnar table', () => {
  it('gives back each row as it was pushed, undefined values and lines included', () => {
    const t = table();
    expect(t.length).toBe(4);
    expect([...t.all()]).toEqual(rows);
    expect(t.at(1)).toEqual({ id: 'B', day: '2023-01-02', kind: undefined, line: 3 });
    expect(t.get('line', 3)).toBe(7);
  });

  it('filters by the rows’ indexes in the table, keeping them in order (every row kept: the same set)', () => {
    const all = table().all();
    const kinds = all.table.codesOf('kind');
    const atelier = all.filterIndexes((index) => all.table.distinctValues('kind')[kinds[index]!] === 'Atelier');
    expect([...atelier].map((r) => r.line)).toEqual([2, 7]);
    expect([...atelier.indexes!]).toEqual([0, 3]);
    expect(all.filterIndexes(() => true)).toBe(all);
    expect(atelier.filterIndexes((index) => index > 0).length).toBe(1);
  });

  it('filters through a view, counts distinct values and rows per value without rebuilding rows', () => {
    const in2023 = table()
      .all()
      .filter((r) => r.day >= '2023-01-01');
    expect(in2023.length).toBe(3);
    expect([...in2023].map((r) => r.line)).toEqual([2, 3, 4]);
    expect(in2023.distinct('id')).toBe(2);
    expect(in2023.distinctValues('kind')).toEqual(['Atelier', 'Forum']);
    expect([...in2023.countBy('kind')]).toEqual([
      ['Atelier', 1],
      [undefined, 1],
      ['Forum', 1],
    ]);
    const workshops = in2023.filter((r) => r.kind === 'Atelier');
    expect([...workshops].map((r) => r.id)).toEqual(['A']);
    expect(in2023.some((r) => r.id === 'C')).toBe(false);
    expect(
      table()
        .all()
        .some((r) => r.id === 'C'),
    ).toBe(true);
  });

  it('gives a column’s values, and the first row of each value, over some rows', () => {
    const in2023 = table()
      .all()
      .filter((r) => r.day >= '2023-01-01');
    expect(in2023.values('kind')).toEqual(['Atelier', undefined, 'Forum']);
    expect([...in2023.firstOf('id')].map((r) => r.line)).toEqual([2, 3]);
    expect([...in2023.firstOf('day')].map((r) => r.line)).toEqual([2, 4]);
  });

  it('keeps the rows in order wherever the first dropped row is, and all of them when none is', () => {
    const lines = (keep: (r: Row) => boolean) => [...table().all().filter(keep)].map((r) => r.line);
    expect(lines(() => true)).toEqual([2, 3, 4, 7]);
    expect(lines((r) => r.line !== 2)).toEqual([3, 4, 7]);
    expect(lines((r) => r.line !== 4)).toEqual([2, 3, 7]);
    expect(lines((r) => r.line !== 7)).toEqual([2, 3, 4]);
    expect(lines(() => false)).toEqual([]);
    const sub = table()
      .all()
      .filter((r) => r.line !== 3);
    expect([...sub.filter((r) => r.line !== 7)].map((r) => r.line)).toEqual([2, 4]);
    expect(sub.filter(() => true)).toBe(sub);
  });

  it('visits each of some rows in order, through the view', () => {
    const visited: string[] = [];
    table()
      .all()
      .filter((r) => r.kind !== undefined)
      .each((r) => visited.push(`${r.id} ${r.line}`));
    expect(visited).toEqual(['A 2', 'A 4', 'C 7']);
  });

  it('refuses a row once sealed, and its views are the rows they show', () => {
    const t = table();
    expect(() => t.push({ id: 'D', day: '2023-06-01', kind: undefined, line: 9 })).toThrow('sealed');
    expect({ ...t.view(2) }).toEqual(rows[2]);
  });

  it('counts the distinct values of a whole table from its dictionaries as a scan of its rows does, joined parts included', () => {
    const whole = table().all();
    const scanned = (name: keyof Row & string) => new Set([...whole].map((r) => r[name])).size;
    expect(whole.distinct('id')).toBe(scanned('id'));
    // undefined is not counted as a value.
    expect(whole.distinct('kind')).toBe(2);
    const byIndex = whole.filter((r) => r.line > 2);
    expect(byIndex.distinct('kind')).toBe(2);
    const part = (from: Row[]) => Table.of<Row>(['id', 'day', 'kind'], from).toPart();
    const joined = Table.fromParts<Row>(['id', 'day', 'kind'], [part(rows.slice(0, 2)), part(rows.slice(2))], [0, 0]);
    expect(joined.all().distinct('id')).toBe(3);
    expect(joined.all().distinct('day')).toBe(3);
    expect(joined.all().distinct('kind')).toBe(2);
  });

  it('widens its codes past 256 and 65 536 distinct values and keeps every value', () => {
    const many = new Table<Row>(['id', 'day', 'kind']);
    const n = 70_000;
    for (let i = 0; i < n; i++) many.push({ id: `P${i}`, day: '2023-05-05', kind: i % 2 === 0 ? 'Atelier' : undefined, line: i + 2 });
    expect(many.length).toBe(n);
    expect(many.at(0).id).toBe('P0');
    expect(many.at(300).id).toBe('P300');
    expect(many.at(n - 1)).toEqual({ id: `P${n - 1}`, day: '2023-05-05', kind: undefined, line: n + 1 });
    expect(many.all().distinct('id')).toBe(n);
    expect(many.all().filter((r) => r.kind === 'Atelier').length).toBe(n / 2);
  });
});
