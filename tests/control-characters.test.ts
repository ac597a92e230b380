import { describe, expect, it } from 'vitest';
import { CELL_CONTROLS, controlsInValue, describeControl, ONE_LINE_CONTROLS, printable, TEXT_CONTROLS } from '../src/text/control-characters.js';

describe('control characters', () => {
  it('refuses in each kind of text what has no place there', () => {
    const cases: [string, boolean, boolean, boolean][] = [
      // character, cell, Markdown text, one-line text
      ['\u0000', true, true, true],
      ['\u001b', true, true, true],
      ['\u009b', true, true, true],
      ['\u007f', true, true, true],
      ['\t', false, false, true],
      ['\n', false, false, true],
      ['\r', false, false, true],
      ['\uFEFF', true, false, false],
      ['\u202e', false, false, true],
      ['\u2028', false, false, true],
      ['é', false, false, false],
    ];
    for (const [char, cell, text, oneLine] of cases) {
      expect([char, CELL_CONTROLS.test(`a${char}b`), TEXT_CONTROLS.test(`a${char}b`), ONE_LINE_CONTROLS.test(`a${char}b`)]).toEqual([
        char,
        cell,
        text,
        oneLine,
      ]);
    }
  });

  it('names a character by its code, and in French when it is a common one', () => {
    expect(describeControl('\u0000')).toBe('<U+0000> (caractère nul)');
    expect(describeControl('\r')).toBe('<U+000D> (retour chariot)');
    expect(describeControl('\u202e')).toBe('<U+202E> (forçage droite à gauche)');
    expect(describeControl('\u0001')).toBe('<U+0001>');
  });

  it('shows a text with its controls as codes, the same once printed again', () => {
    const shown = printable('a\u001b[31m\r\nb\u200f\tc');
    expect(shown).toBe('a<U+001B>[31m↵↵b<U+200F>\tc');
    expect(printable(shown)).toBe(shown);
  });

  it('finds the first control of each string of a JSON value, keys included', () => {
    expect(controlsInValue({ a: ['ok', 'x\ry'], ['k\u0000']: 1, b: { c: 'w\u2066' } })).toEqual([
      { path: ['a', 1], char: '\r', position: 2, inKey: false },
      { path: ['k\u0000'], char: '\u0000', position: 2, inKey: true },
      { path: ['b', 'c'], char: '\u2066', position: 2, inKey: false },
    ]);
  });
});
