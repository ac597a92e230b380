/**
 * One measured phase in a fresh process, so that its peak memory is its own:
 *   node --import tsx bench/lib/measure.ts <events|load|report> <year folder> <out folder>
 * (`events`: evenements.csv alone, read and validated: the event throughput.)
 * Prints one JSON line: { ms, maxRssMiB }.
 */
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { buildReport, computeReport } from '../../src/report.js';

const [phase, dir, out] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
let headlines: Record<string, unknown> = {};
if (phase === 'events') {
  const { readTable } = await import('../../src/dataset/read-export.js');
  const { evenementsExport } = await import('../../src/schemas/ml/evenements.js');
  const { join } = await import('node:path');
  const file = join(dir, 'evenements.csv');
  const read = await readTable(file, file, evenementsExport(), resolveConfig());
  headlines = { rows: read.rows.length };
} else if (phase === 'load') {
  const config = resolveConfig();
  const dataset = await loadDataset({ year: 2023, dataDir: dir, config, historyYears: 0 });
  const { indicators } = computeReport(dataset, config);
  // The figures DuckDB recomputes, to show both read the same thing.
  headlines = { young_in_contact: indicators['ml.youngInContact']?.value, interviews: indicators['ml.interviews']?.value };
} else {
  await buildReport({ year: 2023, dataDir: dir, outDir: out });
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, headlines }));
