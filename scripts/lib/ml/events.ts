/**
 * Contacts (events) of one year. Built in two layers:
 *  - structural events, whose distinct jeunes are exact quotas: a first contact for every jeune in
 *    contact (an interview for those accompanied), workshops per theme (sessions and jeunes),
 *    forums, health interviews, coaching, CEJ workshops held for jeunes within their CEJ period;
 *  - then routine contacts (interviews, calls, SMS, mails…) that only add events to jeunes already
 *    counted, in or out of CEJ/GJ periods, to reach the year's totals exactly.
 */
import { day, endOfYear, startOfYear, type Day } from '../dates.js';
import { quotaList, splitByShares, type Rng } from '../random.js';
import type { EventType, Jeune, MlEvent, Period, Scheme } from './model.js';
import { within, workingDay } from './periods.js';
import type { EventsPlan, WorkshopPlan } from './plan.js';

export interface EventsContext {
  year: number;
  contacted: readonly Jeune[];
  accompanied: ReadonlySet<Jeune>;
  /** CEJ/GJ periods active in the year, per jeune. */
  cejPeriods: ReadonlyMap<Jeune, readonly Period[]>;
  coaching: readonly Scheme[];
}

const OTHER_FORUMS = [
  { name: "Forum de l'alternance", theme: 'Alternance', month: 4, jeunes: 160 },
  { name: 'Job dating de la rentrée', theme: 'Emploi', month: 9, jeunes: 210 },
];
const INFORMATION_SESSIONS = 540;
const INFORMATION_THEMES = [
  ["Présentation de l'offre de services", 40],
  ['CEJ', 25],
  ['Service civique', 15],
  ['Alternance', 20],
] as const;
const ROUTINE_TYPES: readonly (readonly [EventType, number])[] = [
  ['Téléphone', 40],
  ['SMS', 25],
  ['E-mail', 25],
  ['Courrier', 5],
  ['Visite', 5],
];
const INTERVIEW_THEMES = [
  ['', 50],
  ['Suivi de parcours', 15],
  ['Emploi', 15],
  ['Formation', 10],
  ['Projet professionnel', 10],
] as const;

export function buildEvents(rng: Rng, plan: EventsPlan, context: EventsContext): MlEvent[] {
  const { year, contacted, accompanied, cejPeriods } = context;
  const yearStart = startOfYear(year);
  const yearEnd = endOfYear(year);
  const events: MlEvent[] = [];
  const push = (jeune: Jeune, date: Day, type: EventType, theme = '', atelier = '', intervenant = '') => {
    if (date < jeune.firstReception || date < yearStart || date > yearEnd) throw new Error(`event of ${jeune.id} out of range`);
    if (type === 'Entretien individuel' && !accompanied.has(jeune)) throw new Error(`interview of ${jeune.id}, not accompanied`);
    events.push({ jeune, date, type, theme, atelier, intervenant });
  };
  /** A working day of the year on or after the first reception, within `period` if given. */
  const dateFor = (jeune: Jeune, period?: Period) =>
    workingDay(rng, Math.max(yearStart, jeune.firstReception, period?.start ?? yearStart), Math.min(yearEnd, period?.end ?? yearEnd));
  const accompaniedList = contacted.filter((jeune) => accompanied.has(jeune));

  // First contact of the year: the first reception itself for those registered in the year.
  for (const jeune of contacted) {
    const isNew = jeune.firstReception >= yearStart;
    const interview = accompanied.has(jeune);
    if (isNew) push(jeune, jeune.firstReception, interview ? 'Entretien individuel' : 'Information collective', 'Premier accueil');
    else push(jeune, dateFor(jeune), interview ? 'Entretien individuel' : rng.weighted(ROUTINE_TYPES.slice(0, 3)));
  }

  for (const workshop of plan.workshops) workshops(rng, year, workshop, contacted, push);
  cejWorkshops(rng, year, plan.cejWorkshops, cejPeriods, push);

  // Forums: the international-mobility forum in spring and autumn, and two others.
  gatherings(rng, [day(year, 3, 16), day(year, 10, 12)], plan.forumMobilite, contacted, (jeune, date) => push(jeune, date, 'Forum', 'Mobilité internationale'));
  for (const forum of OTHER_FORUMS) {
    gatherings(rng, [day(year, forum.month, 12)], forum.jeunes, contacted, (jeune, date) => push(jeune, date, 'Forum', forum.theme, '', ''));
  }
  for (let i = 0; i < INFORMATION_SESSIONS; i++) {
    const jeune = rng.pick(contacted);
    push(jeune, dateFor(jeune), 'Information collective', rng.weighted(INFORMATION_THEMES));
  }

  // Health: CPAM rights interviews, health checks at the Institut Pasteur, a psychologist.
  for (const jeune of rng.sample(accompaniedList, plan.cpam)) {
    for (let n = rng.chance(0.2) ? 2 : 1; n > 0; n--) push(jeune, dateFor(jeune), 'Entretien individuel', 'Santé', '', 'CPAM');
  }
  for (const jeune of rng.sample(contacted, plan.pasteur)) push(jeune, dateFor(jeune), 'Visite', 'Santé', '', 'Institut Pasteur');
  const psy = rng.sample(accompaniedList, plan.psychologue.jeunes);
  const psyEvents = [...psy, ...Array.from({ length: plan.psychologue.events - psy.length }, () => rng.pick(psy))];
  for (const jeune of psyEvents) push(jeune, dateFor(jeune), 'Entretien individuel', 'Santé', '', 'Psychologue');

  for (const jeune of rng.sample(accompaniedList, plan.interviewMobilite)) {
    for (let n = rng.chance(0.25) ? 2 : 1; n > 0; n--) push(jeune, dateFor(jeune), 'Entretien individuel', 'Mobilité internationale');
  }
  for (const scheme of context.coaching) {
    for (let n = rng.int(2, 5); n > 0; n--) push(scheme.jeune, dateFor(scheme.jeune, scheme), 'Entretien individuel', 'Coaching', '', 'Coach');
  }

  routineContacts(rng, plan, context, events, push, dateFor);
  return events;
}

type Push = (jeune: Jeune, date: Day, type: EventType, theme?: string, atelier?: string, intervenant?: string) => void;

/** Sessions of a theme: every session has someone, every chosen jeune attends one or two. */
function workshops(rng: Rng, year: number, plan: WorkshopPlan, contacted: readonly Jeune[], push: Push): void {
  const dates = Array.from({ length: plan.sessions }, () => workingDay(rng, day(year, 1, 9), day(year, 12, 15))).sort((a, b) => a - b);
  const sessions = dates.map((date, index) => ({ date, id: `${plan.code}-${String(year).slice(2)}-${String(index + 1).padStart(2, '0')}` }));
  const last = dates[dates.length - 1]!;
  const jeunes = rng.sample(
    contacted.filter((jeune) => jeune.firstReception <= last),
    plan.jeunes,
  );
  const open = (jeune: Jeune) => sessions.filter((session) => session.date >= jeune.firstReception);
  const waiting = new Set(jeunes);
  const attend = (jeune: Jeune, session: { date: Day; id: string }) => push(jeune, session.date, 'Atelier', plan.theme, session.id, plan.intervenant ?? '');
  // Earliest sessions first: fewer jeunes were registered by then.
  for (const session of sessions) {
    const candidates = [...waiting].filter((jeune) => jeune.firstReception <= session.date);
    if (candidates.length === 0) throw new Error(`${plan.theme} ${year}: nobody for session ${session.id}`);
    const jeune = rng.pick(candidates);
    waiting.delete(jeune);
    attend(jeune, session);
  }
  for (const jeune of waiting) attend(jeune, rng.pick(open(jeune)));
  for (const jeune of jeunes) {
    const choices = open(jeune);
    if (choices.length > 1 && rng.chance(0.15)) attend(jeune, rng.pick(choices));
  }
}

/** CEJ workshops: each session gathers CEJ/GJ jeunes within their period on its date. */
function cejWorkshops(rng: Rng, year: number, count: number, cejPeriods: ReadonlyMap<Jeune, readonly Period[]>, push: Push): void {
  const dates = Array.from({ length: count }, () => workingDay(rng, day(year, 1, 4), day(year, 12, 22))).sort((a, b) => a - b);
  const all = [...cejPeriods.entries()];
  dates.forEach((date, index) => {
    const present = all.filter(([, periods]) => periods.some((period) => within(date, period))).map(([jeune]) => jeune);
    if (present.length === 0) throw new Error(`CEJ workshop ${year}: nobody on ${date}`);
    const id = `CEJ-${String(year).slice(2)}-${String(index + 1).padStart(3, '0')}`;
    for (const jeune of rng.sample(present, Math.min(present.length, rng.int(3, 9)))) push(jeune, date, 'Atelier', 'CEJ', id);
  });
}

/** `count` distinct jeunes spread over events held on `dates`, each at one they could attend. */
function gatherings(rng: Rng, dates: readonly Day[], count: number, contacted: readonly Jeune[], attend: (jeune: Jeune, date: Day) => void): void {
  const held = dates.map((date) => workingDay(rng, date, date + 3));
  const last = Math.max(...held);
  for (const jeune of rng.sample(
    contacted.filter((candidate) => candidate.firstReception <= last),
    count,
  )) {
    attend(jeune, rng.pick(held.filter((date) => date >= jeune.firstReception)));
  }
}

/**
 * Routine contacts to reach the totals: in-period contacts of the CEJ/GJ jeunes (a share of them
 * interviews), then interviews of the other accompanied jeunes, then calls, SMS and mails of the
 * other jeunes in contact.
 */
function routineContacts(
  rng: Rng,
  plan: EventsPlan,
  context: EventsContext,
  events: readonly MlEvent[],
  push: Push,
  dateFor: (jeune: Jeune, period?: Period) => Day,
): void {
  const { year, contacted, accompanied, cejPeriods } = context;
  const inCej = (event: MlEvent) => (cejPeriods.get(event.jeune) ?? []).some((period) => within(event.date, period));
  const interviews = events.filter((event) => event.type === 'Entretien individuel').length;
  const cejIn = events.filter(inCej).length;

  const cejTopUp = plan.cejInPeriod - cejIn;
  const cejInterviews = Math.round(cejTopUp * plan.cejInterviewShare);
  const otherInterviews = plan.interviews - interviews - cejInterviews;
  const otherRoutine = plan.contacts - events.length - cejTopUp - otherInterviews;
  if (cejTopUp < 0 || otherInterviews < 0 || otherRoutine < 0) {
    throw new Error(`${year} contacts: structural events exceed the plan (${cejTopUp}, ${otherInterviews}, ${otherRoutine})`);
  }

  // In-period contacts, jeunes weighted by their days in period this year.
  const slices: { jeune: Jeune; period: Period; days: number }[] = [];
  for (const [jeune, periods] of cejPeriods) {
    for (const period of periods) {
      const from = Math.max(period.start, startOfYear(year), jeune.firstReception);
      const to = Math.min(period.end, endOfYear(year));
      if (from <= to) slices.push({ jeune, period: { start: from, end: to }, days: to - from + 1 });
    }
  }
  const pickSlice = weightedPicker(rng, slices, (slice) => slice.days);
  const cejTypes = rng.shuffle([
    ...quotaList<EventType>([['Entretien individuel', cejInterviews]]),
    ...quotaList(splitByShares(cejTopUp - cejInterviews, ROUTINE_TYPES)),
  ]);
  for (const type of cejTypes) {
    const slice = pickSlice();
    const date = workingDay(rng, slice.period.start, slice.period.end);
    push(slice.jeune, date, type, type === 'Entretien individuel' ? rng.weighted(INTERVIEW_THEMES) : '');
  }

  const outside = contacted.filter((jeune) => !cejPeriods.has(jeune));
  const outsideAccompanied = outside.filter((jeune) => accompanied.has(jeune));
  for (let i = 0; i < otherInterviews; i++) {
    const jeune = rng.pick(outsideAccompanied);
    push(jeune, dateFor(jeune), 'Entretien individuel', rng.weighted(INTERVIEW_THEMES));
  }
  for (const type of rng.shuffle(quotaList(splitByShares(otherRoutine, ROUTINE_TYPES)))) {
    const jeune = rng.pick(outside);
    push(jeune, dateFor(jeune), type);
  }
}

/** Draws items with probability proportional to `weight` (cumulative sums, binary search). */
export function weightedPicker<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weight(item);
    cumulative.push(total);
  }
  return () => {
    const draw = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > draw) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}
