import { describe, expect, it } from 'vitest';
import { importCycles } from './cycles.js';
import { importGraph } from './source-graph.js';

/**
 * No import cycle in src/: a file never needs, through any chain of imports, a file that needs it
 * (an import of types only counts too: the two files cannot be read, moved or tested apart).
 * The equivalent of `npx madge --circular --extensions ts src`.
 */
describe('the imports of src/', () => {
  it('make no cycle', () => {
    const cycles = importCycles(importGraph('src'));
    const message = [
      `${cycles.length} import cycle(s) in src/ (file:line of each import; « (type) »: an import of types only):`,
      ...cycles.map((cycle) => `  ${cycle}`),
    ].join('\n');
    expect(cycles, message).toEqual([]);
  });
});
