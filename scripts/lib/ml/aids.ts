/**
 * Financial aids of one year: CEJ/GJ and PACEA allowances (one row per payment), FAJ applications
 * examined in committee, the Mission Locale's training and meal funds, and the Mission Locale's
 * share of the Maison de l'Emploi's mobility aid (fund `Mobilité MDE`, programme ML, jeunes only).
 * Beneficiaries and granted totals are exact; amounts are drawn, then fitted to the total to the
 * cent.
 */
import { day, endOfYear, startOfYear, type Day } from '../dates.js';
import type { Rng } from '../random.js';
import type { Aid, Decision, Fund, Jeune, Period, Scheme } from './model.js';
import { within, workingDay } from './periods.js';
import type { AidsPlan } from './plan.js';

export interface AidsContext {
  year: number;
  contacted: readonly Jeune[];
  cejPeriods: ReadonlyMap<Jeune, readonly Period[]>;
  pacea: readonly Scheme[];
  /** Jeunes in training this year, first in line for the training fund. */
  trainees: readonly Jeune[];
}

/** Full monthly CEJ/GJ allowance of an adult and of a minor, in cents (synthetic rates). */
const FULL_RATE: Record<number, number> = { 2022: 50_000, 2023: 52_800 };
const MINOR_RATE: Record<number, number> = { 2022: 20_100, 2023: 21_100 };
const SUFFIX_SHARE = 0.01;

export function buildAids(rng: Rng, plan: AidsPlan, context: AidsContext): Aid[] {
  const { year, contacted } = context;
  const aids: Aid[] = [];
  const row = (beneficiary: string, fund: Fund, date: Day, cents: number | undefined, decision: Decision): Aid => ({
    programme: 'ML',
    beneficiary,
    fund,
    date,
    cents,
    decision,
    euroSuffix: rng.chance(SUFFIX_SHARE),
  });
  const anyDay = (jeune: Jeune) => workingDay(rng, Math.max(startOfYear(year), jeune.firstReception), endOfYear(year));
  const granted = () => (rng.chance(0.8) ? 'Accordée' : '') as Decision;

  aids.push(...cejAllowance(rng, plan, context, row));
  aids.push(...paceaAllowance(rng, plan, context, row));

  // FAJ: granted applications (some jeunes twice), then refused or adjourned ones.
  const faj = plan.faj;
  const fajJeunes = rng.sample(contacted, faj.beneficiaries);
  const fajGranted = [...fajJeunes, ...rng.sample(fajJeunes, faj.grantedRows - faj.beneficiaries)];
  const fajAmounts = fitAmounts(
    rng,
    fajGranted.map(() => rng.int(80, 450) * 100),
    faj.euros * 100,
    3_000,
    100_000,
    100,
  );
  fajGranted.forEach((jeune, index) => aids.push(row(jeune.id, 'FAJ', anyDay(jeune), fajAmounts[index], 'Accordée')));
  for (let i = 0; i < faj.applications - faj.grantedRows; i++) {
    const jeune = rng.pick(contacted);
    aids.push(row(jeune.id, 'FAJ', anyDay(jeune), rng.chance(0.5) ? 0 : undefined, rng.chance(0.6) ? 'Refusée' : 'Ajournée'));
  }

  // Training fund (trainees first), meal fund.
  const funds = [
    {
      fund: 'Fonds ML formation' as const,
      plan: plan.training,
      pool: context.trainees.length >= plan.training.beneficiaries ? context.trainees : contacted,
      range: [150, 700] as const,
    },
    { fund: 'Fonds ML repas' as const, plan: plan.meals, pool: contacted, range: [30, 140] as const },
  ];
  for (const { fund, plan: fundPlan, pool, range } of funds) {
    const jeunes = rng.sample(pool, fundPlan.beneficiaries);
    const rows = [...jeunes, ...Array.from({ length: fundPlan.rows - jeunes.length }, () => rng.pick(jeunes))];
    const amounts = fitAmounts(
      rng,
      rows.map(() => rng.int(range[0], range[1]) * 100),
      fundPlan.euros * 100,
      1_000,
      150_000,
      100,
    );
    rows.forEach((jeune, index) => aids.push(row(jeune.id, fund, anyDay(jeune), amounts[index], granted())));
  }

  // The Mission Locale's share of the Maison de l'Emploi's mobility aid: every row goes to a jeune.
  // The first `outsiders` rows keep the draws they had when they went to people the Maison de
  // l'Emploi followed itself (same RNG consumption); the drawn number now picks, without a further
  // draw, a jeune of the year already received by that date.
  const mobility = plan.mobility;
  const mobilityAmounts = fitAmounts(
    rng,
    Array.from({ length: mobility.rows }, () => rng.int(12, 50) * 100),
    mobility.euros * 100,
    500,
    15_000,
    100,
  );
  for (let index = 0; index < mobility.rows; index++) {
    if (index < mobility.outsiders) {
      const drawn = rng.int(1200, 1999);
      const date = workingDay(rng, startOfYear(year), endOfYear(year));
      const received = contacted.filter((jeune) => jeune.firstReception <= date);
      const jeune = (received.length > 0 ? received : contacted)[drawn % (received.length > 0 ? received.length : contacted.length)]!;
      aids.push(row(jeune.id, 'Mobilité MDE', date, mobilityAmounts[index], granted()));
    } else {
      const jeune = rng.pick(contacted);
      aids.push(row(jeune.id, 'Mobilité MDE', anyDay(jeune), mobilityAmounts[index], granted()));
    }
  }
  return aids;
}

type Row = (beneficiary: string, fund: Fund, date: Day, cents: number | undefined, decision: Decision) => Aid;

/**
 * One payment a month, on the 28th, for each month the jeune is within a CEJ/GJ period that day:
 * most at the full rate, minors at theirs, the others reduced by their earnings (the part fitted
 * to the year's total).
 */
function cejAllowance(rng: Rng, plan: AidsPlan, context: AidsContext, row: Row): Aid[] {
  const { year, cejPeriods } = context;
  const paydays = (jeune: Jeune) => {
    const periods = cejPeriods.get(jeune)!;
    const dates: Day[] = [];
    for (let month = 1; month <= 12; month++) {
      const date = day(year, month, 28);
      if (periods.some((period) => within(date, period) && date >= period.start + 14)) dates.push(date);
    }
    return dates;
  };
  const eligible = [...cejPeriods.keys()].filter((jeune) => paydays(jeune).length > 0);
  const beneficiaries = rng.sample(eligible, plan.cejAllowance.beneficiaries);
  const payments: { jeune: Jeune; date: Day; cents: number; fitted: boolean }[] = [];
  for (const jeune of beneficiaries) {
    const status = rng.weighted([
      ['full', 50],
      ['minor', 7],
      ['reduced', 43],
    ] as const);
    for (const date of paydays(jeune)) {
      if (status === 'full') payments.push({ jeune, date, cents: FULL_RATE[year]!, fitted: false });
      else if (status === 'minor') payments.push({ jeune, date, cents: MINOR_RATE[year]!, fitted: false });
      else payments.push({ jeune, date, cents: rng.int(9_000, 48_000), fitted: true });
    }
  }
  const fixed = payments.filter((payment) => !payment.fitted).reduce((sum, payment) => sum + payment.cents, 0);
  const fitted = payments.filter((payment) => payment.fitted);
  const amounts = fitAmounts(
    rng,
    fitted.map((payment) => payment.cents),
    plan.cejAllowance.euros * 100 - fixed,
    2_000,
    FULL_RATE[year]! - 1,
    1,
  );
  fitted.forEach((payment, index) => (payment.cents = amounts[index]!));
  return payments.map((payment) => row(payment.jeune.id, 'Allocation CEJ/GJ', payment.date, payment.cents, ''));
}

/** One to three payments within the PACEA period of the year. */
function paceaAllowance(rng: Rng, plan: AidsPlan, context: AidsContext, row: Row): Aid[] {
  const { year } = context;
  const windows = context.pacea.map((scheme) => ({
    jeune: scheme.jeune,
    from: Math.max(scheme.start, startOfYear(year), scheme.jeune.firstReception),
    to: Math.min(scheme.end, endOfYear(year)),
  }));
  const chosen = rng.sample(windows, plan.paceaAllowance.beneficiaries);
  const payments = chosen.flatMap((window) =>
    Array.from(
      {
        length: rng.weighted([
          [1, 50],
          [2, 35],
          [3, 15],
        ] as const),
      },
      () => ({ jeune: window.jeune, date: workingDay(rng, window.from, window.to) }),
    ),
  );
  const amounts = fitAmounts(
    rng,
    payments.map(() => rng.int(150, 500) * 100),
    plan.paceaAllowance.euros * 100,
    5_000,
    FULL_RATE[year]!,
    100,
  );
  return payments.map((payment, index) => row(payment.jeune.id, 'Allocation PACEA', payment.date, amounts[index], ''));
}

/**
 * Scales drawn amounts to `total` (cents), in multiples of `step` within [min, max], then moves
 * the rounding residue onto random rows.
 */
export function fitAmounts(rng: Rng, drawn: readonly number[], total: number, min: number, max: number, step: number): number[] {
  if (total % step !== 0) throw new Error(`total ${total} is not a multiple of ${step}`);
  if (drawn.length * min > total || drawn.length * max < total) throw new Error(`cannot fit ${drawn.length} amounts to ${total}`);
  const sum = drawn.reduce((a, b) => a + b, 0);
  const clamp = (value: number) => Math.min(max - (max % step), Math.max(min + ((step - (min % step)) % step), value));
  const amounts = drawn.map((value) => clamp(Math.round((value * total) / sum / step) * step));
  let residue = total - amounts.reduce((a, b) => a + b, 0);
  for (let guard = 0; residue !== 0; guard++) {
    if (guard > 10_000_000) throw new Error('fitAmounts: no convergence');
    const index = rng.int(0, amounts.length - 1);
    const change = Math.sign(residue) * Math.min(Math.abs(residue), step * rng.int(1, 20));
    const next = clamp(amounts[index]! + change);
    residue -= next - amounts[index]!;
    amounts[index] = next;
  }
  return amounts;
}
