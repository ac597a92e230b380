/**
 * Speed and memory at three volumes (issue 6): one Mission Locale year (the 2023 fixtures), a
 * regional network and a national year, generated once into the system's temporary folder. For
 * each: ingestion + validation + aggregation, then the whole report to PDF, each in a fresh process
 * (time, peak RSS, rows per second), and the same headline counts computed by DuckDB on the same
 * files. Prints figures; asserts nothing (docs/performance.md records them).
 *
 *   npm run bench                      # every volume
 *   BENCH_VOLUMES=1,47 npm run bench   # the volumes of these many copies only
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdbHeadlines } from './lib/duckdb.js';
import { generateVolume, VOLUMES } from './lib/volumes.js';

const wanted = process.env.BENCH_VOLUMES?.split(',').map(Number);
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

/** The whole report as a user runs it, `alpes-report 2023`: from the process's start to its exit. */
function measureCommand(dir: string): { ms: number; maxRssMiB: number } {
  try {
    const result = spawnSync(
      process.execPath,
      ['--import', './bench/lib/exit-figures.mjs', 'bin/alpes-report.js', '2023', '--data', dir, '--out', join(root, 'out'), '--quiet'],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (result.error) throw result.error;
    if (result.status !== 0) throw Object.assign(new Error(result.signal ? `arrêté par ${result.signal}` : `code ${result.status}`), { stderr: result.stderr });
    return JSON.parse(result.stderr.trim().split('\n').at(-1)!);
  } catch (error) {
    throw failure(error);
  }
}

const fmt = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);
const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
const seconds = (ms: number) => `${decimal(ms / 1000, 2)} s`;

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
      `  DuckDB, mêmes comptes clés      ${seconds(duck.ms).padStart(9)}   rapport notre temps / DuckDB : ${decimal(load.ms / duck.ms, 1)}   comptes ${same ? 'identiques' : `DIFFÉRENTS ${JSON.stringify({ nous: load.headlines, duckdb: duck.counts })}`}`,
    );
  } catch (error) {
    console.log(`  lecture + validation + calcul   ÉCHEC : ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
  try {
    const report = measureCommand(dir);
    console.log(`  rapport complet jusqu'au PDF    ${seconds(report.ms).padStart(9)}   pic RSS ${fmt(report.maxRssMiB).padStart(6)} Mio`);
  } catch (error) {
    console.log(`  rapport complet jusqu'au PDF    ÉCHEC : ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
}
