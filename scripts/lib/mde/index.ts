/**
 * The Maison de l'Emploi exports, 2023 only: `clauses.csv`, `cyberbase.csv` and the MDE rows of
 * `situations.csv` (written after the Mission Locale's rows by the ML exporter). Its own seeded
 * PRNG, so the PLIE and Mission Locale fixtures do not move when this part changes.
 */
import type { Rng } from '../random.js';
import { buildClausesCsv } from './clauses.js';
import { MDE_YEAR } from './common.js';
import { buildCyberbaseCsv } from './cyberbase.js';
import { buildMdeSituationRows } from './situations.js';

export const MDE_YEARS = [MDE_YEAR] as const;

export interface MaisonEmploi {
  year: number;
  files: { 'clauses.csv': Buffer; 'cyberbase.csv': Buffer };
  situationRows: string[][];
}

export function buildMaisonEmploi(rng: Rng): MaisonEmploi {
  const files = { 'clauses.csv': buildClausesCsv(rng), 'cyberbase.csv': buildCyberbaseCsv(rng) };
  return { year: MDE_YEAR, files, situationRows: buildMdeSituationRows(rng) };
}
