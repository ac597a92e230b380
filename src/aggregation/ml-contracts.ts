import type { Config } from '../config/schema.js';
import type { Situation } from '../schemas/ml/situations.js';
import { yearEnd, type IsoDate } from '../schemas/dates.js';
import { normalizeKey } from '../text/fold.js';

type DurableRule = Config['ml']['durableEmployment'];

/**
 * The last day of a contract of `months` months started on `start`: the day before the same day
 * `months` later (01/03 → 31/08 for 6 months; a day the month lacks is its last: 31/08 → 28/02).
 */
export function lastDayAfterMonths(start: IsoDate, months: number): IsoDate {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const index = month - 1 + months;
  const [y, m] = [year + Math.floor(index / 12), index % 12];
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, lastOfMonth)) - 86_400_000).toISOString().slice(0, 10);
}

/** Each start's last day, by length in months: a year's jobs start on a few hundred distinct days. */
const lastDays = new Map<number, Map<IsoDate, IsoDate>>();
const lastDayOf = (start: IsoDate, months: number): IsoDate => {
  let byStart = lastDays.get(months);
  if (byStart === undefined) lastDays.set(months, (byStart = new Map()));
  let last = byStart.get(start);
  if (last === undefined) {
    last = lastDayAfterMonths(start, months);
    if (byStart.size < 10_000) byStart.set(start, last);
  }
  return last;
};

/** Sub-types folded once each: `isDurable` runs on every job of the year. */
const folded = new Map<string, string>();
const fold = (text: string): string => {
  let key = folded.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (folded.size < 10_000) folded.set(text, key);
  }
  return key;
};

/** Whether a sub-type is one of the listed ones (case, accents and punctuation folded). */
const among = (subtype: string | undefined, listed: readonly string[]): boolean => {
  if (subtype === undefined) return false;
  const key = fold(subtype);
  return listed.some((l) => fold(l) === key);
};

/**
 * A durable job (the national definition): a permanent contract, or a fixed-term one of
 * `minMonths` or more, its last day included. A fixed-term contract without end date is still
 * running at the export: under `lastedAtYearEnd` it counts once it has lasted `minMonths` on 31/12
 * of the year, as it then has whatever its end; under `never` it does not count.
 */
export function isDurable(s: Situation, rule: DurableRule, year: number): boolean {
  if (among(s.sous_type, rule.permanentSubtypes)) return true;
  if (!among(s.sous_type, rule.fixedTermSubtypes)) return false;
  const lastDay = lastDayOf(s.date_debut, rule.minMonths);
  if (s.date_fin !== undefined) return s.date_fin >= lastDay;
  return rule.withoutEndDate === 'lastedAtYearEnd' && yearEnd(year) >= lastDay;
}

/** The rule in words, for the definitions: « CDI, ou CDD de 6 mois ou plus ». */
export function durableWords(rule: DurableRule): string {
  const quoted = (names: readonly string[]) => names.map((n) => `« ${n} »`).join(' ou ');
  const fixed = rule.fixedTermSubtypes.length === 0 ? '' : `, ou ${quoted(rule.fixedTermSubtypes)} de ${rule.minMonths} mois ou plus`;
  const open =
    rule.fixedTermSubtypes.length === 0
      ? ''
      : rule.withoutEndDate === 'lastedAtYearEnd'
        ? ` (sans date de fin : compté s’il a déjà duré ${rule.minMonths} mois au 31/12)`
        : ' (sans date de fin : non compté)';
  return `${quoted(rule.permanentSubtypes)}${fixed}${open}`;
}
