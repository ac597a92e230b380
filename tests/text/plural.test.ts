import { describe, expect, it } from 'vitest';
import { counted, plural } from '../../src/text/plural.js';
import { createHandlebars } from '../../src/render/handlebars.js';

describe('agreement with a number', () => {
  it('is singular for 0 and 1 (and below 2), plural from 2', () => {
    expect([0, 1, 1.5, 2, 3, 1000].map((n) => plural(n, 'atelier'))).toEqual(['atelier', 'atelier', 'atelier', 'ateliers', 'ateliers', 'ateliers']);
    expect(plural(-1, 'point')).toBe('point');
    expect(plural(-3, 'point')).toBe('points');
  });

  it('takes the given plural of a phrase', () => {
    expect(plural(1, 'jeune est parti', 'jeunes sont partis')).toBe('jeune est parti');
    expect(plural(4, 'jeune est parti', 'jeunes sont partis')).toBe('jeunes sont partis');
  });

  it('agrees with a count as printed: « 2 » for 1,96, a missing figure « – » plural', () => {
    expect(plural('2', 'atelier')).toBe('ateliers');
    expect(plural('1,5', 'million')).toBe('million');
    expect(plural('1\u202f234', 'jeune')).toBe('jeunes');
    expect(plural('–', 'jeune')).toBe('jeunes');
    expect(plural(null, 'jeune')).toBe('jeunes');
  });

  it('writes a count with its noun for messages', () => {
    expect(counted(1, 'avertissement')).toBe('1 avertissement');
    expect(counted(0, 'erreur')).toBe('0 erreur');
    expect(counted(1234, 'ligne')).toBe('1\u202f234 lignes');
  });

  it('is the templates’ `plural` helper', () => {
    const hb = createHandlebars();
    const render = (n: number) => hb.compile('{{n}} {{plural n "atelier"}} par mois, {{plural n "jeune est parti" "jeunes sont partis"}}')({ n });
    expect(render(1)).toBe('1 atelier par mois, jeune est parti');
    expect(render(0)).toBe('0 atelier par mois, jeune est parti');
    expect(render(7)).toBe('7 ateliers par mois, jeunes sont partis');
  });
});
