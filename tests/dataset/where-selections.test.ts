import { describe, expect, it } from 'vitest';
import { collectPassing, countCodes, countPassing, firstCodes } from '../../src/dataset/code-scan.js';
import { Rows } from '../../src/dataset/rows.js';
import { Table } from '../../src/dataset/table.js';

describe('the loops of `where`, one per kind of codes', () => {
  // Codes 0 1 2 1 0 2, code 1 and 2 passing: rows 1, 2, 3 and 5.
  const codes = [0, 1, 2, 1, 0, 2];
  const passes = Uint8Array.from([0, 1, 1]);
  const kinds: [string, ArrayLike<number>][] = [
    ['Uint8Array', Uint8Array.from(codes)],
    ['Uint16Array', Uint16Array.from(codes)],
    ['Uint32Array', Uint32Array.from(codes)],
    ['Array', [...codes]],
  ];
  for (const [kind, typed] of kinds) {
    it(`counts and collects the passing rows of ${kind} codes, every row or some`, () => {
      expect(countPassing(typed, passes, undefined, 6)).toBe(4);
      const every = new Uint32Array(4);
      collectPassing(typed, passes, undefined, 6, every);
      expect([...every]).toEqual([1, 2, 3, 5]);
      // Rows 0, 2, 4 and 5 only: of them, 2 and 5 pass.
      const some = Uint32Array.from([0, 2, 4, 5]);
      expect(countPassing(typed, passes, some, 4)).toBe(2);
      const kept = new Uint32Array(2);
      collectPassing(typed, passes, some, 4, kept);
      expect([...kept]).toEqual([2, 5]);
      // The first rows of a table still growing: only `length` of them are read.
      expect(countPassing(typed, passes, undefined, 3)).toBe(2);
      // Codes in order of first appearance, each once; the counts of each code.
      const firsts = (indexes: Uint32Array | undefined, length: number) => {
        const [seen, found] = [new Uint8Array(3), new Uint32Array(3)];
        const n = firstCodes(typed, indexes, length, seen, found);
        expect(firstCodes(typed, indexes, length, new Uint8Array(3))).toBe(n);
        return { found: [...found.subarray(0, n)], seen: [...seen] };
      };
      expect(firsts(undefined, 6)).toEqual({ found: [0, 1, 2], seen: [1, 1, 1] });
      expect(firsts(Uint32Array.from([3, 5, 1, 4]), 4)).toEqual({ found: [1, 2, 0], seen: [1, 1, 1] });
      expect(firsts(undefined, 2)).toEqual({ found: [0, 1], seen: [1, 1, 0] });
      expect([...countCodes(typed, 3, 6)]).toEqual([2, 2, 2]);
      expect([...countCodes(typed, 3, 4)]).toEqual([1, 2, 1]);
    });
  }
});

interface Row {
  id: string;
  kind: string | undefined;
  day: string;
  line: number;
}

/** 600 rows: 3 kinds, and 300 days, so that the days' codes are 16-bit. */
const rows: Row[] = Array.from({ length: 600 }, (_, i) => ({
  id: `J${i % 7}`,
  kind: ['Atelier', 'Forum', undefined][i % 3],
  day: `2023-${String(1 + (i % 300)).padStart(3, '0')}`,
  line: i + 2,
}));

describe('where remembers its selections', () => {
  it('gives the same rows for the same codes of the same rows, whatever the test that chose them', () => {
    const all = Table.of<Row>(['id', 'kind', 'day'], rows).all();
    const workshops = all.where('kind', (k) => k === 'Atelier');
    expect(workshops.length).toBe(200);
    expect(all.where('kind', (k) => k !== undefined && k.startsWith('At'))).toBe(workshops);
    // Another column, other codes, other rows: each their own selection.
    expect(all.where('kind', (k) => k === 'Forum')).not.toBe(workshops);
    expect(all.where('id', (id) => id === 'J0')).not.toBe(workshops);
    const firstDays = workshops.where('day', (d) => d < '2023-004');
    expect([...firstDays].map((r) => r.line)).toEqual([2, 302]);
    expect(all.where('day', (d) => d < '2023-004').length).toBe(6);
    expect(workshops.where('day', (d) => d < '2023-004')).toBe(firstDays);
  });

  it('keeps the rows `filter` keeps, in order, for a selection of many codes (not remembered) as of few', () => {
    const all = Table.of<Row>(['id', 'kind', 'day'], rows).all();
    expect(all.table.codesOf('day')).toBeInstanceOf(Uint16Array);
    const lateDays = (d: string) => d >= '2023-100';
    const late = all.where('day', lateDays);
    expect([...late.indexes!]).toEqual([...all.filter((r) => lateDays(r.day)).indexes!]);
    expect(late.length).toBe(402);
    // 201 days passing: too many codes to key; the same rows each time, not the same object.
    const again = all.where('day', lateDays);
    expect(again).not.toBe(late);
    expect([...again.indexes!]).toEqual([...late.indexes!]);
    const lateForums = late.where('kind', (k) => k === 'Forum');
    expect([...lateForums].every((r) => r.kind === 'Forum' && lateDays(r.day))).toBe(true);
    expect(lateForums.length).toBe(all.filter((r) => r.kind === 'Forum' && lateDays(r.day)).length);
  });

  it('does not give one table’s selection for another table’s rows', () => {
    const one = Table.of<Row>(['id', 'kind', 'day'], rows).all();
    const other = Table.of<Row>(['id', 'kind', 'day'], rows.slice(0, 300)).all();
    const a = one.where('kind', (k) => k === 'Forum');
    const b = other.where('kind', (k) => k === 'Forum');
    expect(b).not.toBe(a);
    expect(b.table).toBe(other.table);
    expect([a.length, b.length]).toEqual([200, 100]);
  });
});

describe('rows known by their number before their indexes', () => {
  it('says its length without collecting its indexes, collects them once when first read', () => {
    const table = Table.of<Row>(['id', 'kind', 'day'], rows.slice(0, 6));
    let collected = 0;
    const later = new Rows(table, undefined, { length: 2, collect: () => (collected++, Uint32Array.from([1, 4])) });
    expect(later.length).toBe(2);
    expect(collected).toBe(0);
    expect([...later].map((r) => r.line)).toEqual([3, 6]);
    expect(later.distinct('id')).toBe(2);
    expect([...later.indexes!]).toEqual([1, 4]);
    expect(collected).toBe(1);
  });

  it('leaves a selection of `where` uncollected while only counted, and collects the same rows as `filter` once read', () => {
    const all = Table.of<Row>(['id', 'kind', 'day'], rows).all();
    const forums = all.where('kind', (k) => k === 'Forum');
    expect(forums.length).toBe(200);
    expect((forums as unknown as { collect: unknown }).collect).toBeTypeOf('function');
    // Its distinct values, from the rows it was taken from: still not collected.
    const ids = all.filter((r) => r.kind === 'Forum').distinctValues('id');
    expect(ids).toEqual(['J1', 'J4', 'J0', 'J3', 'J6', 'J2', 'J5']);
    expect([forums.distinct('id'), forums.distinctValues('id')]).toEqual([7, ids]);
    const someDays = all.where('day', (d) => d <= '2023-003');
    expect([someDays.distinct('kind'), someDays.distinctValues('kind')]).toEqual([2, ['Atelier', 'Forum']]);
    expect((forums as unknown as { collect: unknown }).collect).toBeTypeOf('function');
    expect([...forums.indexes!]).toEqual([...all.filter((r) => r.kind === 'Forum').indexes!]);
    expect([forums.distinct('id'), forums.distinctValues('id')]).toEqual([7, ids]);
    expect((forums as unknown as { collect: unknown }).collect).toBeUndefined();
  });
});
