/**
 * The preview's server alone, without a browser: `N` saves of `participants.csv` (or of a
 * `contenu/` text, FILE=contenu/textes/mde-manifestations.md) on a copy of the fixtures, and the
 * median time from the write to the server having the new page, and of its build. Run it under
 * `--cpu-prof` to see where a save's time goes (the saves run in `measureSaves`).
 *
 *   N=25 node --import tsx bench/preview-saves.ts
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type BuildOutcome } from '../src/preview/server.js';
import { readInPart } from '../src/preview/patch.js';

const N = Number(process.env.N ?? 20);
const FILE = process.env.FILE ?? 'participants.csv';
const root = await mkdtemp(join(tmpdir(), 'alpes-preview-saves-'));
for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
await cp('templates', join(root, 'templates'), { recursive: true });
let built: (outcome: BuildOutcome) => void = () => undefined;
const server = await startPreview({ year: 2023, dataDir: join(root, '2023'), templatesDir: join(root, 'templates'), onBuild: (o) => built(o) });
const file = join(root, '2023', FILE);
const original = await readFile(file, 'latin1');
const exit = (i: number) => `PL-BENCH-${i};BENCH;Bench;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`;
const served: number[] = [];
const builds: number[] = [];
const cpu = process.cpuUsage();

async function measureSaves() {
  for (let trial = 1; trial <= N; trial++) {
    await new Promise((r) => setTimeout(r, 150));
    const done = new Promise<BuildOutcome>((r) => (built = r));
    const saved = Date.now();
    const extra = FILE === 'participants.csv' ? Array.from({ length: trial }, (_, i) => exit(i + 1)).join('') : `\n\nMarqueur ${trial}.\n`;
    await writeFile(file, original + extra, 'latin1');
    const outcome = await done;
    served.push(Date.now() - saved);
    builds.push(outcome.milliseconds);
  }
}
await measureSaves();
const used = process.cpuUsage(cpu);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `${FILE}: served ${median(served)} ms median, build ${median(builds).toFixed(0)} ms median, ` +
    `processor ${((used.user + used.system) / 1000 / N).toFixed(0)} ms a save (${N} saves; patches read in part ${readInPart.count}, ` +
    `the first as the whole page's: ${readInPart.agreed()})`,
);
await server.close();
await rm(root, { recursive: true, force: true });
