/**
 * The jeunes: first reception dates, the export years they appear in, and their identifiers.
 * Their other attributes (sex, birth, commune, level) are dealt once their activity is known
 * (attributes.ts), because the report's figures are computed on sets that activity defines.
 */
import { day, endOfYear, startOfYear, type Day } from '../dates.js';
import type { Rng } from '../random.js';
import type { Jeune } from './model.js';
import { workingDay } from './periods.js';
import { EARLIER_RECEPTION_YEARS, POPULATION } from './plan.js';

/** Fewer first receptions in August, more at the start of the school year. */
const MONTH_WEIGHTS = [10, 9, 10, 9, 9, 9, 8, 4, 12, 11, 9, 6];

function receptionDate(rng: Rng, year: number): Day {
  const month = rng.weighted(MONTH_WEIGHTS.map((weight, index) => [index + 1, weight] as const));
  const first = day(year, month, 1);
  const last = month === 12 ? endOfYear(year) : day(year, month + 1, 1) - 1;
  return workingDay(rng, first, last);
}

function jeune(firstReception: Day, years: number[], cohort: Jeune['cohort']): Jeune {
  return {
    id: '',
    lastName: '',
    firstName: '',
    sex: 'F',
    birth: 0,
    birthFixed: false,
    commune: undefined,
    communeCell: '',
    qpv: false,
    level: '4',
    firstReception,
    years: new Set(years),
    cohort,
  };
}

export function buildJeunes(rng: Rng): Jeune[] {
  const jeunes: Jeune[] = [];
  const add = (count: number, years: number[], cohort: Jeune['cohort'], receptionYear: () => number) => {
    for (let i = 0; i < count; i++) jeunes.push(jeune(receptionDate(rng, receptionYear()), years, cohort));
  };
  const earlierYear = () => rng.weighted(EARLIER_RECEPTION_YEARS);
  add(POPULATION.new2023, [2023], 'new2023', () => 2023);
  add(POPULATION.new2022.both, [2022, 2023], 'new2022', () => 2022);
  add(POPULATION.new2022.only2022, [2022], 'new2022', () => 2022);
  add(POPULATION.earlier.both, [2022, 2023], 'earlier', earlierYear);
  add(POPULATION.earlier.only2022, [2022], 'earlier', earlierYear);
  add(POPULATION.earlier.only2023, [2023], 'earlier', earlierYear);
  assignIds(rng, jeunes);
  return jeunes.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Numbered in order of first reception, with gaps: the files of jeunes not seen since. */
function assignIds(rng: Rng, jeunes: Jeune[]): void {
  const order = rng.shuffle(jeunes).sort((a, b) => a.firstReception - b.firstReception);
  let number = 1000;
  for (const person of order) {
    number += rng.int(1, 3);
    person.id = `ML-${String(number).padStart(6, '0')}`;
  }
}

export function inYear(year: number) {
  return (person: Jeune) => person.years.has(year);
}

export function registeredIn(person: Jeune, year: number): boolean {
  return person.firstReception >= startOfYear(year) && person.firstReception <= endOfYear(year);
}
