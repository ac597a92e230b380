/**
 * Generates the synthetic exports used as demonstration data and test fixtures:
 * `<outDir>/<year>/participants.csv`, `etapes.csv` and `source.json` for 2021, 2022 and 2023 (PLIE),
 * and `jeunes.csv`, `evenements.csv`, `propositions.csv`, `situations.csv`, `dispositifs.csv`,
 * `aides.csv` for 2022 and 2023 (Mission Locale, see lib/ml/index.ts).
 *
 * Usage: npx tsx scripts/generate-fixtures.ts [outDir]   (default: fixtures)
 *
 * Approach: one population of fictional participants is simulated once, with fixed attributes, a
 * parcours (entry, maybe an exit) and dated steps; each year's export is a filter on it (people en
 * parcours in the year, their steps active in the year), so the three years agree with each other
 * exactly as real exports do. Attributes behind the figures of the 2023 activity report are dealt
 * as exact quotas, not drawn by chance, so those figures come out exactly (see lib/population.ts
 * and lib/steps.ts). All randomness comes from one seeded PRNG (no clock, no Math.random): two
 * runs write byte-identical files. The files mimic real exports: participants in Windows-1252,
 * steps in UTF-8 with BOM, `;` separators, CRLF line endings, varied commune spellings.
 *
 * The Mission Locale is simulated the same way with its own seeded PRNG, after the PLIE: changing
 * it never moves a byte of the PLIE files. The Maison de l'Emploi (2023: `clauses.csv`,
 * `cyberbase.csv`, MDE rows of `situations.csv`, see lib/mde/index.ts) has a third PRNG, and its
 * own mobility scheme (MDE rows of `aides.csv`, lib/mde/mobility.ts) a fourth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportYear } from './lib/exports.js';
import { buildPopulation } from './lib/population.js';
import { exportMissionLocaleYear } from './lib/ml/exports.js';
import { buildMissionLocale, ML_YEARS } from './lib/ml/index.js';
import { buildMaisonEmploi } from './lib/mde/index.js';
import { buildEmployerFiles } from './lib/mde/employers.js';
import { buildMobilityAidRows } from './lib/mde/mobility.js';
import { Rng } from './lib/random.js';
import { buildSteps } from './lib/steps.js';

const SEED = 2023;
const ML_SEED = 59_378;
const MDE_SEED = 59_350;
/** Employer relations and job offers: a fifth PRNG, so the other files never move when this part changes. */
const EMPLOYERS_SEED = 59_611;
const MOBILITY_SEED = 59_128;
const YEARS = [2021, 2022, 2023];

const SOURCE = {
  demonstration: true,
  description: `Données synthétiques générées par scripts/generate-fixtures.ts (graine ${SEED})`,
};

function main(outDir: string): void {
  const rng = new Rng(SEED);
  const people = buildPopulation(rng);
  const steps = buildSteps(rng, people);
  for (const year of YEARS) {
    const dir = join(outDir, String(year));
    const { participantsCsv, stepsCsv } = exportYear(people, steps, year);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'participants.csv'), participantsCsv);
    writeFileSync(join(dir, 'etapes.csv'), stepsCsv);
    writeFileSync(join(dir, 'source.json'), JSON.stringify(SOURCE, null, 2) + '\n');
  }
  console.log(`Fixtures written to ${outDir}/ (${YEARS.join(', ')}): ${people.length} people, ${steps.length} steps simulated.`);

  const ml = buildMissionLocale(new Rng(ML_SEED));
  // The Maison de l'Emploi (2023) with its own PRNG; its situations go after the ML's in situations.csv.
  const mde = buildMaisonEmploi(new Rng(MDE_SEED));
  // Its own mobility scheme with a fourth PRNG; its rows go after the ML's in aides.csv.
  const mobilityAids = buildMobilityAidRows(new Rng(MOBILITY_SEED));
  for (const year of ML_YEARS) {
    const dir = join(outDir, String(year));
    const extra = year === mde.year ? mde.situationRows : [];
    const extraAids = year === mde.year ? mobilityAids : [];
    for (const [file, bytes] of Object.entries(exportMissionLocaleYear(ml, year, extra, extraAids))) writeFileSync(join(dir, file), bytes);
  }
  for (const [file, bytes] of Object.entries(mde.files)) writeFileSync(join(outDir, String(mde.year), file), bytes);
  for (const [file, bytes] of Object.entries(buildEmployerFiles(new Rng(EMPLOYERS_SEED)))) writeFileSync(join(outDir, String(mde.year), file), bytes);
  console.log(`Maison de l'Emploi (${mde.year}): clauses.csv, cyberbase.csv, ${mde.situationRows.length} situations.`);
  console.log(
    `Mission Locale (${ML_YEARS.join(', ')}): ${ml.jeunes.length} jeunes, ${ml.situations.length} situations, ${ml.schemes.length} schemes, ` +
      `${ml.events.length} events, ${ml.proposals.length} proposals, ${ml.aids.length} aids simulated.`,
  );
}

main(process.argv[2] ?? 'fixtures');
