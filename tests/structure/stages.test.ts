import { describe, expect, it } from 'vitest';
import { importGraph, sourceFiles } from './source-graph.js';

/**
 * The stages of src/, from the command line down to the modules every stage may use. A file
 * imports files of its own stage or of a lower one, never of a higher one: the lower stages can
 * be read, tested and reused without the higher ones (the dataset without the sections, the
 * rendering without the report's build).
 *
 * A pattern ending with `/` is a folder (and everything under it), `*` any characters of a name;
 * a file at the root of src/ that no stage names is a base module. A file in a folder that no
 * stage names fails the test: give the new folder its stage here.
 */
const STAGES: { name: string; patterns: string[] }[] = [
  { name: 'command line', patterns: ['src/cli/', 'src/cli*.ts'] },
  // What runs the whole way through: the build, `explain`, the preview, the generated docs.
  { name: 'report', patterns: ['src/report.ts', 'src/index.ts', 'src/explain/', 'src/preview/', 'src/docs/'] },
  { name: 'output', patterns: ['src/output/', 'src/print/'] },
  { name: 'render', patterns: ['src/render/'] },
  { name: 'sections', patterns: ['src/sections/'] },
  { name: 'measure', patterns: ['src/measure/', 'src/aggregation/'] },
  { name: 'dataset', patterns: ['src/dataset/'] },
  // Loading the configuration reads a file the way exports are read, and checks its column aliases
  // against the exports' columns; what it loads (the schema, the territory) sits below the exports.
  { name: 'configuration loading', patterns: ['src/config/load.ts'] },
  { name: 'reading', patterns: ['src/read/', 'src/schemas/'] },
  { name: 'config', patterns: ['src/config/'] },
  { name: 'base', patterns: ['src/files/', 'src/text/', 'src/json/'] },
];
const BASE = STAGES.length - 1;

const matches = (pattern: string, file: string) =>
  pattern.endsWith('/') ? file.startsWith(pattern) : new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file);

/** The stage of a file (its index in STAGES, 0 the highest); undefined for a folder no stage names. */
function stageOf(file: string): number | undefined {
  const named = STAGES.findIndex(({ patterns }) => patterns.some((p) => matches(p, file)));
  if (named !== -1) return named;
  return /^src\/[^/]+$/.test(file) ? BASE : undefined;
}

describe('the stages of src/', () => {
  it('hold every file', () => {
    const unplaced = sourceFiles('src').filter((file) => stageOf(file) === undefined);
    const message = [
      `${unplaced.length} file(s) of src/ in no stage: add their folder to STAGES (tests/structure/stages.test.ts):`,
      ...unplaced.map((f) => `  ${f}`),
    ];
    expect(unplaced, message.join('\n')).toEqual([]);
  });

  it('import only from their own stage or a lower one', () => {
    const upward: string[] = [];
    for (const imports of importGraph('src').values()) {
      for (const { from, to, line, typeOnly } of imports) {
        const [a, b] = [stageOf(from), stageOf(to)];
        if (a === undefined || b === undefined || b >= a) continue;
        upward.push(`  ${from}:${line} (${STAGES[a]!.name}) imports ${to} (${STAGES[b]!.name})${typeOnly ? ', types only' : ''}`);
      }
    }
    const order = STAGES.map((s) => s.name).join(' > ');
    const message = [`${upward.length} import(s) from a lower stage to a higher one (stages: ${order}):`, ...upward];
    expect(upward, message.join('\n')).toEqual([]);
  });
});
