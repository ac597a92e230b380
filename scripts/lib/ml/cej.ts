/**
 * CEJ (contrat d'engagement jeune) and Garantie Jeunes periods, the intensive support schemes.
 *
 * The Garantie Jeunes took entries until 28/02/2022, the CEJ from 01/03/2022. Each jeune has at
 * most one such period, except a few whose Garantie Jeunes ended early in 2023 and who entered
 * the CEJ later that year (a jeune in both counts once). Per year the figures follow CEJ_PLAN.
 */
import { day, endOfYear, startOfYear } from '../dates.js';
import type { Rng } from '../random.js';
import type { Jeune, Period, Scheme, SchemeKind } from './model.js';
import { activeIn, canPlace, place, type Window } from './periods.js';
import { CEJ_PLAN } from './plan.js';

const CEJ_START = day(2022, 3, 1);
const LAST_GJ_ENTRY = day(2022, 2, 28);
const CEJ_DAYS = [120, 450] as const;

export interface CejRoles {
  /** The CEJ/GJ periods of each jeune that has one. */
  periods: Map<Jeune, Scheme[]>;
  entrants2023: Set<Jeune>;
  continuing2023: Set<Jeune>;
}

/** Jeunes with a CEJ/GJ period active in the year. */
export function cejActive(roles: CejRoles, year: number): Set<Jeune> {
  const active = new Set<Jeune>();
  for (const [jeune, periods] of roles.periods) if (periods.some((period) => activeIn(period, year))) active.add(jeune);
  return active;
}

export function cejPeriodsIn(roles: CejRoles, jeune: Jeune, year: number): Scheme[] {
  return (roles.periods.get(jeune) ?? []).filter((period) => activeIn(period, year));
}

export function buildCej(rng: Rng, jeunes: readonly Jeune[], schemes: Scheme[]): CejRoles {
  const roles: CejRoles = { periods: new Map(), entrants2023: new Set(), continuing2023: new Set() };
  const taken = new Set<Jeune>();
  const add = (jeune: Jeune, period: Period): Scheme => {
    const kind: SchemeKind = period.start >= CEJ_START ? 'CEJ' : 'Garantie Jeunes';
    const scheme: Scheme = { jeune, kind, ...period, statusAtYearEnd: new Map() };
    schemes.push(scheme);
    roles.periods.set(jeune, [...(roles.periods.get(jeune) ?? []), scheme]);
    taken.add(jeune);
    return scheme;
  };
  /** `count` jeunes not yet in a CEJ/GJ, matching `eligible`, each with the window `windowOf` gives. */
  const draw = (count: number, eligible: (jeune: Jeune) => boolean, windowOf: (jeune: Jeune) => Window): Jeune[] => {
    const pool = jeunes.filter((jeune) => !taken.has(jeune) && eligible(jeune) && canPlace(windowOf(jeune)));
    const chosen = rng.sample(pool, count);
    for (const jeune of chosen) add(jeune, place(rng, windowOf(jeune)));
    return chosen;
  };
  const both = (jeune: Jeune) => jeune.years.has(2022) && jeune.years.has(2023);
  const plan = CEJ_PLAN;

  // 2023 entrants. A few come out of a Garantie Jeunes that ran into 2023.
  const gjWindow = (jeune: Jeune): Window => ({
    from: Math.max(jeune.firstReception, startOfYear(2022)),
    to: LAST_GJ_ENTRY,
    endFrom: startOfYear(2023),
    endTo: day(2023, 4, 30),
    days: [306, 480],
  });
  const afterGj = draw(plan.entrants2023.afterGarantieJeunes, (jeune) => both(jeune) && jeune.cohort === 'earlier', gjWindow);
  for (const jeune of afterGj) {
    const gjEnd = roles.periods.get(jeune)![0]!.end;
    add(jeune, place(rng, { from: gjEnd + 30, to: endOfYear(2023), days: CEJ_DAYS }));
  }
  const newcomers = draw(
    plan.entrants2023.registeredInYear,
    (jeune) => jeune.cohort === 'new2023',
    (jeune) => ({
      from: jeune.firstReception,
      to: Math.min(jeune.firstReception + 45, endOfYear(2023)),
      days: CEJ_DAYS,
    }),
  );
  const others = draw(
    plan.entrants2023.others - plan.entrants2023.afterGarantieJeunes,
    (jeune) => jeune.years.has(2023) && jeune.cohort !== 'new2023',
    (jeune) => ({ from: Math.max(jeune.firstReception, startOfYear(2023)), to: endOfYear(2023), days: CEJ_DAYS }),
  );
  for (const jeune of [...afterGj, ...newcomers, ...others]) roles.entrants2023.add(jeune);

  // Continuing from 2022.
  const continuingGj = draw(
    plan.continuing2023.garantieJeunes,
    (jeune) => both(jeune) && jeune.cohort === 'earlier',
    (jeune) => ({
      from: Math.max(jeune.firstReception, startOfYear(2022)),
      to: LAST_GJ_ENTRY,
      endFrom: startOfYear(2023),
      days: [306, 540],
    }),
  );
  const continuingCej = draw(plan.continuing2023.cej, both, (jeune) => ({
    from: Math.max(jeune.firstReception, CEJ_START),
    to: endOfYear(2022),
    endFrom: startOfYear(2023),
    days: [120, 540],
  }));
  for (const jeune of [...continuingGj, ...continuingCej]) roles.continuing2023.add(jeune);

  // Periods over by the end of 2022.
  const in2022 = (jeune: Jeune) => jeune.years.has(2022);
  draw(plan.ended2022.garantieJeunes2021, in2022, (jeune) => ({
    from: Math.max(jeune.firstReception, startOfYear(2021)),
    to: endOfYear(2021),
    endFrom: startOfYear(2022),
    endTo: endOfYear(2022),
    days: [180, 540],
  }));
  draw(plan.ended2022.garantieJeunes2022, in2022, (jeune) => ({
    from: Math.max(jeune.firstReception, startOfYear(2022)),
    to: LAST_GJ_ENTRY,
    endTo: endOfYear(2022),
    days: [120, 330],
  }));
  draw(plan.ended2022.cej, in2022, (jeune) => ({
    from: Math.max(jeune.firstReception, CEJ_START),
    to: endOfYear(2022),
    endTo: endOfYear(2022),
    days: [60, 300],
  }));
  return roles;
}
