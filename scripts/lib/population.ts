/**
 * The simulated population: one set of PLIE participants, consistent across the three exports.
 *
 * People are grouped in cohorts by entry year and exit year; each yearly export is then a mere
 * filter on the same people. Every attribute a target is computed on (sex, commune, RSA, level,
 * age, exit category…) is dealt as an exact quota over the cohorts the target covers, so the
 * 2023 figures of the activity report come out exactly and the earlier years stay plausible.
 */
import { DAYS_PER_MONTH, day, endOfYear, fullYears, startOfYear, yearOf, type Day } from './dates.js';
import { fictionalName } from './names.js';
import { deal, flags, quotaList, splitByShares, type Rng } from './random.js';
import { COMMUNES, communeSpelling, type Commune } from './territory.js';

export type Sex = 'F' | 'H';
export type Level = 'Infra 3' | '3' | '4' | '5' | '6';
export type ExitCategory = 'Emploi' | 'Formation' | 'Légitime' | 'Réorientation' | 'Rupture';

export interface Exit {
  date: Day;
  category: ExitCategory;
  reason: string;
  /** Only for an `Emploi` exit. */
  sector: string;
}

export interface Participant {
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birth: Day;
  /** Undefined for someone living outside the territory or with no commune recorded. */
  commune: Commune | undefined;
  /** The cell as the export spells it. */
  communeCell: string;
  qpv: boolean;
  level: Level;
  rsa: boolean;
  deld: boolean;
  th: boolean;
  operator: string;
  entry: Day;
  exit: Exit | undefined;
  /** Generation bookkeeping: the cohort key, e.g. `B20` (never exported). */
  cohort: string;
  /** Generation bookkeeping: age in full years at entry. */
  ageAtEntry: number;
}

// ---------------------------------------------------------------------------------------------
// Cohorts. Letters: A entered 2023; B positive exit 2023; C other exit 2023; D still in at the end
// of 2023; E exit 2022; G exit 2021. Digits: entry year. Sizes and women are chosen so that:
// en parcours 2023 = A+B+C+D = 383 (F 206), entries 2023 = A = 134 (F 80), entries 2022 = C22+D22+E22
// = 93 (F 51), entries 2021 = B21+C21+D21+E21+G21 = 100 (F 49), en parcours 2022 = B+C+D+E = 465.
// ---------------------------------------------------------------------------------------------
interface Cohort {
  key: string;
  size: number;
  women: number;
  entryYear: number;
  exitYear?: number;
}

const COHORTS: readonly Cohort[] = [
  { key: 'A-stay', size: 119, women: 71, entryYear: 2023 },
  { key: 'A-exit', size: 15, women: 9, entryYear: 2023, exitYear: 2023 },
  { key: 'B21', size: 20, women: 10, entryYear: 2021, exitYear: 2023 },
  { key: 'B20', size: 50, women: 27, entryYear: 2020, exitYear: 2023 },
  { key: 'B19', size: 16, women: 9, entryYear: 2019, exitYear: 2023 },
  { key: 'C22', size: 25, women: 14, entryYear: 2022, exitYear: 2023 },
  { key: 'C21', size: 15, women: 7, entryYear: 2021, exitYear: 2023 },
  { key: 'C20', size: 17, women: 7, entryYear: 2020, exitYear: 2023 },
  { key: 'C19', size: 10, women: 4, entryYear: 2019, exitYear: 2023 },
  { key: 'D22', size: 50, women: 27, entryYear: 2022 },
  { key: 'D21', size: 25, women: 12, entryYear: 2021 },
  { key: 'D20', size: 13, women: 6, entryYear: 2020 },
  { key: 'D19', size: 8, women: 3, entryYear: 2019 },
  { key: 'E22', size: 18, women: 10, entryYear: 2022, exitYear: 2022 },
  { key: 'E21', size: 25, women: 12, entryYear: 2021, exitYear: 2022 },
  { key: 'E20', size: 63, women: 32, entryYear: 2020, exitYear: 2022 },
  { key: 'E19', size: 80, women: 40, entryYear: 2019, exitYear: 2022 },
  { key: 'E18', size: 30, women: 14, entryYear: 2018, exitYear: 2022 },
  { key: 'G21', size: 15, women: 8, entryYear: 2021, exitYear: 2021 },
  { key: 'G20', size: 55, women: 28, entryYear: 2020, exitYear: 2021 },
  { key: 'G19', size: 45, women: 22, entryYear: 2019, exitYear: 2021 },
  { key: 'G18', size: 25, women: 12, entryYear: 2018, exitYear: 2021 },
  { key: 'G17', size: 10, women: 5, entryYear: 2017, exitYear: 2021 },
];

// Exit outcomes dealt per scope of cohorts. People who enter and leave the same year never leave
// positively: it keeps the positive exits' mean parcours length in the report's range.
interface ExitPlan {
  cohorts: readonly string[];
  outcomes: readonly (readonly [ExitCategory, number])[];
}

const EXIT_PLANS: readonly ExitPlan[] = [
  {
    cohorts: ['B21', 'B20', 'B19'],
    outcomes: [
      ['Emploi', 67],
      ['Formation', 19],
    ],
  },
  {
    cohorts: ['A-exit'],
    outcomes: [
      ['Légitime', 3],
      ['Réorientation', 4],
      ['Rupture', 8],
    ],
  },
  {
    cohorts: ['C22', 'C21', 'C20', 'C19'],
    outcomes: [
      ['Légitime', 20],
      ['Réorientation', 22],
      ['Rupture', 25],
    ],
  },
  {
    cohorts: ['E21', 'E20', 'E19', 'E18'],
    outcomes: [
      ['Emploi', 78],
      ['Formation', 22],
      ['Légitime', 24],
      ['Réorientation', 40],
      ['Rupture', 34],
    ],
  },
  {
    cohorts: ['E22'],
    outcomes: [
      ['Réorientation', 6],
      ['Rupture', 12],
    ],
  },
  {
    cohorts: ['G20', 'G19', 'G18', 'G17'],
    outcomes: [
      ['Emploi', 50],
      ['Formation', 15],
      ['Légitime', 20],
      ['Réorientation', 22],
      ['Rupture', 28],
    ],
  },
  {
    cohorts: ['G21'],
    outcomes: [
      ['Réorientation', 7],
      ['Rupture', 8],
    ],
  },
];

/** Reasons of the sorties légitimes, exact for 2023 (report page 10), plausible before. */
const LEGITIMATE_REASONS: Record<number, readonly (readonly [string, number])[]> = {
  2023: [
    ['Santé', 8],
    ['Emploi probable / sans justificatif', 8],
    ['Déménagement', 4],
    ['Retraite', 3],
  ],
  2022: [
    ['Santé', 9],
    ['Emploi probable / sans justificatif', 8],
    ['Déménagement', 4],
    ['Retraite', 3],
  ],
  2021: [
    ['Santé', 7],
    ['Emploi probable / sans justificatif', 6],
    ['Déménagement', 4],
    ['Retraite', 3],
  ],
};

const JOB_CONTRACT_SHARES = [
  ['CDI', 33],
  ['CDD de 6 mois et plus', 40],
  ['Intérim de 6 mois et plus', 15],
  ['Contrat aidé', 12],
] as const;

/** Sectors of the 2023 Emploi exits: the report's five main ones, then at most 4 in any other. */
const JOB_SECTORS_2023: readonly (readonly [string, number])[] = [
  ['Services aux entreprises et collectivités', 16],
  ['SAP/Santé/Social', 15],
  ['Tertiaire/Numérique', 9],
  ['Transport/Logistique', 9],
  ['Restauration', 8],
  ['BTP', 4],
  ['Industrie', 3],
  ['Commerce', 2],
  ['Agriculture/Espaces verts', 1],
];

export const SECTORS: readonly string[] = JOB_SECTORS_2023.map(([sector]) => sector);

const OTHER_EXIT_REASONS: Record<'Réorientation' | 'Rupture', readonly string[]> = {
  Réorientation: ['Orientation vers un autre dispositif', 'Orientation vers le service social', 'Orientation vers Cap Emploi'],
  Rupture: ['Abandon', 'Perte de contact', 'Non-respect des engagements'],
};

// ---------------------------------------------------------------------------------------------
// Attribute quotas per scope. The 2023 figures are exact; the 2022 positive exits hit the report's
// shares (≤ CAP 55 %, RSA 78 %); everything else follows plausible shares.
// ---------------------------------------------------------------------------------------------
const COUNTS_2023 = {
  rsaInOthers: 240, // A ∪ C ∪ D; with B's 55 → 295
  lowLevelInOthers: 201, // A ∪ C ∪ D; with B's 63 → 264
  rsaInPositives: 55,
  lowLevelInPositives: 63,
  seniors: 107,
};

const COUNTS_2022_POSITIVES = { rsa: 78, lowLevel: 55 };

/** Per-commune quotas, in `COMMUNES` order. */
const COMMUNES_ENTRIES_2023 = [21, 39, 0, 18, 9, 15, 10, 14, 1, 7];
const COMMUNES_POSITIVE_EXITS_2023 = [19, 19, 0, 17, 8, 4, 2, 12, 2, 3];
const COMMUNES_EN_PARCOURS_2023 = [82, 87, 0, 80, 27, 28, 16, 42, 4, 17];

const MEAN_PARCOURS_MONTHS = { 2023: 34, 2022: 31 } as const;

const OPERATORS = ['CCAS de Saint-André', 'CCAS de Lambersart', 'FCP/Atelier de Préformation', 'ALPES'] as const;

// ---------------------------------------------------------------------------------------------

export function buildPopulation(rng: Rng): Participant[] {
  const people = COHORTS.flatMap((cohort) => createCohort(rng, cohort));
  assignExits(rng, people);
  fitMeanParcours(rng, positiveExitsOf(people, 2023), MEAN_PARCOURS_MONTHS[2023]);
  fitMeanParcours(rng, positiveExitsOf(people, 2022), MEAN_PARCOURS_MONTHS[2022]);
  assignCriteria(rng, people);
  assignAges(rng, people);
  assignCommunes(rng, people);
  assignOperators(rng, people);
  assignIds(rng, people);
  return people.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function inCohorts(people: readonly Participant[], prefixes: readonly string[]): Participant[] {
  return people.filter((person) => prefixes.some((prefix) => person.cohort.startsWith(prefix)));
}

function isPositive(exit: Exit | undefined): boolean {
  return exit?.category === 'Emploi' || exit?.category === 'Formation';
}

function positiveExitsOf(people: readonly Participant[], year: number): Participant[] {
  return people.filter((person) => isPositive(person.exit) && yearOf(person.exit!.date) === year);
}

/** People of a cohort with their dates and sex; the other attributes are dealt afterwards. */
function createCohort(rng: Rng, cohort: Cohort): Participant[] {
  const sexes = rng.shuffle(
    quotaList<Sex>([
      ['F', cohort.women],
      ['H', cohort.size - cohort.women],
    ]),
  );
  return sexes.map((sex) => {
    const { entry, exitDate } = drawParcoursDates(rng, cohort);
    return {
      id: '',
      ...fictionalName(rng, sex),
      sex,
      birth: 0,
      commune: undefined,
      communeCell: '',
      qpv: false,
      level: '3',
      rsa: false,
      deld: false,
      th: false,
      operator: '',
      entry,
      exit: exitDate === undefined ? undefined : { date: exitDate, category: 'Rupture', reason: '', sector: '' },
      cohort: cohort.key,
      ageAtEntry: 0,
    };
  });
}

/** Uniform dates in the cohort's years; a same-year exit leaves at least two months of parcours. */
function drawParcoursDates(rng: Rng, cohort: Cohort): { entry: Day; exitDate: Day | undefined } {
  if (cohort.exitYear === cohort.entryYear) {
    const entry = rng.int(startOfYear(cohort.entryYear), day(cohort.entryYear, 8, 31));
    return { entry, exitDate: rng.int(entry + 60, endOfYear(cohort.entryYear)) };
  }
  const entry = rng.int(startOfYear(cohort.entryYear), endOfYear(cohort.entryYear));
  const exitDate = cohort.exitYear === undefined ? undefined : rng.int(startOfYear(cohort.exitYear), endOfYear(cohort.exitYear));
  return { entry, exitDate };
}

function assignExits(rng: Rng, people: Participant[]): void {
  for (const plan of EXIT_PLANS) {
    deal(rng, inCohorts(people, plan.cohorts), quotaList(plan.outcomes), (person, category) => {
      person.exit!.category = category;
    });
  }
  for (const year of [2021, 2022, 2023]) {
    const leavers = people.filter((person) => person.exit && yearOf(person.exit.date) === year);
    const withCategory = (category: ExitCategory) => leavers.filter((person) => person.exit!.category === category);
    assignJobExits(rng, withCategory('Emploi'), year);
    for (const person of withCategory('Formation')) person.exit!.reason = 'Formation qualifiante';
    const legitimate = withCategory('Légitime');
    deal(rng, legitimate, quotaList(LEGITIMATE_REASONS[year]!), (person, reason) => (person.exit!.reason = reason));
    for (const category of ['Réorientation', 'Rupture'] as const) {
      for (const person of withCategory(category)) person.exit!.reason = rng.pick(OTHER_EXIT_REASONS[category]);
    }
  }
}

function assignJobExits(rng: Rng, leavers: Participant[], year: number): void {
  deal(rng, leavers, quotaList(splitByShares(leavers.length, JOB_CONTRACT_SHARES)), (person, contract) => {
    person.exit!.reason = contract;
  });
  // 2023 sectors are exact; earlier years draw from the same profile.
  const sectors = year === 2023 ? JOB_SECTORS_2023 : splitByShares(leavers.length, JOB_SECTORS_2023);
  deal(rng, leavers, quotaList(sectors), (person, sector) => (person.exit!.sector = sector));
}

/**
 * Redraws entry dates (within their entry year, so cohorts keep their meaning) until the mean
 * parcours length of these exits is within a quarter month of `months`: the rounded figure is then
 * safe. A redraw is kept only when it brings the mean closer, which leaves the dates spread out.
 */
function fitMeanParcours(rng: Rng, leavers: Participant[], months: number): void {
  const tolerance = 0.25 * DAYS_PER_MONTH * leavers.length;
  let excess = leavers.reduce((sum, person) => sum + person.exit!.date - person.entry, 0) - months * DAYS_PER_MONTH * leavers.length;
  for (let attempt = 0; Math.abs(excess) > tolerance; attempt++) {
    if (attempt > 100_000) throw new Error(`cannot fit a ${months}-month mean parcours`);
    const person = rng.pick(leavers);
    const year = yearOf(person.entry);
    const entry = rng.int(startOfYear(year), Math.min(endOfYear(year), person.exit!.date - 60));
    const change = person.entry - entry;
    if (Math.abs(excess + change) < Math.abs(excess)) {
      person.entry = entry;
      excess += change;
    }
  }
}

/** RSA, qualification level, DELD and TH, dealt per scope. */
function assignCriteria(rng: Rng, people: Participant[]): void {
  const positives2023 = inCohorts(people, ['B']);
  const others2023 = inCohorts(people, ['A', 'C', 'D']);
  const positives2022 = positiveExitsOf(people, 2022);
  const earlier = people.filter((person) => /^[EG]/.test(person.cohort) && !positives2022.includes(person));

  const scopes = [
    { scope: others2023, rsa: COUNTS_2023.rsaInOthers, lowLevel: COUNTS_2023.lowLevelInOthers },
    { scope: positives2023, rsa: COUNTS_2023.rsaInPositives, lowLevel: COUNTS_2023.lowLevelInPositives },
    { scope: positives2022, ...COUNTS_2022_POSITIVES },
    { scope: earlier, rsa: Math.round(earlier.length * 0.76), lowLevel: Math.round(earlier.length * 0.64) },
  ];
  for (const { scope, rsa, lowLevel } of scopes) {
    deal(rng, scope, flags(scope.length, rsa), (person, value) => (person.rsa = value));
    assignLevels(rng, scope, lowLevel);
    deal(rng, scope, flags(scope.length, Math.round(scope.length * 0.45)), (person, value) => (person.deld = value));
    deal(rng, scope, flags(scope.length, Math.round(scope.length * 0.1)), (person, value) => (person.th = value));
  }
}

/** `lowLevel` people at ≤ CAP (`Infra 3` or `3`), the rest at 4 to 6. */
function assignLevels(rng: Rng, scope: Participant[], lowLevel: number): void {
  const levels: Level[] = [
    ...quotaList(
      splitByShares<Level>(lowLevel, [
        ['Infra 3', 45],
        ['3', 55],
      ]),
    ),
    ...quotaList(
      splitByShares<Level>(scope.length - lowLevel, [
        ['4', 55],
        ['5', 28],
        ['6', 17],
      ]),
    ),
  ];
  deal(rng, scope, levels, (person, level) => (person.level = level));
}

/**
 * Seniors (50+ at entry) by quota; people who retire are seniors close to retirement age. Birth
 * dates are drawn last, from the age, so the age at entry is exact.
 */
function assignAges(rng: Rng, people: Participant[]): void {
  const retiring = (person: Participant) => person.exit?.reason === 'Retraite';
  const en2023 = inCohorts(people, ['A', 'B', 'C', 'D']);
  const earlier = inCohorts(people, ['E', 'G']);
  for (const [scope, seniors] of [
    [en2023, COUNTS_2023.seniors],
    [earlier, Math.round(earlier.length * 0.27)],
  ] as const) {
    const forced = scope.filter(retiring);
    const rest = scope.filter((person) => !retiring(person));
    deal(rng, rest, flags(rest.length, seniors - forced.length), (person, senior) => {
      person.ageAtEntry = senior ? rng.int(50, 61) : drawYoungerAge(rng);
    });
    for (const person of forced) person.ageAtEntry = rng.int(60, 62);
  }
  for (const person of people) person.birth = drawBirth(rng, person.entry, person.ageAtEntry);
}

function drawYoungerAge(rng: Rng): number {
  const band = rng.weighted([
    ['21-25', 6],
    ['26-44', 72],
    ['45-49', 22],
  ] as const);
  if (band === '21-25') return rng.int(21, 25);
  if (band === '26-44') return rng.int(26, 44);
  return rng.int(45, 49);
}

/** A birth date such that the age in full years on `entry` is `age`. */
function drawBirth(rng: Rng, entry: Day, age: number): Day {
  const latest = day(yearOf(entry) - age, 12, 31);
  for (;;) {
    const birth = rng.int(latest - 730, latest);
    if (fullYears(birth, entry) === age) return birth;
  }
}

/** Communes by exact quotas where the report gives them; a few outsiders in the older years. */
function assignCommunes(rng: Rng, people: Participant[]): void {
  const communeList = (counts: readonly number[]) => quotaList(COMMUNES.map((commune, index) => [commune, counts[index]!] as const));
  const setCommune = (person: Participant, commune: Commune | undefined) => {
    person.commune = commune;
    person.communeCell = commune ? communeSpelling(rng, commune) : '';
  };
  const remaining2023 = COMMUNES_EN_PARCOURS_2023.map((count, index) => count - COMMUNES_ENTRIES_2023[index]! - COMMUNES_POSITIVE_EXITS_2023[index]!);
  deal(rng, inCohorts(people, ['A']), communeList(COMMUNES_ENTRIES_2023), setCommune);
  deal(rng, inCohorts(people, ['B']), communeList(COMMUNES_POSITIVE_EXITS_2023), setCommune);
  deal(rng, inCohorts(people, ['C', 'D']), communeList(remaining2023), setCommune);

  // Earlier leavers: the 2023 profile, plus one Lompret resident and three outsiders.
  const earlier = inCohorts(people, ['E', 'G']);
  const outsiders = [
    { cohort: 'E', cell: 'Lille' },
    { cohort: 'E', cell: '' },
    { cohort: 'G', cell: 'LILLE' },
  ];
  const outside: Participant[] = [];
  for (const { cohort, cell } of outsiders) {
    const person = rng.pick(earlier.filter((candidate) => candidate.cohort.startsWith(cohort) && !outside.includes(candidate)));
    person.commune = undefined;
    person.communeCell = cell;
    outside.push(person);
  }
  const residents = earlier.filter((person) => !outside.includes(person));
  const weights = COMMUNES.map((commune, index) => [commune, COMMUNES_EN_PARCOURS_2023[index]! || 1] as const);
  deal(rng, residents, quotaList(splitByShares(residents.length, weights)), setCommune);

  // About 15 % of the residents of the two QPV communes live in the QPV.
  const qpvCommunes = people.filter((person) => person.commune?.hasQpv);
  deal(rng, qpvCommunes, flags(qpvCommunes.length, Math.round(qpvCommunes.length * 0.15)), (person, qpv) => {
    person.qpv = qpv;
  });
}

/** The two CCAS follow their own residents; FCP and ALPES share the rest. */
function assignOperators(rng: Rng, people: Participant[]): void {
  const [ccasSaintAndre, ccasLambersart, fcp, alpes] = OPERATORS;
  for (const person of people) {
    const home = person.commune?.name;
    if (home === 'Saint-André-lez-Lille' && rng.chance(0.9)) person.operator = ccasSaintAndre;
    else if (home === 'Lambersart' && rng.chance(0.9)) person.operator = ccasLambersart;
    else person.operator = rng.chance(0.4) ? fcp : alpes;
  }
}

/** Ids follow the order of entry, as a case-management system numbers new files. */
function assignIds(rng: Rng, people: Participant[]): void {
  const order = rng.shuffle(people).sort((a, b) => a.entry - b.entry);
  order.forEach((person, index) => (person.id = `PL-${String(2101 + index).padStart(6, '0')}`));
}
