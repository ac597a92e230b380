/**
 * Speed and memory of the pipeline on a large year: the 2023 fixtures replicated SCALE times
 * (identifiers suffixed), so a PLIE far larger than any real one. Prints figures; asserts nothing.
 *
 *   npm run bench            # SCALE=100 by default
 *   SCALE=500 npm run bench
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../src/config/load.js';
import { loadDataset } from '../src/dataset/load.js';
import { renderHtml } from '../src/render/html.js';
import { computeReport } from '../src/report.js';

const SCALE = Number(process.env.SCALE ?? 100);

function replicate(file: string, idColumn: number): string {
  const [header, ...rows] = readFileSync(file, 'latin1').split('\r\n').filter((l) => l !== '');
  const out = [header];
  for (let copy = 0; copy < SCALE; copy++) {
    for (const row of rows) {
      const cells = row.split(';');
      cells[idColumn] = `${cells[idColumn]}-${copy}`;
      out.push(cells.join(';'));
    }
  }
  return `${out.join('\r\n')}\r\n`;
}

async function time<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   heap ${heap.toFixed(0).padStart(5)} MiB`);
  return result;
}

const dir = join(mkdtempSync(join(tmpdir(), 'alpes-bench-')), '2023');
mkdirSync(dir);
writeFileSync(join(dir, 'participants.csv'), replicate('fixtures/2023/participants.csv', 0), 'latin1');
writeFileSync(join(dir, 'etapes.csv'), replicate('fixtures/2023/etapes.csv', 0), 'latin1');

const config = resolveConfig();
const dataset = await time(`read + validate (×${SCALE})`, () => loadDataset({ year: 2023, dataDir: dir, config }));
console.log(`  ${dataset.current.plie!.participants.length} participants, ${dataset.current.plie!.steps.length} steps`);
const report = await time('aggregate', () => computeReport(dataset, config));
await time('render HTML with charts', () => renderHtml({ year: 2023, config, demonstration: true, sections: report.sections }));
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
