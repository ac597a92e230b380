import { describe, expect, it } from 'vitest';
import { Column, ColumnStore } from '../../src/read/column-store.js';
import { clearInterned, internNumber, poolGeneration } from '../../src/schemas/text-pool.js';

const codes = (column: Column, rows: number) => [...column.codes.subarray(0, rows)];

describe('identifier columns numbered in the shared pool', () => {
  it('gives a text the same number in every column of one read, and the codes an unnumbered column gives', () => {
    clearInterned();
    const [a, b, plain] = [new Column(), new Column(), new Column()];
    a.number();
    b.number();
    const texts = ['ML-1', 'ML-2', 'ML-1', 'ML-3', 'ML-3', 'ML-2'];
    texts.forEach((text, at) => {
      a.set(at, text);
      plain.set(at, text);
    });
    ['ML-3', 'ML-4', 'ML-1'].forEach((text, at) => b.set(at, text));
    [a, b, plain].forEach((column) => column.seal(column === b ? 3 : texts.length));
    expect(codes(a, 6)).toEqual(codes(plain, 6));
    expect(a.values).toEqual(['ML-1', 'ML-2', 'ML-3']);
    expect(a.poolNumbers!.generation).toBe(poolGeneration());
    expect([...a.poolNumbers!.numbers]).toEqual(['ML-1', 'ML-2', 'ML-3'].map(internNumber));
    expect([...b.poolNumbers!.numbers]).toEqual(['ML-3', 'ML-4', 'ML-1'].map(internNumber));
    expect(plain.poolNumbers).toBeUndefined();
  });

  it('numbers values that are not texts -1, and keeps their codes', () => {
    clearInterned();
    const column = new Column();
    column.number();
    [undefined, 'X', undefined, 'Y', 'X'].forEach((value, at) => column.set(at, value));
    column.seal(5);
    expect(codes(column, 5)).toEqual([0, 1, 0, 2, 1]);
    expect([...column.poolNumbers!.numbers]).toEqual([-1, internNumber('X'), internNumber('Y')]);
  });

  it('still codes its rows right when the pool is cleared while it is appended, and then says no number', () => {
    clearInterned();
    const column = new Column();
    column.number();
    ['A', 'B'].forEach((text, at) => column.set(at, text));
    clearInterned();
    ['C', 'A', 'B', 'C'].forEach((text, at) => column.set(at + 2, text));
    column.seal(6);
    expect(codes(column, 6)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(column.poolNumbers).toBeUndefined();
  });

  it('numbers the joined column of parts read by threads, each distinct text once', () => {
    clearInterned();
    const store = new ColumnStore<{ line: number; id: string }>(['id']).number(['id']);
    const part = (ids: string[]) => ({
      size: ids.length,
      columns: [{ values: [...new Set(ids)], codes: Uint8Array.from(ids.map((id) => [...new Set(ids)].indexOf(id))) }],
      lineOffsets: { values: [1], codes: new Uint8Array(ids.length) },
    });
    store.joinParts([part(['P', 'Q', 'P']), part(['R', 'P'])], [0, 3]);
    expect(store.poolNumbersOf('id')!.numbers).toEqual(Int32Array.from(['P', 'Q', 'R'].map(internNumber)));
    const unnumbered = new ColumnStore<{ line: number; id: string }>(['id']).joinParts([part(['P'])], [0]);
    expect(unnumbered.poolNumbersOf('id')).toBeUndefined();
  });
});
