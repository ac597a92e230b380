/**
 * The support schemes other than CEJ/GJ (PACEA, Parrainage, PPAE, Obligation de formation,
 * Justice, Suivi renforcé TH, Coaching), dealt per timing as exact counts (plan.ts). Holders of a
 * scheme are jeunes in contact with the Mission Locale in every year the scheme is active.
 */
import { day, endOfYear, fullYears, startOfYear, type Day } from '../dates.js';
import { flags, deal, type Rng } from '../random.js';
import type { Jeune, Scheme, SchemeKind, Situation } from './model.js';
import { activeIn, addYears, canPlace, place, startedIn, timingWindow, type Timing } from './periods.js';
import {
  COACHING,
  JUSTICE,
  OBLIGATION_FORMATION,
  PACEA,
  PARRAINAGE,
  PARRAINAGE_SOLUTIONS_2023,
  PPAE,
  PPAE_REGISTERED_2023,
  SUIVI_TH,
  type SchemePlan,
} from './plan.js';
import { registeredIn } from './population.js';

const TIMINGS: readonly Timing[] = ['only2022', 'across', 'in2023'];

/** Jeunes in contact (with events) per year: a scheme's holder is in contact while it runs. */
export type Contacted = Record<number, ReadonlySet<Jeune>>;

export function buildSchemes(
  rng: Rng,
  jeunes: readonly Jeune[],
  situations: readonly Situation[],
  contacted: Contacted,
  cejActive: Record<number, ReadonlySet<Jeune>>,
  schemes: Scheme[],
): void {
  const holders = new Map<SchemeKind, Set<Jeune>>();
  const add = (jeune: Jeune, kind: SchemeKind, period: { start: Day; end: Day }) => {
    schemes.push({ jeune, kind, ...period, statusAtYearEnd: new Map() });
    if (!holders.has(kind)) holders.set(kind, new Set());
    holders.get(kind)!.add(jeune);
  };
  const isHolder = (kind: SchemeKind, jeune: Jeune) => holders.get(kind)?.has(jeune) ?? false;
  const years = (timing: Timing) => (timing === 'only2022' ? [2022] : timing === 'in2023' ? [2023] : [2022, 2023]);
  const contactedFor = (timing: Timing) => (jeune: Jeune) => years(timing).every((year) => contacted[year]!.has(jeune));
  const outsideCej = (timing: Timing) => (jeune: Jeune) => years(timing).every((year) => !cejActive[year]!.has(jeune));

  const simple = (kind: SchemeKind, plan: SchemePlan, extra: (timing: Timing) => (jeune: Jeune) => boolean = () => () => true) => {
    for (const timing of TIMINGS) {
      const pool = jeunes.filter(
        (jeune) => !isHolder(kind, jeune) && contactedFor(timing)(jeune) && extra(timing)(jeune) && canPlace(timingWindow(jeune, timing, plan.days)),
      );
      for (const jeune of rng.sample(pool, plan.counts[timing])) add(jeune, kind, place(rng, timingWindow(jeune, timing, plan.days)));
    }
  };

  simple('PACEA', PACEA, outsideCej);
  simple('Justice', JUSTICE);
  simple('Suivi renforcé TH', SUIVI_TH);
  simple('Coaching', COACHING);

  // PPAE: the 2023 entries include a quota of jeunes first received in 2023.
  const ppae2023 = PPAE.counts.in2023;
  simple('PPAE', { ...PPAE, counts: { ...PPAE.counts, in2023: 0 } });
  for (const [count, registered] of [
    [PPAE_REGISTERED_2023, true],
    [ppae2023 - PPAE_REGISTERED_2023, false],
  ] as const) {
    const pool = jeunes.filter((jeune) => !isHolder('PPAE', jeune) && contacted[2023]!.has(jeune) && registeredIn(jeune, 2023) === registered);
    for (const jeune of rng.sample(pool, count)) add(jeune, 'PPAE', place(rng, timingWindow(jeune, 'in2023', PPAE.days)));
  }

  // Parrainage: in 2023, a quota of entrants find a job, a work-study contract or a training after
  // entry; the others have none starting in 2023 at all.
  simple('Parrainage', { ...PARRAINAGE, counts: { ...PARRAINAGE.counts, in2023: 0 } });
  const lastSolutionStart = new Map<Jeune, Day>();
  for (const situation of situations) {
    if (!['Emploi', 'Alternance', 'Formation'].includes(situation.type) || !startedIn(situation, 2023)) continue;
    lastSolutionStart.set(situation.jeune, Math.max(lastSolutionStart.get(situation.jeune) ?? 0, situation.start));
  }
  const parrainable = (jeune: Jeune) => !isHolder('Parrainage', jeune) && contacted[2023]!.has(jeune);
  const withSolution = rng.sample(
    jeunes.filter((jeune) => parrainable(jeune) && lastSolutionStart.has(jeune)),
    PARRAINAGE_SOLUTIONS_2023,
  );
  for (const jeune of withSolution) {
    const start = rng.int(Math.max(startOfYear(2023), jeune.firstReception), lastSolutionStart.get(jeune)!);
    add(jeune, 'Parrainage', { start, end: start + rng.int(...PARRAINAGE.days) });
  }
  const without = jeunes.filter((jeune) => parrainable(jeune) && !lastSolutionStart.has(jeune));
  for (const jeune of rng.sample(without, PARRAINAGE.counts.in2023 - PARRAINAGE_SOLUTIONS_2023)) {
    add(jeune, 'Parrainage', place(rng, timingWindow(jeune, 'in2023', PARRAINAGE.days)));
  }

  obligationDeFormation(rng, jeunes, situations, contacted, schemes);
}

// ---------------------------------------------------------------------------------------------
// Obligation de formation: 16- and 17-year-olds, until the 18th birthday. The birth date follows
// from the scheme's dates here (and is then fixed), so that ages and dates agree exactly.
// ---------------------------------------------------------------------------------------------

/** One way to hold the scheme: who may, and the dates drawn for a given jeune (or undefined). */
interface ObligationCase {
  count: number;
  years: readonly number[];
  draw: (rng: Rng, jeune: Jeune) => { birth: Day; start: Day; end: Day } | undefined;
}

/** `date` in [from, to], or undefined when empty. */
function between(rng: Rng, from: Day, to: Day): Day | undefined {
  return from <= to ? rng.int(from, to) : undefined;
}

/** Closes at the 18th birthday, in `year`, two months after entry at least; entered in `entryYear` (or before, down to 2021). */
function closing(year: number, entryYear: number) {
  return (rng: Rng, jeune: Jeune) => {
    const reception = jeune.firstReception;
    // 16th birthday on or before the first reception; the 18th in `year`, after the entry.
    const b18 = between(rng, Math.max(startOfYear(year), reception + 90), Math.min(endOfYear(year), addYears(reception, 2)));
    if (b18 === undefined) return undefined;
    const entryFrom = Math.max(reception, entryYear === 2023 ? startOfYear(2023) : day(2021, 1, 1));
    const entryTo = Math.min(b18 - 60, endOfYear(entryYear));
    const start = between(rng, entryFrom, entryTo);
    return start === undefined ? undefined : { birth: addYears(b18, -18), start, end: b18 };
  };
}

/** Still open at 31/12/2023: 16 or 17 then, 16 at least at the end of every year present. */
function open(entryYear: number) {
  return (rng: Rng, jeune: Jeune) => {
    const reception = jeune.firstReception;
    const latestB16 = jeune.years.has(2022) ? endOfYear(2022) : endOfYear(2023);
    const b16 = between(rng, day(2022, 1, 1), Math.min(reception, latestB16));
    if (b16 === undefined) return undefined;
    const start = between(rng, Math.max(reception, startOfYear(entryYear)), endOfYear(entryYear));
    return start === undefined ? undefined : { birth: addYears(b16, -16), start, end: addYears(b16, 2) };
  };
}

function obligationDeFormation(rng: Rng, jeunes: readonly Jeune[], situations: readonly Situation[], contacted: Contacted, schemes: Scheme[]): void {
  const plan = OBLIGATION_FORMATION;
  // Not among the 2023 job holders: the report's job figures deal their ages apart.
  const employed2023 = new Set(situations.filter((item) => item.type === 'Emploi' && activeIn(item, 2023)).map((item) => item.jeune));
  const cases: ObligationCase[] = [
    { count: plan.only2022, years: [2022], draw: closing(2022, 2022) },
    { count: plan.acrossClosed2023, years: [2022, 2023], draw: closing(2023, 2022) },
    { count: plan.acrossOpen, years: [2022, 2023], draw: open(2022) },
    { count: plan.in2023Closed, years: [2023], draw: closing(2023, 2023) },
    { count: plan.in2023Open, years: [2023], draw: open(2023) },
  ];
  const created: Scheme[] = [];
  for (const item of cases) {
    const pool = rng.shuffle(
      jeunes.filter((jeune) => !jeune.birthFixed && !employed2023.has(jeune) && item.years.every((year) => contacted[year]!.has(jeune))),
    );
    let dealt = 0;
    for (const jeune of pool) {
      if (dealt === item.count) break;
      const dates = item.draw(rng, jeune);
      if (!dates || !validBirth(dates.birth, jeune, dates.start)) continue;
      const scheme: Scheme = { jeune, kind: 'Obligation de formation', start: dates.start, end: dates.end, statusAtYearEnd: new Map() };
      if (!item.years.every((year) => activeIn(scheme, year))) continue;
      jeune.birth = dates.birth;
      jeune.birthFixed = true;
      schemes.push(scheme);
      created.push(scheme);
      dealt++;
    }
    if (dealt < item.count) throw new Error(`Obligation de formation: ${dealt} of ${item.count} placed`);
  }
  // Status at 31/12 of each year the scheme is still open then.
  for (const year of [2022, 2023]) {
    const openAtEnd = created.filter((scheme) => scheme.start <= endOfYear(year) && scheme.end > endOfYear(year));
    const notCompliant = year === 2022 ? plan.notCompliant2022 : 0;
    deal(rng, openAtEnd, flags(openAtEnd.length, notCompliant), (scheme, bad) => {
      scheme.statusAtYearEnd.set(year, bad ? 'Non en règle' : 'En règle');
    });
  }
}

/** 16 to 25 at the first reception, 16 or more at the entry and at the end of each year present. */
function validBirth(birth: Day, jeune: Jeune, start: Day): boolean {
  const atReception = fullYears(birth, jeune.firstReception);
  if (atReception < 16 || atReception > 25 || fullYears(birth, start) < 16) return false;
  return [...jeune.years].every((year) => fullYears(birth, endOfYear(year)) >= 16);
}
