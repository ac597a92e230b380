import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-graph.js';

/**
 * Two files side by side on a reviewer's screen. Prettier (`npm run format`) wraps the code at
 * this width, but not the strings, template literals and comments it cannot break: this check does.
 */
const MAX_LENGTH = 160;

describe('the lines of src/', () => {
  it(`are at most ${MAX_LENGTH} characters long`, () => {
    const long = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        // Characters as a reader counts them: « é » or « → » is one, whatever its UTF-16 length.
        .map((line, i) => ({ at: `${file}:${i + 1}`, length: [...line].length }))
        .filter(({ length }) => length > MAX_LENGTH),
    );
    const message = [
      `${long.length} line(s) of src/ over ${MAX_LENGTH} characters (file:line: length):`,
      ...long.map(({ at, length }) => `  ${at}: ${length}`),
    ].join('\n');
    expect(long, message).toEqual([]);
  });
});
