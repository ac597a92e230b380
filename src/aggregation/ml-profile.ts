import type { Config } from '../config/schema.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { Cell, Measure } from '../measure/measure.js';
import { QUALIFICATION_LEVELS } from '../schemas/person.js';
import type { Jeune } from '../schemas/ml/jeunes.js';
import { ageAtYearEnd } from './ml-periods.js';

/** A breakdown as the page prints it (`cells`) and every label's count, zeros included (to look a previous year's up by label). */
export interface Breakdown {
  cells: Cell[];
  counts: Record<string, number>;
}

/** The public's profile: the figures a Mission Locale's annual report shows, each with its evolution. */
export interface Profile {
  byAgeBand: Breakdown;
  byQualification: Breakdown;
  rqthShare: number | null;
  /** Undefined when jeunes.csv says nothing of the ZRR (no column, or every cell empty). */
  zrrShare: number | undefined | null;
}

/** The labels of the age bands from their first ages: [16, 18, 22, 26] → 16-17 ans, 18-21 ans, 22-25 ans, 26 ans et plus. */
export function ageBandLabels(bands: readonly number[]): string[] {
  return bands.map((from, i) => (i === bands.length - 1 ? `${from} ans et plus` : `${from}-${bands[i + 1]! - 1} ans`));
}

/** Each configuration's band labels, the last one « Moins de 16 ans »: `ageBandOf` runs for each of a million jeunes. */
const bandLabels = new WeakMap<readonly number[], readonly string[]>();

/** The band of an age; before the first band, « Moins de 16 ans ». */
export function ageBandOf(age: number, bands: readonly number[]): string {
  let labels = bandLabels.get(bands);
  if (labels === undefined) bandLabels.set(bands, (labels = [...ageBandLabels(bands), `Moins de ${bands[0]} ans`]));
  for (let i = bands.length - 1; i >= 0; i--) if (age >= bands[i]!) return labels[i]!;
  return labels[bands.length]!;
}

/** The qualification levels as the page names them. */
const LEVEL_NAMES: Record<string, string> = { 'Infra 3': 'Infra 3 (sans diplôme)', '3': '3 (CAP, BEP)', '4': '4 (Bac)' };
/** Each level's name, made once: a breakdown then counts the same string for every jeune of a level, not a new one each. */
const levelNames = new Map<string, string>();
export function levelName(level: string): string {
  let name = levelNames.get(level);
  if (name === undefined) levelNames.set(level, (name = `Niveau ${LEVEL_NAMES[level] ?? level}`));
  return name;
}

const breakdown = (cells: Cell[], all: readonly string[]): Breakdown => ({
  cells,
  counts: Object.fromEntries(all.map((label) => [label, cells.find((c) => c.label === label)?.count ?? 0])),
});

/**
 * Declares the profile of `people` (the jeunes accompanied the page prints), `who` naming them in
 * the definitions. Ages are full years on 31/12 of the year.
 */
export function measureProfile(m: Measure, people: ExportRows<Jeune>, who: string, config: Config): Profile {
  const whom = who.charAt(0).toLowerCase() + who.slice(1);
  const bands = config.ml.ageBands;
  const under = `Moins de ${bands[0]} ans`;
  const ageLabels = [under, ...ageBandLabels(bands)];
  const ages = m.countBy(
    {
      key: 'ml.public.byAgeBand',
      label: 'Jeunes accompagnés par tranche d’âge',
      unit: 'people',
      history: true,
      definition: `${who} par tranche d’âge, l’âge en années révolues au 31/12 de l’année (tranches : réglage ml.ageBands de la configuration).`,
    },
    people,
    (j) => ageBandOf(ageAtYearEnd(j, m.year), bands),
    { order: ageLabels, shape: (cells) => cells.filter((c) => c.label !== under || c.count > 0) },
  );
  const levels = m.countBy(
    {
      key: 'ml.public.byQualification',
      label: 'Jeunes accompagnés par niveau de qualification',
      unit: 'people',
      history: true,
      definition: `${who} par niveau de qualification (nomenclature nationale de 2019 : infra 3, 3 = CAP/BEP, 4 = Bac, 5 à 8).`,
    },
    people,
    (j) => levelName(j.niveau_qualification),
    { order: QUALIFICATION_LEVELS.map(levelName), shape: (cells) => cells.filter((c, i) => i < 4 || c.count > 0) },
  );
  const rqthShare = m.rate(
    {
      key: 'ml.public.rqthShare',
      label: 'Part des jeunes accompagnés reconnus travailleurs handicapés',
      unit: 'rate',
      history: true,
      definition: `${who} dont la RQTH est renseignée (numérateur) / ${whom} (dénominateur).`,
    },
    people.filter((j) => j.rqth),
    people,
  );
  // The column is optional: without it (or with every cell empty) the share would be a guess.
  const known = people.filter((j) => j.zrr !== undefined);
  const zrrShare =
    known.length === 0
      ? undefined
      : m.rate(
          {
            key: 'ml.public.zrrShare',
            label: 'Part des jeunes accompagnés résidant en ZRR',
            unit: 'rate',
            history: true,
            definition:
              `${who} résidant en zone de revitalisation rurale (numérateur) / ${whom} dont la colonne zrr ` +
              'de jeunes.csv dit Oui ou Non (dénominateur). Non déclaré quand l’export n’a pas cette colonne.',
          },
          known.filter((j) => j.zrr === true),
          known,
        );
  return {
    byAgeBand: breakdown(ages, ageLabels),
    byQualification: breakdown(levels, QUALIFICATION_LEVELS.map(levelName)),
    rqthShare,
    zrrShare,
  };
}
