import type { Config } from '../config/schema.js';
import { OUTSIDE_TERRITORY } from '../config/territory.js';
import type { IndicatorsJson } from '../measure/indicator.js';
import { COMMUNE_KEYS } from '../sections/commune-keys.js';
import { formatNumber } from './format.js';
import { normalizeKey } from '../text/fold.js';

/** A by-commune figure the commune pages print, under its offer. */
interface CommuneFigure {
  key: string;
  offer: 'ml' | 'plie' | 'mde';
  /** What the page says the people are (the figure's label names « par commune »). */
  label: string;
  /** An amount (hours) rather than people: hidden where the count of the people it is about is hidden. */
  peopleOf?: string;
}

const FIGURES: readonly CommuneFigure[] = [
  { key: COMMUNE_KEYS.clausePeople, offer: 'mde', label: 'Personnes en clause d’insertion' },
  { key: COMMUNE_KEYS.clauseHours, offer: 'mde', label: 'Heures d’insertion', peopleOf: COMMUNE_KEYS.clausePeople },
  { key: COMMUNE_KEYS.mobilityPeople, offer: 'mde', label: 'Personnes aidées (mobilité)' },
  { key: COMMUNE_KEYS.plieParticipants, offer: 'plie', label: 'Participants en parcours' },
  { key: COMMUNE_KEYS.plieEntries, offer: 'plie', label: 'Nouvelles entrées' },
  { key: COMMUNE_KEYS.plieExits, offer: 'plie', label: 'Sorties positives' },
  { key: COMMUNE_KEYS.mlYoung, offer: 'ml', label: 'Jeunes accompagnés' },
  { key: COMMUNE_KEYS.mlNewRegistrations, offer: 'ml', label: 'Nouvelles inscriptions' },
];

const OFFER_TITLES: Readonly<Record<CommuneFigure['offer'], string>> = {
  ml: 'Mission Locale',
  plie: 'Plan Local pour l’Insertion et l’Emploi',
  mde: 'Maison de l’Emploi',
};

/** One figure of one commune: what the page prints, small counts hidden with everything that would give them away. */
export interface CommuneCell {
  key: string;
  label: string;
  /** The count itself: for the tests and the totals, never printed when small. */
  count: number;
  /** `12`, `< 5` for a small count, `s` for the count hidden with a lone small one (see `masked`). */
  shown: string;
  /** Hidden: a small count, or the one hidden with it. */
  small: boolean;
  /** The commune's share of the figure's total (communes of the territory and outside row); null when hidden. */
  share: number | null;
  /** The nearest previous year's count, when the figure was measured on it. */
  previous?: { year: number; shown: string };
  /** `+3`, `−2`, `=`; null when either year's count is hidden (the difference would give it away) or no year is read. */
  change: string | null;
}

export interface CommunePage {
  insee: string | undefined;
  name: string;
  /** The PDF's name under `communes/`: lower case, no accents, words joined by hyphens. */
  slug: string;
  offers: { offer: CommuneFigure['offer']; title: string; cells: CommuneCell[] }[];
}

export interface CommunesModel {
  year: number;
  /** Counts under it show as « < threshold ». */
  threshold: number;
  /** The figures printed, in the comparison table's column order. */
  figures: { key: string; label: string; offer: string; total: string }[];
  /** One page per commune of the territory, in the configured order. */
  pages: CommunePage[];
  /** The comparison table's rows: every commune, then the outside-the-territory row. */
  rows: { name: string; cells: CommuneCell[] }[];
}

/** `Villeneuve-d'Ascq` → `villeneuve-d-ascq`, `Marcq-en-Barœul` → `marcq-en-baroeul`. */
export const communeSlug = (name: string): string => normalizeKey(name).replace(/_/g, '-');

/** A count hidden so that a small one cannot be worked out from the total and the others. */
export const SECRET = 's';

/**
 * The rows whose count a figure's table hides: each small count, and, when only one is small, the
 * smallest other non-zero count too (the total, printed elsewhere in the report, minus the others
 * would give the small one away).
 */
function masked(names: readonly string[], given: Record<string, number>, isSmall: (n: number) => boolean): Set<string> {
  const count = (name: string) => given[name] ?? 0;
  const hide = new Set(names.filter((name) => isSmall(count(name))));
  if (hide.size === 1) {
    const next = names.filter((name) => !hide.has(name) && count(name) > 0).sort((a, b) => count(a) - count(b))[0];
    if (next !== undefined) hide.add(next);
  }
  return hide;
}

const counts = (value: unknown): Record<string, number> | undefined =>
  value !== null && typeof value === 'object' ? (value as Record<string, number>) : undefined;

/** `+3`, `−2`, `=`. */
const signed = (difference: number): string => (difference === 0 ? '=' : `${difference > 0 ? '+' : '−'}${formatNumber(Math.abs(difference))}`);

/**
 * The commune pages (fiches communales) from the computed indicators: for each by-commune figure
 * the report computed, each commune's count, its share of the figure's total and its change since
 * the nearest previous year (from the figure's history). Undefined when no such figure is computed.
 */
export function communesModel(indicators: IndicatorsJson, config: Config, year: number): CommunesModel | undefined {
  const threshold = config.communes.smallCount;
  const isSmall = (n: number) => n > 0 && n < threshold;
  const names = [...config.territory.communes.map((c) => c.name), OUTSIDE_TERRITORY];
  const hidden = (given: Record<string, number>) => masked(names, given, isSmall);
  const showCount = (n: number, hide: Set<string>, name: string) => (isSmall(n) ? `< ${threshold}` : hide.has(name) ? SECRET : formatNumber(n));
  const figures = FIGURES.flatMap((figure) => {
    const current = counts(indicators[figure.key]?.value);
    if (current === undefined) return [];
    const history = counts(indicators[`${figure.key}.history`]?.value) as Record<string, Record<string, number>> | undefined;
    const nearest = Object.keys(history ?? {})
      .map(Number)
      .filter((y) => y < year)
      .sort((a, b) => b - a)[0];
    const before = nearest === undefined ? undefined : (history![String(nearest)] ?? {});
    const previous = before === undefined ? undefined : { year: nearest!, counts: before, hidden: hidden(before) };
    const total = Object.values(current).reduce((sum, n) => sum + n, 0);
    return [{ ...figure, current, hidden: hidden(current), previous, total }];
  });
  // An amount is hidden with the people it is about, and shown as « s » (it is no count of people).
  for (const figure of figures) {
    const people = figures.find((f) => f.key === figure.peopleOf);
    if (people === undefined) continue;
    figure.hidden = people.hidden;
    if (figure.previous !== undefined) figure.previous.hidden = people.previous?.hidden ?? new Set(names);
  }
  if (figures.length === 0) return undefined;

  const cellsOf = (name: string): CommuneCell[] =>
    figures.map(({ key, label, current, hidden: hide, previous, total, peopleOf }) => {
      const show = (n: number, hidden: Set<string>) => (peopleOf === undefined ? showCount(n, hidden, name) : hidden.has(name) ? SECRET : formatNumber(n));
      const count = current[name] ?? 0;
      const small = hide.has(name);
      const before = previous === undefined ? undefined : (previous.counts[name] ?? 0);
      const comparable = before !== undefined && !small && !previous!.hidden.has(name);
      return {
        key,
        label,
        count,
        shown: show(count, hide),
        small,
        share: small || total === 0 ? null : count / total,
        ...(before !== undefined && { previous: { year: previous!.year, shown: show(before, previous!.hidden) } }),
        change: comparable ? signed(count - before) : null,
      };
    });

  const pages = config.territory.communes.map(({ insee, name }): CommunePage => {
    const cells = cellsOf(name);
    const offers = (['mde', 'plie', 'ml'] as const)
      .map((offer) => ({ offer, title: OFFER_TITLES[offer], cells: cells.filter((_, i) => figures[i]!.offer === offer) }))
      .filter((o) => o.cells.length > 0);
    return { insee, name, slug: communeSlug(name), offers };
  });
  return {
    year,
    threshold,
    figures: figures.map(({ key, label, offer, total }) => ({ key, label, offer: OFFER_TITLES[offer], total: formatNumber(total) })),
    pages,
    rows: names.map((name) => ({ name, cells: cellsOf(name) })),
  };
}
