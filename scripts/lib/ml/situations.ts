/**
 * Situations: jobs, work-study contracts, trainings, immersions, civic service, stays abroad.
 *
 * The 2023 active situations are dealt first, to two groups of owners with exact counts per type
 * (plan.ts): the CEJ/GJ jeunes whose situations all overlap their CEJ/GJ period, and jeunes
 * outside the CEJ/GJ in 2023 (the other CEJ/GJ jeunes have no situation active in 2023). Sub-types
 * and timings (running across 31/12/2022 or started in 2023) are then dealt as quotas, then
 * sectors. Last come the situations that ended in 2022, to reach the 2022 counts.
 */
import { endOfYear, startOfYear } from '../dates.js';
import { deal, quotaList, splitByShares, type Rng } from '../random.js';
import { cejActive, cejPeriodsIn, type CejRoles } from './cej.js';
import type { Jeune, Period, Situation, SituationType } from './model.js';
import { activeIn, canPlace, place, startedIn, timingWindow, type Timing } from './periods.js';
import {
  ALTERNANCE_COMMERCE_STARTED_2023,
  CEJ_IMMERSION_ONLY_2023,
  CEJ_PLAN,
  EMPLOI_TRANSPORT_2023,
  OWNERS_2022,
  FORMATION_ANIMATION_2023,
  SERVICE_CIVIQUE_AGREMENT_2023,
  SITUATIONS_2023_CEJ,
  SITUATIONS_2023_OTHERS,
  SUBTYPES_2023,
  SUBTYPES_ONLY_2022,
  type Quota,
} from './plan.js';

const TYPES: readonly SituationType[] = ['Emploi', 'Formation', 'Alternance', 'Immersion (PMSMP)', 'Service civique', 'Mobilité internationale'];

const IMMERSION: SituationType = 'Immersion (PMSMP)';

/** Usual length in days, per type and sub-type. */
const DAYS: Record<string, readonly [number, number]> = {
  'Emploi/CDI': [240, 1100],
  'Emploi/CDD': [30, 365],
  'Emploi/Intérim': [5, 120],
  'Emploi/Contrat aidé': [180, 365],
  'Emploi/IAE': [120, 600],
  'Alternance/Apprentissage': [300, 1095],
  'Alternance/Professionnalisation': [180, 540],
  'Formation/Qualifiante': [90, 330],
  'Formation/Pré-qualifiante': [30, 150],
  'Formation/Retour en formation initiale': [150, 300],
  'Formation/Remise à niveau': [20, 90],
  'Formation/Permis B': [60, 240],
  'Immersion (PMSMP)/': [3, 28],
  'Service civique/': [180, 300],
  'Mobilité internationale/Stage Erasmus+': [60, 180],
  'Mobilité internationale/Service civique international': [180, 330],
};

function daysOf(type: SituationType, subType: string): readonly [number, number] {
  const days = DAYS[`${type}/${subType}`];
  if (!days) throw new Error(`no length for ${type}/${subType}`);
  return days;
}

// Sectors (job families). Transport et logistique in Emploi, Animation in Formation and Commerce
// in the 2023 work-study contracts are exact quotas; the rest follows these shares.
const TRANSPORT = 'Transport et logistique';
const ANIMATION = "Animation d'activités de loisirs";
const COMMERCE = 'Commerce et vente';

const EMPLOI_SECTORS: readonly (readonly [string, number])[] = [
  [COMMERCE, 18],
  ['Hôtellerie-restauration', 16],
  ['Industrie', 10],
  ['Services à la personne', 10],
  ['Nettoyage et propreté', 9],
  ['BTP', 9],
  ["Support à l'entreprise", 8],
  ['Santé et action sociale', 7],
  [ANIMATION, 5],
  ['Agriculture et espaces verts', 4],
  ['Numérique', 4],
];
const FORMATION_SECTORS: readonly (readonly [string, number])[] = [
  ['Santé et action sociale', 16],
  [COMMERCE, 12],
  ["Support à l'entreprise", 12],
  ['Numérique', 11],
  ['Hôtellerie-restauration', 10],
  ['Industrie', 10],
  ['BTP', 9],
  ['Services à la personne', 8],
  [TRANSPORT, 6],
];
const ALTERNANCE_SECTORS: readonly (readonly [string, number])[] = [
  ['Hôtellerie-restauration', 15],
  ['BTP', 12],
  ['Industrie', 10],
  ["Support à l'entreprise", 10],
  ['Santé et action sociale', 6],
  [TRANSPORT, 6],
  ['Numérique', 6],
];
const SERVICE_CIVIQUE_DOMAINS = ['Solidarité', 'Éducation pour tous', 'Sport', 'Culture et loisirs', 'Environnement', 'Santé'];

const TRAINING_FUNDERS = [
  ['Conseil régional', 60],
  ['Pôle emploi', 25],
  ['CPF', 10],
  ['OPCO', 5],
] as const;

/** A situation being dealt: owner and type first, the rest afterwards. */
interface Draft {
  jeune: Jeune;
  type: SituationType;
  subType: string;
  timing: Timing;
  /** Its owner is a CEJ/GJ jeune: the situation must overlap one of their 2023 periods. */
  overlapping: boolean;
}

export function buildSituations(rng: Rng, jeunes: readonly Jeune[], cej: CejRoles): Situation[] {
  const cej2023 = cejActive(cej, 2023);
  const drafts = [
    ...cejOwnerDrafts(rng, [...cej2023]),
    ...otherOwnerDrafts(
      rng,
      jeunes.filter((jeune) => jeune.years.has(2023) && !cej2023.has(jeune)),
    ),
  ];
  const situations: Situation[] = [];
  for (const type of TYPES) {
    const ofType = drafts.filter((draft) => draft.type === type);
    dealSubtypesAndTimings(rng, ofType, cej);
    for (const draft of ofType) situations.push(placeDraft(rng, draft, cej));
  }
  assignSectors2023(rng, situations);
  situations.push(...endedIn2022(rng, jeunes, situations));
  return situations;
}

/** Owners among the CEJ/GJ jeunes: exact owners and situations per type, every owner covered. */
function cejOwnerDrafts(rng: Rng, cej2023: Jeune[]): Draft[] {
  const owners = rng.sample(cej2023, CEJ_PLAN.withSituation2023);
  const immersionOnly = owners.slice(0, CEJ_IMMERSION_ONLY_2023);
  const rest = owners.slice(CEJ_IMMERSION_ONLY_2023);
  const byType = new Map<SituationType, Set<Jeune>>(TYPES.map((type) => [type, new Set()]));

  // One membership of a type other than immersion for each, then the remaining memberships.
  const memberships = rng.shuffle(quotaList(TYPES.filter((type) => type !== IMMERSION).map((type) => [type, SITUATIONS_2023_CEJ[type][0]] as const)));
  if (memberships.length < rest.length) throw new Error('not enough memberships for the CEJ owners');
  rest.forEach((jeune, index) => byType.get(memberships[index]!)!.add(jeune));
  for (const type of memberships.slice(rest.length)) addMember(rng, byType.get(type)!, rest);
  const immersed = byType.get(IMMERSION)!;
  for (const jeune of immersionOnly) immersed.add(jeune);
  while (immersed.size < SITUATIONS_2023_CEJ[IMMERSION][0]) addMember(rng, immersed, rest);

  return TYPES.flatMap((type) => draftsFor(rng, [...byType.get(type)!], type, SITUATIONS_2023_CEJ[type], true));
}

function addMember(rng: Rng, members: Set<Jeune>, candidates: readonly Jeune[]): void {
  for (;;) {
    const jeune = rng.pick(candidates);
    if (!members.has(jeune)) {
      members.add(jeune);
      return;
    }
  }
}

/**
 * Owners outside the CEJ/GJ. Situations running across 31/12/2022 need owners already there in
 * 2022: those are drawn in a share comfortably above the share of such situations.
 */
function otherOwnerDrafts(rng: Rng, pool: readonly Jeune[]): Draft[] {
  const since2022 = pool.filter((jeune) => jeune.years.has(2022));
  const only2023 = pool.filter((jeune) => !jeune.years.has(2022));
  return TYPES.flatMap((type) => {
    const quota = SITUATIONS_2023_OTHERS[type];
    const acrossShare = SUBTYPES_2023[type].reduce((sum, [, across]) => sum + across, 0) / (SITUATIONS_2023_CEJ[type][1] + quota[1]);
    const share = Math.max(since2022.length / pool.length, Math.min(1, acrossShare + 0.25));
    const early = Math.round(quota[0] * share);
    const owners = [...rng.sample(since2022, early), ...rng.sample(only2023, quota[0] - early)];
    return draftsFor(rng, owners, type, quota, false);
  });
}

/** One situation per owner, the extra ones to owners drawn at random. */
function draftsFor(rng: Rng, owners: readonly Jeune[], type: SituationType, quota: Quota, overlapping: boolean): Draft[] {
  if (owners.length !== quota[0]) throw new Error(`${type}: ${owners.length} owners for ${quota[0]}`);
  const extra = Array.from({ length: quota[1] - quota[0] }, () => rng.pick(owners));
  return [...owners, ...extra].map((jeune) => ({ jeune, type, subType: '', timing: 'in2023' as Timing, overlapping }));
}

/**
 * Sub-types and timings as exact quotas. Running across 31/12/2022 needs an owner already there in
 * 2022 and, for a CEJ/GJ owner, a period started in 2022; a Permis B goes to an owner with a single
 * training, so that the jeunes with a Permis B are as many as the courses.
 */
function dealSubtypesAndTimings(rng: Rng, drafts: Draft[], cej: CejRoles): void {
  if (drafts.length === 0) return;
  const type = drafts[0]!.type;
  const canRunAcross = (draft: Draft) => draft.jeune.years.has(2022) && (!draft.overlapping || cej.continuing2023.has(draft.jeune));
  const formationCount = new Map<Jeune, number>();
  for (const draft of drafts) formationCount.set(draft.jeune, (formationCount.get(draft.jeune) ?? 0) + 1);
  const single = (draft: Draft) => formationCount.get(draft.jeune) === 1;

  const combos = SUBTYPES_2023[type];
  const stages: { subType: string; timing: Timing; count: number; eligible: (draft: Draft) => boolean }[] = [];
  const add = (subType: string, timing: Timing, count: number, eligible: (draft: Draft) => boolean) => {
    if (count > 0) stages.push({ subType, timing, count, eligible });
  };
  for (const [subType, across] of combos) {
    if (subType === 'Permis B') add(subType, 'across', across, (draft) => canRunAcross(draft) && single(draft));
  }
  for (const [subType, , started] of combos) if (subType === 'Permis B') add(subType, 'in2023', started, single);
  for (const [subType, across] of combos) if (subType !== 'Permis B') add(subType, 'across', across, canRunAcross);
  for (const [subType, , started] of combos) if (subType !== 'Permis B') add(subType, 'in2023', started, () => true);

  const total = stages.reduce((sum, stage) => sum + stage.count, 0);
  if (total !== drafts.length) throw new Error(`${type}: ${drafts.length} situations for ${total} sub-types`);
  const free = new Set(drafts);
  for (const stage of stages) {
    const eligible = drafts.filter((draft) => free.has(draft) && stage.eligible(draft));
    if (eligible.length < stage.count) throw new Error(`${type} ${stage.subType} ${stage.timing}: ${eligible.length} < ${stage.count}`);
    for (const draft of rng.sample(eligible, stage.count)) {
      draft.subType = stage.subType;
      draft.timing = stage.timing;
      free.delete(draft);
    }
  }
}

function placeDraft(rng: Rng, draft: Draft, cej: CejRoles): Situation {
  const { jeune, type, subType, timing } = draft;
  const days = daysOf(type, subType);
  let period: Period;
  if (draft.overlapping && timing === 'in2023') {
    // Starts within one of the jeune's CEJ/GJ periods, in 2023.
    const cejPeriod = rng.pick(cejPeriodsIn(cej, jeune, 2023));
    period = place(rng, {
      from: Math.max(startOfYear(2023), cejPeriod.start, jeune.firstReception),
      to: Math.min(endOfYear(2023), cejPeriod.end),
      days,
    });
  } else {
    period = place(rng, timingWindow(jeune, timing, days));
  }
  return situation(rng, jeune, type, subType, period);
}

function situation(rng: Rng, jeune: Jeune, type: SituationType, subType: string, period: Period): Situation {
  let financeur = '';
  if (subType === 'Permis B' || subType === 'Remise à niveau') financeur = 'Conseil régional';
  else if (subType === 'Qualifiante' || subType === 'Pré-qualifiante') financeur = rng.weighted(TRAINING_FUNDERS);
  else if (subType === 'Retour en formation initiale') financeur = 'Éducation nationale';
  return {
    jeune,
    type,
    subType,
    ...period,
    sector: '',
    agrement: type === 'Service civique' ? false : undefined,
    financeur,
  };
}

function assignSectors2023(rng: Rng, situations: Situation[]): void {
  const ofType = (type: SituationType) => situations.filter((situation) => situation.type === type);
  const setSector = (situation: Situation, sector: string) => (situation.sector = sector);

  const emploi = ofType('Emploi');
  deal(
    rng,
    emploi,
    [...quotaList([[TRANSPORT, EMPLOI_TRANSPORT_2023]]), ...quotaList(splitByShares(emploi.length - EMPLOI_TRANSPORT_2023, EMPLOI_SECTORS))],
    setSector,
  );

  const formation = ofType('Formation');
  for (const situation of formation) if (situation.subType === 'Permis B') situation.sector = TRANSPORT;
  const trainings = formation.filter((situation) => situation.subType !== 'Permis B');
  deal(
    rng,
    trainings,
    [...quotaList([[ANIMATION, FORMATION_ANIMATION_2023]]), ...quotaList(splitByShares(trainings.length - FORMATION_ANIMATION_2023, FORMATION_SECTORS))],
    setSector,
  );

  const alternance = ofType('Alternance');
  const started = alternance.filter((situation) => startedIn(situation, 2023));
  const running = alternance.filter((situation) => !startedIn(situation, 2023));
  deal(
    rng,
    started,
    [
      ...quotaList([[COMMERCE, ALTERNANCE_COMMERCE_STARTED_2023]]),
      ...quotaList(splitByShares(started.length - ALTERNANCE_COMMERCE_STARTED_2023, ALTERNANCE_SECTORS)),
    ],
    setSector,
  );
  for (const situation of running) situation.sector = rng.weighted([[COMMERCE, 35], ...ALTERNANCE_SECTORS]);

  for (const situation of ofType(IMMERSION)) situation.sector = rng.weighted([[TRANSPORT, 20], ...EMPLOI_SECTORS]);
  const civic = ofType('Service civique');
  for (const situation of civic) situation.sector = rng.pick(SERVICE_CIVIQUE_DOMAINS);
  deal(
    rng,
    civic,
    quotaList([
      [true, SERVICE_CIVIQUE_AGREMENT_2023],
      [false, civic.length - SERVICE_CIVIQUE_AGREMENT_2023],
    ]),
    (situation, agrement) => {
      situation.agrement = agrement;
    },
  );
}

/**
 * Situations that ended in 2022, owners drawn among the jeunes of 2022 with room for them. For jobs
 * and trainings, the jeunes of 2022 are about as many as in 2023: the holders of a situation
 * running across 31/12/2022 plus a set number of others, each given at least one situation.
 */
function endedIn2022(rng: Rng, jeunes: readonly Jeune[], running: readonly Situation[]): Situation[] {
  const pool = jeunes.filter((jeune) => jeune.years.has(2022));
  const situations: Situation[] = [];
  for (const type of TYPES) {
    const target = OWNERS_2022[type];
    const holders = new Set(running.filter((item) => item.type === type && activeIn(item, 2022)).map((item) => item.jeune));
    const shortest = Math.min(...SUBTYPES_ONLY_2022[type].map(([subType]) => daysOf(type, subType)[0]));
    const roomFor = (jeune: Jeune) => canPlace(timingWindow(jeune, 'only2022', [shortest, shortest]));
    const candidates = pool.filter((jeune) => !holders.has(jeune) && roomFor(jeune));
    const newcomers = target === undefined ? [] : rng.sample(candidates, target - holders.size);
    const owners = target === undefined ? pool : [...holders, ...newcomers];
    const waiting = new Set(newcomers);
    const slots = rng.shuffle(SUBTYPES_ONLY_2022[type].flatMap(([subType, count]) => Array.from({ length: count }, () => subType)));
    for (const subType of slots) {
      const days = daysOf(type, subType);
      const fits = (jeune: Jeune) => canPlace(timingWindow(jeune, 'only2022', days));
      let jeune = [...waiting].find(fits);
      if (jeune) waiting.delete(jeune);
      else
        do jeune = rng.pick(owners);
        while (!fits(jeune));
      situations.push(situation(rng, jeune, type, subType, place(rng, timingWindow(jeune, 'only2022', days))));
    }
    if (waiting.size > 0) throw new Error(`${type} 2022: ${waiting.size} jeunes left without a situation`);
  }
  for (const item of situations) {
    if (item.type === 'Emploi') item.sector = rng.weighted([[TRANSPORT, 22], ...EMPLOI_SECTORS]);
    else if (item.type === 'Formation') item.sector = item.subType === 'Permis B' ? TRANSPORT : rng.weighted([[ANIMATION, 30], ...FORMATION_SECTORS]);
    else if (item.type === 'Alternance') item.sector = rng.weighted([[COMMERCE, 35], ...ALTERNANCE_SECTORS]);
    else if (item.type === IMMERSION) item.sector = rng.weighted([[TRANSPORT, 20], ...EMPLOI_SECTORS]);
    else if (item.type === 'Service civique') {
      item.sector = rng.pick(SERVICE_CIVIQUE_DOMAINS);
      item.agrement = rng.chance(0.25);
    }
  }
  return situations;
}
