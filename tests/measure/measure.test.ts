import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { recompute, tally } from '../../src/measure/evidence.js';
import type { About } from '../../src/measure/indicator.js';
import { counting, distinct, ratio, cells, Measure } from '../../src/measure/measure.js';
import { rowsOf } from '../support/rows.js';

const about = (key: string): About => ({ key, label: key, definition: key, unit: 'people' });
const rows = rowsOf('evenements.csv', [
  { line: 2, id: 'A', theme: 'Emploi' },
  { line: 3, id: 'A', theme: 'Santé' },
  { line: 4, id: undefined as string | undefined, theme: 'Emploi' },
  { line: 5, id: 'B', theme: 'Emploi' },
]);

describe('the measuring API', () => {
  it('counts people once, and a row without an identifier for none, in the value and in its rows alike', () => {
    const people = counting(distinct(rows, 'id'));
    expect(people.value).toBe(2);
    expect(tally(people.parts(''))).toBe(2);
  });

  it('knows whether it read any row without building its rows (a page of zeros is left out cheaply)', () => {
    const none = rows.filter(() => false);
    expect(counting(none).empty).toBe(true);
    expect(ratio(none, none).empty).toBe(true);
    expect(ratio(none, rows).empty).toBe(false);
    expect(cells({ a: counting(none), b: counting(rows) }).empty).toBe(false);
  });

  it('names the export of the rows it counts, with its year', () => {
    const m = new Measure(2023, resolveConfig());
    m.count(
      about('x.events'),
      rows.filter((r) => r.theme === 'Emploi'),
    );
    expect(m.declared[0]!.sources).toEqual(['2023/evenements.csv']);
  });

  it('breaks rows down in one pass, ordered, zero cells kept, each cell recomputed from its own rows', () => {
    const m = new Measure(2023, resolveConfig());
    const cellsFound = m.countBy(about('x.byTheme'), rows, (r) => r.theme, { order: ['Santé', 'Formation'] });
    expect(cellsFound).toEqual([
      { label: 'Santé', count: 1 },
      { label: 'Formation', count: 0 },
      { label: 'Emploi', count: 3 },
    ]);
    const parts = m.declared[0]!.measurement!.parts('');
    expect(
      recompute(
        'count',
        parts.filter((p) => p.group === 'Emploi'),
      ),
    ).toBe(3);
  });

  it('refuses what its rows could not recompute: a shape that renames a cell, a ratio of a ratio, a cell divided by a period', () => {
    const m = new Measure(2023, resolveConfig());
    expect(() =>
      m.countBy(about('x.merged'), rows, (r) => r.theme, { shape: (c) => [{ label: 'Toutes', count: c.reduce((n, x) => n + x.count, 0) }] }),
    ).toThrow(/change la cellule « Toutes »/);
    expect(() => ratio(ratio(rows, rows) as ReturnType<typeof counting>, rows)).toThrow(/rapport/);
    expect(() => cells({ perMonth: counting(rows, { divideBy: 12 }) })).toThrow(/divisée/);
  });
});
