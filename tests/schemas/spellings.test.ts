import { describe, expect, it } from 'vitest';
import { Spellings } from '../../src/schemas/spellings.js';

/** A cut of a longer text, as a reader gives a cell: equal to the spelling, not the same string. */
const cell = (text: string) => `;${text};`.slice(1, -1);

describe('the few spellings of a column', () => {
  it('computes each spelling once, past the first ones compared one by one, up to its limit', () => {
    const computed: string[] = [];
    const spellings = new Spellings<string | undefined>(12);
    const compute = (text: string) => {
      computed.push(text);
      return text.startsWith('x') ? undefined : text.toUpperCase();
    };
    const names = Array.from({ length: 15 }, (_, k) => `type ${k}`);
    for (const round of [1, 2]) for (const name of names) expect(spellings.valueOf(cell(name), compute), `${name}, tour ${round}`).toBe(name.toUpperCase());
    // Twelve remembered (eight compared, four in the map); the last three computed each time.
    expect(computed).toEqual([...names, ...names.slice(12)]);
    computed.length = 0;
    const unknown = new Spellings<string | undefined>(12);
    expect([unknown.valueOf(cell('x1'), compute), unknown.valueOf(cell('x1'), compute)]).toEqual([undefined, undefined]);
    expect(computed).toEqual(['x1']);
  });

  it('remembers nothing with no room', () => {
    let calls = 0;
    const spellings = new Spellings<number>(0);
    spellings.valueOf('a', () => ++calls);
    expect(spellings.valueOf('a', () => ++calls)).toBe(2);
  });
});
