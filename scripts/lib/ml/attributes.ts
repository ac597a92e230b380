/**
 * Sex, name, birth date, qualification level, commune and QPV of the jeunes, dealt once their
 * activity is known: the 2023 report computes shares on the jeunes with a job (sex, level, age),
 * with a training (level) and on the CEJ entrants (QPV), so those are exact quotas.
 */
import { day, endOfYear, fullYears, type Day } from '../dates.js';
import { fictionalName } from '../names.js';
import { deal, flags, quotaList, splitByShares, type Rng } from '../random.js';
import { COMMUNES, communeSpelling, type Commune } from '../territory.js';
import type { Jeune, Level, Sex } from './model.js';

export interface AttributeScopes {
  /** Jeunes with an Emploi situation active in 2023. */
  employed: ReadonlySet<Jeune>;
  /** Jeunes with a Formation situation active in 2023. */
  training: ReadonlySet<Jeune>;
  /** Jeunes who entered the CEJ in 2023. */
  cejEntrants: ReadonlySet<Jeune>;
  /** Jeunes under the obligation de formation: below Bac. */
  belowBacForced: ReadonlySet<Jeune>;
}

const TARGETS_2023 = {
  employedWomen: 387,
  employedBelowBac: 472,
  employed18to21: 490,
  trainingBelowBac: 290,
  cejEntrantsQpv: 57,
};
/** Share of women and of levels below Bac elsewhere; share of QPV residents in the two QPV communes. */
const WOMEN_SHARE = 0.5;
const BELOW_BAC_SHARE = 0.42;
const QPV_SHARE = 0.1;
const OUTSIDERS = ['Lille', 'Lille', 'LILLE', 'Lille', 'Roubaix', 'Lomme', 'Tourcoing', 'Lille', ''];
const OUTSIDER_COUNT = 27;

/** Residents per commune, relative (the territory's young population). */
const COMMUNE_WEIGHTS: Record<string, number> = {
  'La Madeleine': 13,
  Lambersart: 17,
  Lompret: 2,
  'Marcq-en-Barœul': 22,
  'Marquette-lez-Lille': 6,
  Pérenchies: 6,
  'Quesnoy-sur-Deûle': 5,
  'Saint-André-lez-Lille': 12,
  Verlinghem: 2,
  Wambrechies: 8,
};

export function assignAttributes(rng: Rng, jeunes: readonly Jeune[], scopes: AttributeScopes): void {
  assignSexes(rng, jeunes, scopes.employed);
  for (const jeune of jeunes) Object.assign(jeune, fictionalName(rng, jeune.sex));
  assignAges(rng, jeunes, scopes.employed);
  assignLevels(rng, jeunes, scopes);
  assignCommunes(rng, jeunes, scopes.cejEntrants);
}

function assignSexes(rng: Rng, jeunes: readonly Jeune[], employed: ReadonlySet<Jeune>): void {
  const inScope = jeunes.filter((jeune) => employed.has(jeune));
  const others = jeunes.filter((jeune) => !employed.has(jeune));
  const setSex = (jeune: Jeune, sex: Sex) => (jeune.sex = sex);
  deal(
    rng,
    inScope,
    quotaList<Sex>([
      ['F', TARGETS_2023.employedWomen],
      ['H', inScope.length - TARGETS_2023.employedWomen],
    ]),
    setSex,
  );
  const women = Math.round(others.length * WOMEN_SHARE);
  deal(
    rng,
    others,
    quotaList<Sex>([
      ['F', women],
      ['H', others.length - women],
    ]),
    setSex,
  );
}

// ---------------------------------------------------------------------------------------------
// Ages, in full years at 31/12/2023 (the age at 31/12/Y is Y − year of birth). 16 to 25 at the
// first reception; 16 or more at the end of every year present; 26 at most at the end of 2023.
// ---------------------------------------------------------------------------------------------
const AGE_BANDS = {
  other: [
    [16, 5],
    [17, 9],
    [18, 11],
    [19, 13],
    [20, 13],
    [21, 12],
    [22, 11],
    [23, 10],
    [24, 8],
    [25, 6],
    [26, 1],
  ],
  employedYoung: [
    [18, 20],
    [19, 28],
    [20, 27],
    [21, 25],
  ],
  employedOther: [
    [16, 1],
    [17, 3],
    [22, 30],
    [23, 27],
    [24, 22],
    [25, 16],
    [26, 1],
  ],
} as const;

/** Birth dates giving this age at 31/12/2023 and satisfying the jeune's constraints, if any. */
function birthRange(jeune: Jeune, age: number): [Day, Day] | undefined {
  const birthYear = 2023 - age;
  const reception = jeune.firstReception;
  const r = new Date(reception * 86_400_000);
  // 16th birthday on or before the first reception, 26th after it.
  const latest = Math.min(day(birthYear, 12, 31), day(r.getUTCFullYear() - 16, r.getUTCMonth() + 1, r.getUTCDate()));
  const earliest = Math.max(day(birthYear, 1, 1), day(r.getUTCFullYear() - 26, r.getUTCMonth() + 1, r.getUTCDate()) + 1);
  if (jeune.years.has(2022) && age < 17) return undefined;
  return earliest <= latest ? [earliest, latest] : undefined;
}

function drawBirth(rng: Rng, jeune: Jeune, age: number): void {
  const range = birthRange(jeune, age)!;
  for (;;) {
    const birth = rng.int(range[0], range[1]);
    const atReception = fullYears(birth, jeune.firstReception);
    if (atReception >= 16 && atReception <= 25 && fullYears(birth, endOfYear(2023)) === age) {
      jeune.birth = birth;
      return;
    }
  }
}

function drawAge(rng: Rng, jeune: Jeune, bands: readonly (readonly [number, number])[]): number {
  const feasible = bands.filter(([age]) => birthRange(jeune, age));
  if (feasible.length === 0) throw new Error(`no feasible age for ${jeune.id}`);
  return rng.weighted(feasible);
}

function assignAges(rng: Rng, jeunes: readonly Jeune[], employed: ReadonlySet<Jeune>): void {
  const free = jeunes.filter((jeune) => !jeune.birthFixed);
  const inScope = free.filter((jeune) => employed.has(jeune));
  const fixedYoung = jeunes.filter((jeune) => jeune.birthFixed && employed.has(jeune) && isYoung(jeune)).length;
  const canBeYoung = inScope.filter((jeune) => AGE_BANDS.employedYoung.some(([age]) => birthRange(jeune, age)));
  const young = TARGETS_2023.employed18to21 - fixedYoung;
  const mustBeOld = inScope.filter((jeune) => !canBeYoung.includes(jeune));
  deal(rng, canBeYoung, flags(canBeYoung.length, young), (jeune, isYoungOne) => {
    drawBirth(rng, jeune, drawAge(rng, jeune, isYoungOne ? AGE_BANDS.employedYoung : AGE_BANDS.employedOther));
  });
  for (const jeune of mustBeOld) drawBirth(rng, jeune, drawAge(rng, jeune, AGE_BANDS.employedOther));
  for (const jeune of free.filter((jeune) => !employed.has(jeune))) drawBirth(rng, jeune, drawAge(rng, jeune, AGE_BANDS.other));
}

function isYoung(jeune: Jeune): boolean {
  const age = fullYears(jeune.birth, endOfYear(2023));
  return age >= 18 && age <= 21;
}

// ---------------------------------------------------------------------------------------------
// Levels: below Bac (Infra 3, 3) by quota over the cells of jobs × trainings; above Bac, the level
// follows the age (no licence at 18).
// ---------------------------------------------------------------------------------------------
function assignLevels(rng: Rng, jeunes: readonly Jeune[], scopes: AttributeScopes): void {
  const { employed, training, belowBacForced } = scopes;
  const cell = (inEmployed: boolean, inTraining: boolean) => jeunes.filter((jeune) => employed.has(jeune) === inEmployed && training.has(jeune) === inTraining);
  const both = cell(true, true);
  const employedOnly = cell(true, false);
  const trainingOnly = cell(false, true);
  const neither = cell(false, false);
  const inBoth = Math.round(both.length * 0.58);
  const quotas: [Jeune[], number][] = [
    [both, inBoth],
    [employedOnly, TARGETS_2023.employedBelowBac - inBoth],
    [trainingOnly, TARGETS_2023.trainingBelowBac - inBoth],
    [neither, Math.round(neither.length * BELOW_BAC_SHARE)],
  ];
  for (const [scope, below] of quotas) {
    const forced = scope.filter((jeune) => belowBacForced.has(jeune));
    const rest = scope.filter((jeune) => !belowBacForced.has(jeune));
    if (below < forced.length || below - forced.length > rest.length) throw new Error(`levels: ${below} below Bac in a cell of ${scope.length}`);
    for (const jeune of forced) jeune.level = rng.chance(0.7) ? 'Infra 3' : '3';
    deal(rng, rest, flags(rest.length, below - forced.length), (jeune, isBelow) => {
      jeune.level = isBelow ? (rng.chance(0.45) ? 'Infra 3' : '3') : levelAboveBac(rng, fullYears(jeune.birth, endOfYear(2023)));
    });
  }
}

function levelAboveBac(rng: Rng, age: number): Level {
  if (age <= 19) return '4';
  if (age <= 21)
    return rng.weighted([
      ['4', 75],
      ['5', 25],
    ] as const);
  return rng.weighted([
    ['4', 55],
    ['5', 28],
    ['6', 17],
  ] as const);
}

// ---------------------------------------------------------------------------------------------
// Communes: the territory's ten by share, a few outsiders; QPV residents only in the two communes
// that have a QPV, by quota among the 2023 CEJ entrants and about 10 % overall there.
// ---------------------------------------------------------------------------------------------
function assignCommunes(rng: Rng, jeunes: readonly Jeune[], cejEntrants: ReadonlySet<Jeune>): void {
  const outsiders = rng.sample(
    jeunes.filter((jeune) => !cejEntrants.has(jeune)),
    OUTSIDER_COUNT,
  );
  for (const jeune of outsiders) {
    jeune.commune = undefined;
    jeune.communeCell = rng.pick(OUTSIDERS);
  }
  const outside = new Set(outsiders);
  const weights = COMMUNES.map((commune) => [commune, COMMUNE_WEIGHTS[commune.name]!] as const);
  const setCommune = (jeune: Jeune, commune: Commune) => {
    jeune.commune = commune;
    jeune.communeCell = communeSpelling(rng, commune);
  };
  const entrants = jeunes.filter((jeune) => cejEntrants.has(jeune));
  const residents = jeunes.filter((jeune) => !cejEntrants.has(jeune) && !outside.has(jeune));
  deal(rng, entrants, quotaList(splitByShares(entrants.length, weights)), setCommune);
  deal(rng, residents, quotaList(splitByShares(residents.length, weights)), setCommune);

  const qpvHome = (jeune: Jeune) => jeune.commune?.hasQpv ?? false;
  const entrantsQpv = entrants.filter(qpvHome);
  const othersQpv = residents.filter(qpvHome);
  const total = Math.round((entrantsQpv.length + othersQpv.length) * QPV_SHARE);
  const setQpv = (jeune: Jeune, qpv: boolean) => (jeune.qpv = qpv);
  deal(rng, entrantsQpv, flags(entrantsQpv.length, TARGETS_2023.cejEntrantsQpv), setQpv);
  deal(rng, othersQpv, flags(othersQpv.length, total - TARGETS_2023.cejEntrantsQpv), setQpv);
}
