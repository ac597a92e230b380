/**
 * Speed and memory at three volumes (issue 6): one Mission Locale year (the 2023 fixtures), a
 * regional network and a national year, generated once into the system's temporary folder. For
 * each: ingestion + validation + aggregation, then the whole report to PDF, each in a fresh process
 * (time, peak RSS, rows per second), and the same headline counts computed by DuckDB on the same
 * files. The whole report is measured beside its floor (issue 16): Chromium printing the report's
 * own finished HTML once (bench/lib/floor.ts), one after the other, several times (`BENCH_REPEAT`,
 * default 5 for the fixtures, 1 for the larger volumes); medians and the ratio are printed.
 * Prints figures; asserts nothing (docs/performance.md records them).
 *
 *   npm run bench                      # every volume
 *   BENCH_VOLUMES=1,47 npm run bench   # the volumes of these many copies only
 *   BENCH_VOLUMES=1 BENCH_PHASES=report npm run bench   # the whole report and its floor only
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdbHeadlines } from './lib/duckdb.js';
import { generateVolume, VOLUMES } from './lib/volumes.js';

const wanted = process.env.BENCH_VOLUMES?.split(',').map(Number);
const phases = process.env.BENCH_PHASES?.split(',');
const repeat = process.env.BENCH_REPEAT === undefined ? undefined : Number(process.env.BENCH_REPEAT);
const root = join(tmpdir(), 'alpes-bench');

/** Data lines of every CSV of a folder (the header excluded). */
function countRows(dir: string): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const bytes = readFileSync(join(dir, file));
    let lines = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
    rows[file] = lines - 1;
  }
  return rows;
}

const failure = (error: unknown) => {
  const stderr = String((error as { stderr?: string }).stderr ?? '');
  return new Error(
    stderr.includes('heap out of memory')
      ? 'mémoire épuisée (tas JavaScript de Node plein, ~4 Gio)'
      : (stderr.split('\n').find((l) => l.trim() !== '') ?? String(error)),
  );
};

/** Reading alone, or reading and aggregating: in a fresh process (bench/lib/measure.ts). */
function measure(phase: 'events' | 'load', dir: string): { ms: number; maxRssMiB: number; headlines: Record<string, number> } {
  try {
    const line = execFileSync(process.execPath, ['--import', 'tsx', 'bench/lib/measure.ts', phase, dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .trim()
      .split('\n')
      .at(-1)!;
    return JSON.parse(line);
  } catch (error) {
    throw failure(error);
  }
}

/**
 * The whole report as a user runs it, `alpes-report 2023` with its default formats: from the
 * process's start to its exit. Written into the same folder each time, as a user runs it again.
 */
function measureCommand(dir: string, out: string): { ms: number; maxRssMiB: number } {
  try {
    const result = spawnSync(
      process.execPath,
      ['--import', './bench/lib/exit-figures.mjs', 'bin/alpes-report.js', '2023', '--data', dir, '--out', out, '--quiet'],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (result.error) throw result.error;
    if (result.status !== 0) throw Object.assign(new Error(result.signal ? `arrêté par ${result.signal}` : `code ${result.status}`), { stderr: result.stderr });
    return JSON.parse(result.stderr.trim().split('\n').at(-1)!);
  } catch (error) {
    throw failure(error);
  }
}

/** The floor: the report's finished HTML printed once by Chromium, in a fresh process (bench/lib/floor.ts). */
function measureFloor(html: string): { ms: number } {
  try {
    const line = execFileSync(process.execPath, ['--import', 'tsx', 'bench/lib/floor.ts', html], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(line.trim().split('\n').at(-1)!);
  } catch (error) {
    throw failure(error);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const fmt = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);
const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
const seconds = (ms: number) => `${decimal(ms / 1000, 2)} s`;
const goal = (ratio: number, goal: number | undefined) =>
  goal === undefined ? '' : ` (objectif ${decimal(goal, 1)} : ${ratio <= goal ? 'atteint' : 'non atteint'})`;

for (const volume of VOLUMES.filter((v) => !wanted || wanted.includes(v.copies))) {
  const started = performance.now();
  // One Mission Locale year is the fixtures themselves, with their PLIE, MDE and previous years.
  const dir = volume.copies === 1 ? 'fixtures/2023' : (await generateVolume(root, volume)).dir;
  const generated = performance.now() - started;
  const rows = countRows(dir);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  console.log(
    `\n${volume.name} — ${fmt(rows['jeunes.csv'] ?? 0)} jeunes, ${fmt(rows['evenements.csv'] ?? 0)} événements, ${fmt(total)} lignes en tout${volume.copies === 1 ? '' : ` (généré en ${seconds(generated)})`}`,
  );
  if (!phases || phases.includes('load')) {
    try {
      const events = measure('events', dir);
      console.log(
        `  evenements.csv seul (lu, validé)  ${seconds(events.ms).padStart(9)}   pic RSS ${fmt(events.maxRssMiB).padStart(6)} Mio   ${fmt((rows['evenements.csv'] ?? 0) / (events.ms / 1000))} événements validés/s`,
      );
    } catch (error) {
      console.log(`  evenements.csv seul              ÉCHEC : ${(error as Error).message}`);
    }
    try {
      const load = measure('load', dir);
      console.log(
        `  lecture + validation + calcul   ${seconds(load.ms).padStart(9)}   pic RSS ${fmt(load.maxRssMiB).padStart(6)} Mio   ${fmt(total / (load.ms / 1000))} lignes/s (${fmt((rows['evenements.csv'] ?? 0) / (load.ms / 1000))} événements/s)`,
      );
      const duck = await duckdbHeadlines(dir);
      const same = duck.counts.young_in_contact === load.headlines.young_in_contact && duck.counts.interviews === load.headlines.interviews;
      console.log(
        `  DuckDB, mêmes comptes clés      ${seconds(duck.ms).padStart(9)}   rapport notre temps / DuckDB : ${decimal(load.ms / duck.ms, 1)}${goal(load.ms / duck.ms, volume.goals.duckdb)}   comptes ${same ? 'identiques' : `DIFFÉRENTS ${JSON.stringify({ nous: load.headlines, duckdb: duck.counts })}`}`,
      );
    } catch (error) {
      console.log(`  lecture + validation + calcul   ÉCHEC : ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
    }
  }
  if (phases && !phases.includes('report')) continue;
  try {
    // A first build writes the finished HTML the floor prints (and the files a later build finds, as a user's would).
    const out = join(root, 'out', `x${volume.copies}`);
    const first = measureCommand(dir, out);
    const times = repeat ?? (volume.copies === 1 ? 5 : 1);
    const floors: number[] = [];
    const commands: number[] = [];
    let rss = first.maxRssMiB;
    // One after the other, so that both see the same load of the machine.
    for (let i = 0; i < times; i++) {
      floors.push(measureFloor(join(out, 'rapport-2023.html')).ms);
      const report = times === 1 && i === 0 ? first : measureCommand(dir, out);
      commands.push(report.ms);
      rss = Math.max(rss, report.maxRssMiB);
    }
    const spread = (values: number[]) => (values.length === 1 ? '' : ` (${seconds(Math.min(...values))} à ${seconds(Math.max(...values))})`);
    console.log(`  plancher : Chromium imprime le HTML fini, une fois ${seconds(median(floors)).padStart(9)}${spread(floors)}   médiane de ${times}`);
    console.log(
      `  rapport complet jusqu'au PDF    ${seconds(median(commands)).padStart(9)}${spread(commands)}   pic RSS ${fmt(rss).padStart(6)} Mio   ` +
        `rapport au plancher : ${decimal(median(commands) / median(floors), 2)}${goal(median(commands) / median(floors), volume.goals.floor)}`,
    );
  } catch (error) {
    console.log(`  rapport complet jusqu'au PDF    ÉCHEC : ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
}
