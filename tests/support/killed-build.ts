/**
 * A build that kills itself outright (SIGKILL, as `kill -9` or the out-of-memory killer would) at a
 * given point, for the tests of what the next run finds:
 *
 *   node --import tsx tests/support/killed-build.ts <data> <out> reading|printing|moving
 *
 * reading: the data being read and the browser started (its profile made, its process running);
 * printing: the report's page written to its temporary folder for the browser;
 * moving: two of the four outputs moved into place, the two others not yet.
 * Exits 3 if the build went past the point without stopping there.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildReport } from '../../src/report.js';
import { descendants } from './processes.js';

const [dataDir, outDir, point] = process.argv.slice(2);
const die = () => process.kill(process.pid, 'SIGKILL');

/** Kills this process once a folder of ours starting with `prefix` is in the temporary folder. */
function dieWhenMade(prefix: string, stillThere: () => boolean): void {
  const timer = setInterval(() => {
    if (!stillThere()) return;
    const made = readdirSync(tmpdir()).some((name) => name.startsWith(`${prefix}${process.pid}-`));
    if (made && descendants(process.pid).length > 0) die();
  }, 5);
  timer.unref();
}

let step = '';
let moved = 0;
await buildReport({
  year: 2023,
  dataDir,
  outDir,
  onStep: (started) => {
    step = started;
    if (point === 'reading' && started.startsWith('Lecture')) dieWhenMade('alpes-chromium-', () => step.startsWith('Lecture'));
    if (point === 'printing' && started.startsWith('Impression')) dieWhenMade('alpes-print-', () => step.startsWith('Impression'));
  },
  onFileMoved: () => {
    if (point === 'moving' && ++moved === 2) die();
  },
});
process.stderr.write(`not killed at ${point}\n`);
process.exit(3);
