/**
 * The Mission Locale simulation, 2022 and 2023: one population of jeunes, each year's exports a
 * filter on it. Its own seeded PRNG, so the PLIE fixtures do not move when this part changes.
 *
 * Order matters, each layer being dealt on the sets the previous ones define:
 *  1. jeunes, their first reception and the years they appear in (population.ts);
 *  2. CEJ/GJ periods (cej.ts);
 *  3. situations, overlapping the CEJ/GJ periods where the report counts them (situations.ts);
 *  4. per year, the jeunes in contact: all but a few who only have a situation running;
 *  5. the other schemes, held by jeunes in contact (schemes.ts);
 *  6. sex, age, level, commune on the sets above (attributes.ts);
 *  7. per year, the jeunes accompanied, then events, proposals and aids.
 */
import type { Rng } from '../random.js';
import { buildAids } from './aids.js';
import { assignAttributes } from './attributes.js';
import { buildCej, cejActive, cejPeriodsIn, type CejRoles } from './cej.js';
import { buildEvents } from './events.js';
import type { Jeune, MissionLocale, Period, Scheme, Situation } from './model.js';
import { activeIn, startedIn } from './periods.js';
import { AIDS, EVENTS, PROPOSALS } from './plan.js';
import { buildJeunes, registeredIn } from './population.js';
import { buildProposals } from './proposals.js';
import { buildSchemes } from './schemes.js';
import { buildSituations } from './situations.js';

export const ML_YEARS = [2022, 2023] as const;

export function buildMissionLocale(rng: Rng): MissionLocale {
  const jeunes = buildJeunes(rng);
  const schemes: Scheme[] = [];
  const cej = buildCej(rng, jeunes, schemes);
  const situations = buildSituations(rng, jeunes, cej);
  const cejByYear: Record<number, Set<Jeune>> = {};
  const contacted: Record<number, Set<Jeune>> = {};
  for (const year of ML_YEARS) {
    cejByYear[year] = cejActive(cej, year);
    contacted[year] = chooseContacted(rng, jeunes, situations, cejByYear[year]!, year);
  }
  buildSchemes(rng, jeunes, situations, contacted, cejByYear, schemes);

  const activeOwners = (type: string) => new Set(situations.filter((item) => item.type === type && activeIn(item, 2023)).map((item) => item.jeune));
  assignAttributes(rng, jeunes, {
    employed: activeOwners('Emploi'),
    training: activeOwners('Formation'),
    cejEntrants: cej.entrants2023,
    belowBacForced: new Set(schemes.filter((scheme) => scheme.kind === 'Obligation de formation').map((scheme) => scheme.jeune)),
  });

  const ml: MissionLocale = { jeunes, schemes, situations, events: [], proposals: [], aids: [] };
  for (const year of ML_YEARS) simulateYear(rng, ml, cej, cejByYear[year]!, contacted[year]!, year);
  return ml;
}

/**
 * The jeunes of the year in contact: everyone but a few, not new, not in a CEJ/GJ, whose only
 * activity is a situation running in the year.
 */
function chooseContacted(rng: Rng, jeunes: readonly Jeune[], situations: readonly Situation[], cej: ReadonlySet<Jeune>, year: number): Set<Jeune> {
  const present = jeunes.filter((jeune) => jeune.years.has(year));
  const withSituation = new Set(situations.filter((item) => activeIn(item, year)).map((item) => item.jeune));
  const eligible = present.filter((jeune) => !registeredIn(jeune, year) && !cej.has(jeune) && withSituation.has(jeune));
  const quiet = new Set(rng.sample(eligible, present.length - EVENTS[year]!.contacted));
  return new Set(present.filter((jeune) => !quiet.has(jeune)));
}

function simulateYear(rng: Rng, ml: MissionLocale, cej: CejRoles, cejJeunes: ReadonlySet<Jeune>, contactedSet: ReadonlySet<Jeune>, year: number): void {
  const contacted = ml.jeunes.filter((jeune) => contactedSet.has(jeune));
  const activeSchemes = (kind: string) => ml.schemes.filter((scheme) => scheme.kind === kind && activeIn(scheme, year));
  const coaching = activeSchemes('Coaching');

  // Accompanied: every CEJ/GJ jeune and coached jeune, then others in contact.
  const accompanied = new Set<Jeune>([...cejJeunes, ...coaching.map((scheme) => scheme.jeune)]);
  const others = rng.shuffle(contacted.filter((jeune) => !accompanied.has(jeune)));
  for (const jeune of others.slice(0, EVENTS[year]!.accompanied - accompanied.size)) accompanied.add(jeune);

  const cejPeriods = new Map<Jeune, Period[]>();
  for (const jeune of cejJeunes) cejPeriods.set(jeune, cejPeriodsIn(cej, jeune, year));

  ml.events.push(...buildEvents(rng, EVENTS[year]!, { year, contacted, accompanied, cejPeriods, coaching }));

  const leftAbroad = ml.situations
    .filter((item) => item.type === 'Mobilité internationale' && startedIn(item, year) && contactedSet.has(item.jeune))
    .map((item) => item.jeune);
  ml.proposals.push(...buildProposals(rng, year, PROPOSALS[year]!, contacted, accompanied, leftAbroad));

  const trainees = [
    ...new Set(ml.situations.filter((item) => item.type === 'Formation' && activeIn(item, year) && contactedSet.has(item.jeune)).map((item) => item.jeune)),
  ];
  ml.aids.push(...buildAids(rng, AIDS[year]!, { year, contacted, cejPeriods, pacea: activeSchemes('PACEA'), trainees }));
}
