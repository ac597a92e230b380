import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-graph.js';

/** A file a reviewer reads in one sitting: past this, split it by what its parts do. */
const MAX_LINES = 300;

const linesOf = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('the files of src/', () => {
  it(`are at most ${MAX_LINES} lines long`, () => {
    const long = sourceFiles('src')
      .map((file) => ({ file, lines: linesOf(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .sort((a, b) => b.lines - a.lines);
    const message = [`${long.length} file(s) of src/ over ${MAX_LINES} lines:`, ...long.map(({ file, lines }) => `  ${file}: ${lines} lines`)].join('\n');
    expect(long, message).toEqual([]);
  });
});
