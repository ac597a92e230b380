/**
 * The Maison de l'Emploi rows of `situations.csv`, 2023: SIAE placements (one person each) and
 * temporary-work contracts (several per person), programme `MDE`, type `Emploi`, ids `MDE-P0123`.
 */
import { day, endOfYear, formatDay, startOfYear, type Day } from '../dates.js';
import { quotaList, type Rng } from '../random.js';
import { compareText, countsPerItem, ids, MDE_YEAR } from './common.js';

export const MDE_SITUATIONS = {
  siae: [
    ['ACI', 46],
    ['EI', 20],
    ['AI', 11],
    ['ETTI', 19],
  ] as const,
  interimPeople: 267,
  interimContracts: 694,
} as const;

/** Rows in the column order of situations.csv, sorted by person then start. */
export function buildMdeSituationRows(rng: Rng): string[][] {
  const year = MDE_YEAR;
  const siaeTypes = rng.shuffle(quotaList(MDE_SITUATIONS.siae));
  const personIds = rng.shuffle(ids(rng, 'MDE-P', siaeTypes.length + MDE_SITUATIONS.interimPeople, 999, 4));
  const items: { id: string; subType: string; start: Day; end: Day | undefined }[] = [];

  siaeTypes.forEach((subType, index) => {
    const start = startOfYear(year) + rng.int(0, 364);
    const end = start + rng.int(120, 720);
    items.push({ id: personIds[index]!, subType, start, end: end <= endOfYear(year) ? end : undefined });
  });

  const interim = personIds.slice(siaeTypes.length);
  countsPerItem(rng, interim.length, MDE_SITUATIONS.interimContracts, 8).forEach((count, index) => {
    // Contracts one after another: the year cut into `count` slices, one contract in each.
    const slice = Math.floor(365 / count);
    for (let k = 0; k < count; k++) {
      const start = startOfYear(year) + k * slice + rng.int(0, Math.floor(slice / 3));
      const end = Math.min(start + rng.int(0, Math.min(30, Math.floor(slice / 2))), day(year, 12, 31));
      items.push({ id: interim[index]!, subType: 'Intérim', start, end });
    }
  });

  items.sort((a, b) => compareText(a.id, b.id) || a.start - b.start);
  return items.map((item) => ['MDE', item.id, 'Emploi', item.subType, formatDay(item.start), item.end === undefined ? '' : formatDay(item.end), '', '', '']);
}
