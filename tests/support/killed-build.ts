/**
 * A build that kills itself outright (SIGKILL, as `kill -9` or the out-of-memory killer would) at a
 * given point, for the tests of what the next run finds:
 *
 *   node --import tsx tests/support/killed-build.ts <data> <out> reading|printing|moving
 *
 * reading: the data being read (a read that never ends, `stuck-read-hooks.mjs`) and the browser
 *   started (its profile made, its process running);
 * printing: the report's page written to its temporary folder, the browser (stopped meanwhile)
 *   about to load it;
 * moving: two of the four outputs moved into place, the two others not yet.
 * Each point is waited for, not raced: the build cannot go past it. Exits 3 if it did anyway.
 */
import { readdirSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './fs.js';
import { descendants } from './processes.js';

const [dataDir, outDir, point] = process.argv.slice(2);
const die = () => process.kill(process.pid, 'SIGKILL');

/** This process's temporary folders starting with `prefix` (`alpes-print-`, `alpes-chromium-`). */
const ours = (prefix: string) => readdirSync(tmpdir()).filter((name) => name.startsWith(`${prefix}${process.pid}-`));

/** Sends `signal` to the browser's processes (every process below this one). */
const signalBrowser = (signal: NodeJS.Signals) => {
  for (const pid of descendants(process.pid)) process.kill(pid, signal);
};

// The read never ends: the build is still reading whenever the browser is up.
if (point === 'reading') register('./stuck-read-hooks.mjs', import.meta.url);
const { buildReport } = await import('../../src/report.js');

let moved = 0;
await buildReport({
  year: 2023,
  dataDir,
  outDir,
  onStep: (started) => {
    if (point === 'reading' && started.startsWith('Lecture')) {
      void eventually(() => ours('alpes-chromium-').length > 0 && descendants(process.pid).length > 0, { timeout: 60_000 }).then(die);
    }
    if (point === 'printing' && started.startsWith('Impression')) {
      // The browser stopped, the page it is to load stays in its folder until this process dies.
      signalBrowser('SIGSTOP');
      const written = () =>
        ours('alpes-print-').some((folder) => readdirSync(join(tmpdir(), folder), { withFileTypes: true }).some((entry) => entry.name === 'rapport.html'));
      void eventually(written, { timeout: 60_000 }).then(() => {
        // Let go, so that the browser sees its pipe close and ends, as it would after any kill.
        signalBrowser('SIGCONT');
        die();
      });
    }
  },
  onFileMoved: () => {
    if (point === 'moving' && ++moved === 2) die();
  },
});
process.stderr.write(`not killed at ${point}\n`);
process.exit(3);
