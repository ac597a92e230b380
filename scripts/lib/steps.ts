/**
 * Parcours steps (étapes) of the simulated population.
 *
 * Steps are built in layers whose sizes and kinds are exact quotas, so that each yearly steps file
 * (the steps active in the year) hits the report's counts:
 *  - steps running across 31/12/2022 (counted in both the 2022 and the 2023 files);
 *  - the PLIE programme of each year (collective social-support actions, funded trainings);
 *  - generic steps started in 2023, then generic steps ending in 2022, then in 2021, which first
 *    give a step to every participant of the year that has none yet, then fill the year's quota.
 * Every step lies within its participant's parcours; a step may end after 2023 (still running).
 * Last, the steps of positive exits are rewritten so that most are supported by their parcours
 * (supportPositiveExits), keeping every yearly count by kind; a training may then run past its exit.
 */
import { day, endOfYear, startOfYear, yearOf, type Day } from './dates.js';
import { SECTORS, type Participant } from './population.js';
import { deal, quotaList, Rng, splitByShares } from './random.js';

export type StepKind = 'Emploi' | 'Formation' | "Emploi d'insertion (IAE)" | 'Prestation';
export type StepResult = 'Validé' | 'Non validé' | 'Abandon' | '';

export interface Step {
  participant: Participant;
  kind: StepKind;
  subType: string;
  start: Day;
  /** Always set; after the export's year it is exported empty (the step is still running). */
  end: Day;
  sector: string;
  organisme: string;
  action: string;
  convention: string;
  hours: number | undefined;
  /** The final result, exported once the step has ended. */
  result: StepResult;
}

const IAE: StepKind = "Emploi d'insertion (IAE)";

// ---------------------------------------------------------------------------------------------
// Catalogue: sub-types with their usual length in days and where they take place.
// ---------------------------------------------------------------------------------------------
interface Place {
  name: string;
  /** Empty when the place chooses no sector (agencies, basic-skills workshops). */
  sector: string;
}

const EMPLOYERS: readonly Place[] = [
  { name: 'Propreté Flandres Services', sector: 'Services aux entreprises et collectivités' },
  { name: 'Accueil & Sécurité Métropole', sector: 'Services aux entreprises et collectivités' },
  { name: 'Aide à Domicile Les Peupliers', sector: 'SAP/Santé/Social' },
  { name: 'Résidence Les Glycines', sector: 'SAP/Santé/Social' },
  { name: 'Numéri-Conseil Lille', sector: 'Tertiaire/Numérique' },
  { name: "Centre d'appels Hautes-Rives", sector: 'Tertiaire/Numérique' },
  { name: 'Logistique Deûle Express', sector: 'Transport/Logistique' },
  { name: 'Transports Delcroix', sector: 'Transport/Logistique' },
  { name: 'Brasserie du Beffroi', sector: 'Restauration' },
  { name: 'Cuisine Centrale Saint-Roch', sector: 'Restauration' },
  { name: 'Bâtiment Morel & Fils', sector: 'BTP' },
  { name: 'Ateliers Mécaniques de la Marque', sector: 'Industrie' },
  { name: 'Supermarché Le Carré Vert', sector: 'Commerce' },
  { name: 'Paysages Wambrecq', sector: 'Agriculture/Espaces verts' },
];

const TEMP_AGENCIES: readonly Place[] = [
  { name: 'Intérim Plus Métropole', sector: '' },
  { name: 'Travail Temporaire du Ferrain', sector: '' },
];

/** Training bodies for professional trainings, one sector each. */
const TRAINING_BODIES: readonly Place[] = [
  { name: 'Institut Métropole Formation', sector: 'Tertiaire/Numérique' },
  { name: 'Campus des Métiers de la Lys', sector: 'Industrie' },
  { name: 'École des Métiers du Soin', sector: 'SAP/Santé/Social' },
  { name: 'Logiform Nord', sector: 'Transport/Logistique' },
  { name: 'Bâti-Form Métropole', sector: 'BTP' },
  { name: "Restaur'Avenir", sector: 'Restauration' },
  { name: "Numéric'Up Formation", sector: 'Tertiaire/Numérique' },
  { name: 'Centre de Formation des Hauts-Champs', sector: 'Services aux entreprises et collectivités' },
  { name: 'Vente & Conseil Formation', sector: 'Commerce' },
  { name: 'Jardin-École de Verlinghem', sector: 'Agriculture/Espaces verts' },
];

const BASIC_SKILLS_BODIES: readonly Place[] = [
  { name: 'Savoirs en Partage', sector: '' },
  { name: 'Atelier Lire-Écrire-Compter', sector: '' },
];

/** A quoted name on purpose: the CSV writer must quote the field. */
const DRIVING_SCHOOLS: readonly Place[] = [
  { name: 'Auto-école du Centre', sector: 'Transport/Logistique' },
  { name: 'Auto-école de la Deûle', sector: 'Transport/Logistique' },
  { name: 'Conduite Solidaire', sector: 'Transport/Logistique' },
  { name: 'Auto-école "Le Bon Virage"', sector: 'Transport/Logistique' },
  { name: 'Auto-école Marcquoise', sector: 'Transport/Logistique' },
];

const IAE_STRUCTURES: Record<string, readonly Place[]> = {
  ACI: [
    { name: 'Chantier "Les Jardins de la Deûle"', sector: 'Agriculture/Espaces verts' },
    { name: 'Recyclerie du Pont-Rouge', sector: 'Services aux entreprises et collectivités' },
  ],
  EI: [{ name: 'Tri-Nord Insertion', sector: 'Industrie' }],
  AI: [{ name: 'Coup de Main Services', sector: 'SAP/Santé/Social' }],
  ETTI: [{ name: 'ETTI Trajectoires Métropole', sector: 'Transport/Logistique' }],
};

const PROVIDERS: Record<string, readonly Place[]> = {
  "Médiation à l'emploi": [
    { name: 'Médiaction Emploi', sector: '' },
    { name: 'Passerelle Entreprises', sector: '' },
  ],
  'Développement personnel': [
    { name: 'Cap Confiance', sector: '' },
    { name: 'Atelier Tremplin', sector: '' },
  ],
};

interface SubType {
  name: string;
  weight: number;
  days: readonly [number, number];
  places: (rng: Rng) => Place;
}

const fromList = (places: readonly Place[]) => (rng: Rng) => rng.pick(places);
const anyEmployer = fromList(EMPLOYERS);
/** Agencies place people in every sector. */
const tempAgency = (rng: Rng): Place => ({ ...rng.pick(TEMP_AGENCIES), sector: rng.pick(SECTORS) });

/** Generic steps only; driving-licence courses and social support belong to the programme. */
const CATALOGUE: Record<StepKind, readonly SubType[]> = {
  Emploi: [
    { name: 'CDI', weight: 15, days: [90, 720], places: anyEmployer },
    { name: 'CDD', weight: 40, days: [30, 180], places: anyEmployer },
    { name: 'Intérim', weight: 30, days: [10, 120], places: tempAgency },
    { name: 'Contrat aidé', weight: 15, days: [180, 365], places: anyEmployer },
  ],
  Formation: [
    { name: 'Savoirs de base', weight: 30, days: [60, 150], places: fromList(BASIC_SKILLS_BODIES) },
    { name: 'Préqualifiante', weight: 35, days: [60, 180], places: fromList(TRAINING_BODIES) },
    { name: 'Qualifiante', weight: 35, days: [90, 300], places: fromList(TRAINING_BODIES) },
  ],
  [IAE]: [
    { name: 'ACI', weight: 45, days: [120, 540], places: fromList(IAE_STRUCTURES.ACI!) },
    { name: 'EI', weight: 20, days: [90, 365], places: fromList(IAE_STRUCTURES.EI!) },
    { name: 'AI', weight: 15, days: [30, 180], places: fromList(IAE_STRUCTURES.AI!) },
    { name: 'ETTI', weight: 20, days: [30, 240], places: fromList(IAE_STRUCTURES.ETTI!) },
  ],
  Prestation: [
    // An immersion takes place at an employer; its sector is not recorded for a prestation.
    { name: 'Immersion en entreprise', weight: 30, days: [5, 30], places: (rng) => ({ ...rng.pick(EMPLOYERS), sector: '' }) },
    { name: "Médiation à l'emploi", weight: 40, days: [30, 180], places: fromList(PROVIDERS["Médiation à l'emploi"]!) },
    { name: 'Développement personnel', weight: 30, days: [20, 90], places: fromList(PROVIDERS['Développement personnel']!) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Layer quotas. 2023 file: 143 steps across 31/12/2022 + 70 programme + 265 generic started in
// 2023 = 478 steps, 335 started in 2023, IAE 35 + 32 = 67, Prestation 30 + 49 + 93 = 172.
// 2022 file: 143 across + programme + generic ending in 2022 = 560 steps, IAE 56 (10 %),
// Prestation 157 (28 %).
// ---------------------------------------------------------------------------------------------
const ACROSS_2022_2023: readonly (readonly [StepKind, number])[] = [
  [IAE, 35],
  ['Prestation', 30],
  ['Emploi', 45],
  ['Formation', 33],
];
const STARTED_2023: readonly (readonly [StepKind, number])[] = [
  [IAE, 32],
  ['Prestation', 93],
  ['Emploi', 85],
  ['Formation', 55],
];
const STEPS_2022 = { total: 560, iae: 56, prestation: 157 };
const SHARES_2021: readonly (readonly [StepKind, number])[] = [
  [IAE, 12],
  ['Prestation', 27],
  ['Emploi', 36],
  ['Formation', 25],
];
const EXTRA_STEPS_2021 = 60;

// ---------------------------------------------------------------------------------------------
// The PLIE programme: collective social-support actions and funded trainings, per year.
// ---------------------------------------------------------------------------------------------
const SOCIAL_SUPPORT_PROVIDER = 'SISAA (la Sauvegarde du Nord)';
const SOCIAL_SUPPORT_ACTION = "La confiance en soi, un chemin vers l'emploi";

interface SocialSupportPlan {
  groups: readonly { start: Day; end: Day; size: number }[];
  totalHours: number;
}

const SOCIAL_SUPPORT: Record<number, SocialSupportPlan> = {
  2023: {
    groups: [
      { start: day(2023, 3, 6), end: day(2023, 6, 16), size: 25 },
      { start: day(2023, 9, 11), end: day(2023, 12, 15), size: 24 },
    ],
    totalHours: 352,
  },
  2022: {
    groups: [
      { start: day(2022, 3, 7), end: day(2022, 6, 17), size: 22 },
      { start: day(2022, 9, 12), end: day(2022, 12, 16), size: 21 },
    ],
    totalHours: 318,
  },
  2021: {
    groups: [
      { start: day(2021, 3, 8), end: day(2021, 6, 18), size: 20 },
      { start: day(2021, 9, 13), end: day(2021, 12, 17), size: 19 },
    ],
    totalHours: 290,
  },
};

/** A funded training: professional, or a driving-licence course possibly still running at 31/12. */
type FundedOutcome = 'Validé' | 'Non validé' | 'Abandon' | 'running';
interface FundedPlan {
  professional: readonly (readonly [FundedOutcome, number])[];
  drivingLicence: readonly (readonly [FundedOutcome, number])[];
}

/** 2023: 21 conventions, 9 validated professional trainings, 12 licences (1 / 3 / 8 running). */
const FUNDED_TRAININGS: Record<number, FundedPlan> = {
  2023: {
    professional: [['Validé', 9]],
    drivingLicence: [
      ['Validé', 1],
      ['Non validé', 3],
      ['running', 8],
    ],
  },
  2022: {
    professional: [
      ['Validé', 6],
      ['Non validé', 2],
    ],
    drivingLicence: [
      ['Validé', 6],
      ['Non validé', 3],
      ['Abandon', 1],
    ],
  },
  2021: {
    professional: [
      ['Validé', 5],
      ['Non validé', 1],
    ],
    drivingLicence: [
      ['Validé', 5],
      ['Non validé', 3],
      ['Abandon', 1],
    ],
  },
};

// ---------------------------------------------------------------------------------------------

export function enParcours(person: Participant, year: number): boolean {
  return person.entry <= endOfYear(year) && (!person.exit || person.exit.date >= startOfYear(year));
}

export function isActive(step: Step, year: number): boolean {
  return step.start <= endOfYear(year) && step.end >= startOfYear(year);
}

export function buildSteps(rng: Rng, people: readonly Participant[]): Step[] {
  const steps: Step[] = [];
  const population = (year: number) => people.filter((person) => enParcours(person, year));

  // 2023 and the steps running across the turn of 2022–2023.
  const continuing = population(2023).filter((person) => person.entry < startOfYear(2023));
  const acrossOwners = rng.sample(continuing, quotaTotal(ACROSS_2022_2023));
  deal(rng, acrossOwners, quotaList(ACROSS_2022_2023), (person, kind) => steps.push(genericStep(rng, person, kind, across(2022))));
  steps.push(...programmeSteps(rng, population(2023), 2023));
  fillYear(rng, steps, population(2023), 2023, STARTED_2023, startingIn(2023));

  // 2022: the programme, then steps ending in 2022 to reach the year's kind shares.
  steps.push(...programmeSteps(rng, population(2022), 2022));
  const counted2022 = steps.filter((step) => isActive(step, 2022));
  const remaining2022 = STEPS_2022.total - counted2022.length;
  const kindCount = (kind: StepKind) => counted2022.filter((step) => step.kind === kind).length;
  const iae = STEPS_2022.iae - kindCount(IAE);
  const prestation = STEPS_2022.prestation - kindCount('Prestation');
  const jobsAndTrainings = splitByShares<StepKind>(remaining2022 - iae - prestation, [
    ['Emploi', 60],
    ['Formation', 40],
  ]);
  fillYear(rng, steps, population(2022), 2022, [[IAE, iae], ['Prestation', prestation], ...jobsAndTrainings], endingIn(2022));

  // 2021: free figures, plausible shares.
  steps.push(...programmeSteps(rng, population(2021), 2021));
  const uncovered2021 = withoutStep(steps, population(2021), 2021).length;
  fillYear(rng, steps, population(2021), 2021, splitByShares(uncovered2021 + EXTRA_STEPS_2021, SHARES_2021), endingIn(2021));

  supportPositiveExits(people, steps);
  return steps;
}

/** The year whose exports hold a positive exit with no step at all (2023 cannot: every participant en parcours there has a step, a published figure). */
const EXIT_WITHOUT_STEP_YEAR = 2022;

/**
 * One Emploi exit of EXIT_WITHOUT_STEP_YEAR whose steps, all generic, go to other participants
 * (not leaving for a job or a training) whose parcours hold them: the year keeps its steps and
 * their kinds, that exit has none left.
 */
function leaveExitWithoutStep(rng: Rng, people: readonly Participant[], steps: readonly Step[]): Participant | undefined {
  const positive = (person: Participant) => person.exit?.category === 'Emploi' || person.exit?.category === 'Formation';
  const hosts = (step: Step, leaving: Participant) =>
    people.filter((person) => person !== leaving && !positive(person) && person.entry <= step.start && lastDay(person) >= step.end);
  for (const person of people) {
    if (person.exit?.category !== 'Emploi' || yearOf(person.exit.date) !== EXIT_WITHOUT_STEP_YEAR) continue;
    const own = steps.filter((step) => step.participant === person);
    if (own.length === 0 || !own.every(isGeneric) || !own.every((step) => hosts(step, person).length > 0)) continue;
    for (const step of own) step.participant = rng.pick(hosts(step, person));
    return person;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Positive exits and their steps: most are supported by the parcours (a CDI, a contract of 6
// months or more, a qualifying training), a few are not (a 3-month CDD, no job step at all).
// ---------------------------------------------------------------------------------------------
/** Own seed: the choices made here move no other draw of the simulation. */
const EXIT_STEPS_SEED = 20_231_402;
/** Emploi exits a year left with a single contract of about 3 months (too short to support them). */
const SHORT_CONTRACTS_A_YEAR = 2;
/** Every KEPT_WITHOUT_JOB_EVERY-th positive exit with no job or training step in its year is left so. */
const KEPT_WITHOUT_JOB_EVERY = 6;

/** A step of the generic layers: neither a programme training (convention) nor a collective action. */
const isGeneric = (step: Step) => step.convention === '' && step.action === '';

/** What a step's counts depend on: the years it is active in and the year it started in. */
const signature = (step: Step) => `${[2021, 2022, 2023].map((year) => (isActive(step, year) ? 1 : 0)).join('')}:${yearOf(step.start)}`;

/**
 * For an exit with only IAE steps or prestations in its year: one of them trades what it is (kind,
 * sub-type, place, hours, result) with a job or training step of someone not leaving for a job or a
 * training, active in the same years and started in the same year; each keeps its dates, so every
 * yearly count by kind is unchanged.
 */
function swapWithDonor(steps: readonly Step[], person: Participant, exitDate: Day, year: number, donors: Step[]): Step | undefined {
  const own = steps.filter((step) => step.participant === person && isGeneric(step) && step.end >= startOfYear(year) && step.start <= exitDate).at(-1);
  if (own === undefined) return undefined;
  const index = donors.findIndex((donor) => signature(donor) === signature(own));
  if (index < 0) return undefined;
  const [donor] = donors.splice(index, 1) as [Step];
  const fields = ['kind', 'subType', 'sector', 'organisme', 'hours', 'result'] as const;
  const mine = Object.fromEntries(fields.map((field) => [field, own[field]]));
  for (const field of fields) (own as unknown as Record<string, unknown>)[field] = donor[field];
  Object.assign(donor, mine);
  return own;
}

/**
 * Rewrites, for each positive exit, the job or training steps of the exit's year (never a
 * programme step, never an IAE step or a prestation) so that they support it. Only the sub-type,
 * the place and the end date change, the end staying in the same year and the start unchanged: a
 * step keeps its kind group's counts (Emploi and Formation together), the years it is active in and
 * the year it started in, so every yearly steps figure stays as it was.
 */
function supportPositiveExits(people: readonly Participant[], steps: Step[]): void {
  const rng = new Rng(EXIT_STEPS_SEED);
  leaveExitWithoutStep(rng, people, steps);
  const byPerson = new Map<Participant, Step[]>();
  for (const step of steps) {
    const list = byPerson.get(step.participant);
    if (list === undefined) byPerson.set(step.participant, [step]);
    else list.push(step);
  }
  const shortContracts = new Map<number, number>();
  let exitsWithoutJob = 0;
  const positive = (person: Participant) => person.exit?.category === 'Emploi' || person.exit?.category === 'Formation';
  const donors = steps.filter((step) => !positive(step.participant) && (step.kind === 'Emploi' || step.kind === 'Formation') && isGeneric(step));
  const interimDone = new Set<number>();
  for (const person of people) {
    const exit = person.exit;
    if (exit === undefined || (exit.category !== 'Emploi' && exit.category !== 'Formation')) continue;
    const year = yearOf(exit.date);
    const candidates = (byPerson.get(person) ?? [])
      .filter(
        (step) => (step.kind === 'Emploi' || step.kind === 'Formation') && step.convention === '' && step.end >= startOfYear(year) && step.start <= exit.date,
      )
      .sort((a, b) => a.start - b.start);
    if (candidates.length === 0 && (exitsWithoutJob += 1) % KEPT_WITHOUT_JOB_EVERY !== 0) {
      const swapped = swapWithDonor(steps, person, exit.date, year, donors);
      if (swapped !== undefined) candidates.push(swapped);
    }
    const last = candidates.at(-1);
    if (last === undefined) continue;
    if (exit.category === 'Formation') {
      const body = TRAINING_BODIES.find((place) => place.sector === exit.sector) ?? rng.pick(TRAINING_BODIES);
      // Validated at the exit, or still under way after it.
      const end = rng.chance(0.3) ? Math.min(exit.date + rng.int(20, 90), endOfYear(year)) : exit.date;
      Object.assign(last, {
        kind: 'Formation',
        subType: 'Qualifiante',
        end,
        sector: body.sector,
        organisme: body.name,
        hours: 7 * 3 * Math.max(1, Math.round((end - last.start) / 7)),
        result: 'Validé',
      });
      continue;
    }
    const employer = EMPLOYERS.find((place) => place.sector === exit.sector) ?? rng.pick(EMPLOYERS);
    const job = (step: Step, subType: string, end: Day, place: Place) =>
      Object.assign(step, { kind: 'Emploi', subType, end, sector: place.sector, organisme: place.name, hours: undefined, result: '' });
    const length = exit.date - last.start;
    // One interim parcours a year: missions adding up to 6 months, none of them 6 months long.
    if (
      !interimDone.has(year) &&
      candidates.length >= 2 &&
      exit.date - candidates[0]!.start >= 200 &&
      exit.date - candidates[0]!.start <= 330 &&
      length < 150
    ) {
      interimDone.add(year);
      candidates.forEach((step, index) => {
        const next = candidates[index + 1];
        const end = next === undefined ? exit.date : Math.max(step.end, Math.min(next.start - 1, exit.date));
        job(step, 'Intérim', step.end >= startOfYear(year) ? end : step.end, tempAgency(rng));
      });
      continue;
    }
    if (length >= 60 && length <= 120 && candidates.length === 1 && (shortContracts.get(year) ?? 0) < SHORT_CONTRACTS_A_YEAR) {
      shortContracts.set(year, (shortContracts.get(year) ?? 0) + 1);
      job(last, 'CDD', exit.date, employer);
      continue;
    }
    const longEnough = length >= 190;
    job(last, longEnough && rng.chance(0.7) ? rng.pick(['CDD', 'Contrat aidé']) : 'CDI', exit.date, employer);
  }
}

function quotaTotal(quotas: readonly (readonly [unknown, number])[]): number {
  return quotas.reduce((sum, [, count]) => sum + count, 0);
}

function withoutStep(steps: readonly Step[], people: readonly Participant[], year: number): Participant[] {
  const covered = new Set(steps.filter((step) => isActive(step, year)).map((step) => step.participant));
  return people.filter((person) => !covered.has(person));
}

/**
 * Adds the year's generic steps: one for each participant without a step in the year, the rest to
 * participants drawn at random, kinds dealt by quota.
 */
function fillYear(
  rng: Rng,
  steps: Step[],
  people: readonly Participant[],
  year: number,
  kinds: readonly (readonly [StepKind, number])[],
  placement: Placement,
): void {
  const needy = withoutStep(steps, people, year);
  const count = quotaTotal(kinds);
  if (needy.length > count) throw new Error(`${year}: ${needy.length} participants need a step, only ${count} planned`);
  const extra = Array.from({ length: count - needy.length }, () => rng.pick(people));
  deal(rng, [...needy, ...extra], quotaList(kinds), (person, kind) => steps.push(genericStep(rng, person, kind, placement)));
}

// ---------------------------------------------------------------------------------------------
// Placements: where a step of a given length falls within a person's parcours.
// ---------------------------------------------------------------------------------------------
type Placement = (rng: Rng, person: Participant, days: number) => { start: Day; end: Day };

const lastDay = (person: Participant) => person.exit?.date ?? Number.POSITIVE_INFINITY;

/** Starts in `year`; may run past it unless the person leaves. */
function startingIn(year: number): Placement {
  return (rng, person, days) => {
    const start = rng.int(Math.max(person.entry, startOfYear(year)), Math.min(lastDay(person), endOfYear(year)));
    return { start, end: Math.min(start + days, lastDay(person)) };
  };
}

/** Ends in `year`; may have started before it. */
function endingIn(year: number): Placement {
  return (rng, person, days) => {
    const end = rng.int(Math.max(person.entry, startOfYear(year)), Math.min(lastDay(person), endOfYear(year)));
    return { start: Math.max(person.entry, end - days), end };
  };
}

/** Started on or before 31/12 of `year`, still running on 01/01 of the next. */
function across(year: number): Placement {
  const nextYear = startOfYear(year + 1);
  return (rng, person, days) => {
    const start = rng.int(Math.max(person.entry, nextYear - days), endOfYear(year));
    return { start, end: Math.min(start + days, lastDay(person)) };
  };
}

function genericStep(rng: Rng, person: Participant, kind: StepKind, placement: Placement): Step {
  const subType = rng.weighted(CATALOGUE[kind].map((candidate) => [candidate, candidate.weight] as const));
  const { start, end } = placement(rng, person, rng.int(...subType.days));
  const place = subType.places(rng);
  const isTraining = kind === 'Formation';
  return {
    participant: person,
    kind,
    subType: subType.name,
    start,
    end,
    sector: place.sector,
    organisme: place.name,
    action: '',
    convention: '',
    hours: isTraining ? trainingHours(rng, end - start, 2) : undefined,
    result: isTraining
      ? rng.weighted([
          ['Validé', 70],
          ['Non validé', 15],
          ['Abandon', 15],
        ] as const)
      : '',
  };
}

/** Hours of a training from its length: 7-hour days, `minDaysPerWeek` to 5 days a week. */
function trainingHours(rng: Rng, days: number, minDaysPerWeek: number): number {
  const weeks = Math.max(1, Math.round(days / 7));
  return 7 * weeks * rng.int(minDaysPerWeek, 5);
}

// ---------------------------------------------------------------------------------------------
// Programme steps.
// ---------------------------------------------------------------------------------------------
function programmeSteps(rng: Rng, people: readonly Participant[], year: number): Step[] {
  return [...socialSupportSteps(rng, people, year), ...fundedTrainingSteps(rng, people, year)];
}

/** Picks a participant, not yet in `used`, whose parcours covers [start, end]. */
function pickOwner(rng: Rng, people: readonly Participant[], used: Set<Participant>, start: Day, end: Day): Participant {
  const eligible = people.filter((person) => !used.has(person) && person.entry <= start && lastDay(person) >= end);
  const owner = rng.pick(eligible);
  used.add(owner);
  return owner;
}

/** Two collective groups; individual hours vary with attendance but sum to the year's total. */
function socialSupportSteps(rng: Rng, people: readonly Participant[], year: number): Step[] {
  const plan = SOCIAL_SUPPORT[year]!;
  const used = new Set<Participant>();
  const steps = plan.groups.flatMap((group, index) =>
    Array.from({ length: group.size }, (): Step => ({
      participant: pickOwner(rng, people, used, group.start, group.end),
      kind: 'Prestation',
      subType: 'Accompagnement social',
      start: group.start,
      end: group.end,
      sector: '',
      organisme: SOCIAL_SUPPORT_PROVIDER,
      action: `${SOCIAL_SUPPORT_ACTION} – groupe ${index + 1}`,
      convention: '',
      hours: 0,
      result: '',
    })),
  );
  const hours = hoursSummingTo(rng, steps.length, plan.totalHours);
  steps.forEach((step, index) => (step.hours = hours[index]));
  return steps;
}

function hoursSummingTo(rng: Rng, count: number, total: number): number[] {
  const hours = Array.from({ length: count }, () => rng.int(4, 10));
  let gap = total - hours.reduce((sum, value) => sum + value, 0);
  while (gap !== 0) {
    const index = rng.int(0, count - 1);
    const next = hours[index]! + Math.sign(gap);
    if (next < 3 || next > 12) continue;
    hours[index] = next;
    gap -= Math.sign(gap);
  }
  return hours;
}

/**
 * The year's conventions: professional trainings in distinct training bodies, driving-licence
 * courses spread over every driving school. Only these steps carry a convention number.
 */
function fundedTrainingSteps(rng: Rng, people: readonly Participant[], year: number): Step[] {
  const plan = FUNDED_TRAININGS[year]!;
  const used = new Set<Participant>();
  const professional = quotaList(plan.professional);
  const licences = quotaList(plan.drivingLicence);
  const bodies = rng.sample(TRAINING_BODIES, professional.length);
  const schools = rng.shuffle([...DRIVING_SCHOOLS, ...Array.from({ length: licences.length - DRIVING_SCHOOLS.length }, () => rng.pick(DRIVING_SCHOOLS))]);

  const steps = [
    ...professional.map((outcome, index) => fundedStep(rng, people, used, year, outcome, bodies[index]!, false)),
    ...licences.map((outcome, index) => fundedStep(rng, people, used, year, outcome, schools[index]!, true)),
  ].sort((a, b) => a.start - b.start);
  steps.forEach((step, index) => (step.convention = `CV-${year}-${String(index + 1).padStart(2, '0')}`));
  return steps;
}

function fundedStep(
  rng: Rng,
  people: readonly Participant[],
  used: Set<Participant>,
  year: number,
  outcome: FundedOutcome,
  place: Place,
  drivingLicence: boolean,
): Step {
  // Finished courses start in the first half-year and end by November; running ones start later
  // and are planned to end next year.
  const running = outcome === 'running';
  const start = running ? rng.int(day(year, 6, 1), day(year, 11, 30)) : rng.int(day(year, 1, 15), day(year, 6, 30));
  const end = running ? endOfYear(year) + rng.int(30, 180) : start + rng.int(60, 150);
  return {
    participant: pickOwner(rng, people, used, start, end),
    kind: 'Formation',
    subType: drivingLicence ? 'Permis de conduire' : rng.pick(['Qualifiante', 'Préqualifiante']),
    start,
    end,
    sector: place.sector,
    organisme: place.name,
    action: '',
    convention: 'pending',
    hours: drivingLicence ? rng.int(20, 40) : trainingHours(rng, end - start, 3),
    result: running ? '' : outcome,
  };
}
