/**
 * One measured phase in a fresh process, so that its peak memory is its own:
 *   node --import tsx bench/lib/measure.ts <events|load|sections> <year folder>
 * (`events`: evenements.csv alone, read and validated: the event throughput. `load` also says how long
 * the aggregation took, `aggregateMs`. `sections`: the aggregation section by section, then again with
 * the year read as its own previous year and `previous` asked, as the CSV and the workbook ask it.)
 * Runs the compiled code (`dist/`, what the command runs; `npm run bench` builds it first); the
 * time counts from the modules loaded. Prints one JSON line: { ms, maxRssMiB, headlines }.
 */
import { join } from 'node:path';

const dist = (module: string) => new URL(`../../dist/${module}`, import.meta.url).href;
const { resolveConfig } = (await import(dist('config/load.js'))) as typeof import('../../src/config/load.js');
const { readTable } = (await import(dist('read/read-export.js'))) as typeof import('../../src/read/read-export.js');
const { Table } = (await import(dist('dataset/table.js'))) as typeof import('../../src/dataset/table.js');
const { evenementsExport } = (await import(dist('schemas/ml/evenements.js'))) as typeof import('../../src/schemas/ml/evenements.js');
type Evenement = import('../../src/schemas/ml/evenements.js').Evenement;
const { loadDataset } = (await import(dist('dataset/load.js'))) as typeof import('../../src/dataset/load.js');
const { sectionIds } = (await import(dist('sections/index.js'))) as typeof import('../../src/sections/index.js');
const { computeReport } = (await import(dist('report.js'))) as typeof import('../../src/report.js');
const { sections } = (await import(dist('sections/index.js'))) as typeof import('../../src/sections/index.js');

const [phase, dir] = process.argv.slice(2) as [string, string];
const start = performance.now();
let headlines: Record<string, unknown> = {};
if (phase === 'events') {
  const file = join(dir, 'evenements.csv');
  const read = await readTable(file, file, evenementsExport(), resolveConfig(), (columns) => new Table<Evenement>(columns));
  headlines = { rows: read.rows.length };
} else {
  const config = resolveConfig();
  const dataset = await loadDataset({ year: 2023, dataDir: dir, config, sectionIds, historyYears: 0 });
  const read = performance.now();
  const { indicators } = computeReport(dataset, config);
  // The figures DuckDB recomputes, to show both read the same thing.
  headlines = { young_in_contact: indicators['ml.youngInContact']?.value, interviews: indicators['ml.interviews']?.value };
  headlines.aggregateMs = Math.round(performance.now() - read);
  if (phase === 'sections') {
    // Processor time (the machine is shared), the least of three runs.
    const time = (run: () => unknown) => {
      let least = Infinity;
      for (let k = 0; k < 3; k++) {
        const at = process.cpuUsage();
        run();
        const used = process.cpuUsage(at);
        least = Math.min(least, (used.user + used.system) / 1000);
      }
      return Math.round(least);
    };
    headlines.bySection = Object.fromEntries(sections.map((s) => [s.id, time(() => s.run(dataset, config))]));
    // The year's own rows as a previous year (under its own year, so that they count): what the
    // spreadsheets' `previous` costs for a previous year as large as this one.
    const withPast = { ...dataset, history: [{ ...dataset.current }] };
    headlines.withOnePreviousYearMs = time(() => computeReport(withPast, config, undefined, { previous: true }));
  }
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, headlines }));
