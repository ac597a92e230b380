import { Rows, type TableRow } from '../dataset/rows.js';
import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif } from '../schemas/ml/dispositifs.js';
import type { PersonNumbers } from './person-numbers.js';
import { borrowBytes, giveBackBytes } from '../dataset/scratch.js';

/** A date as a number in the same order (`2023-03-01` is 20230301), compared without strings; none: the end of time. */
const dayNumber = (date: IsoDate | undefined): number => (date === undefined ? 99991231 : +(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)));

/** Each code's day number of a date column: a row's date is two array reads. */
function daysOf<T extends TableRow>(rows: Rows<T>, column: keyof T & string): Int32Array {
  const dictionary = rows.table.distinctValues(column) as readonly (IsoDate | undefined)[];
  const days = new Int32Array(dictionary.length);
  for (let code = 0; code < dictionary.length; code++) days[code] = dayNumber(dictionary[code]);
  return days;
}

/**
 * Each person's periods in some schemes (the CEJ's), from their rows of `dispositifs.csv`, kept by
 * person number: the rows of another export find their person's periods in an array, not a map
 * (millions of events at the national volume).
 */
export class SchemePeriods {
  /**
   * Person `number`'s periods are those from `first[number]` to `first[number + 1]` (excluded) of
   * `starts` and `ends` (their entry and exit days, `dayNumber`): flat arrays rather than an object per
   * period (hundreds of thousands at the national volume, each for the collector to trace). A number
   * given after these rows is no scheme's.
   */
  private readonly first: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    private readonly numbers: PersonNumbers,
    rows: Rows<Dispositif>,
  ) {
    const numberOf = numbers.ofColumn(rows.table, 'identifiant_jeune');
    const id = rows.table.codesOf('identifiant_jeune');
    // Each distinct date's day number once, not each row's.
    const [startDays, startCodes] = [daysOf(rows, 'date_entree'), rows.table.codesOf('date_entree')];
    const [endDays, endCodes] = [daysOf(rows, 'date_sortie'), rows.table.codesOf('date_sortie')];
    // Each person's periods counted, then placed in the rows' order after those of the people numbered before.
    const first = new Int32Array(numbers.size + 1);
    rows.eachIndex((index) => first[numberOf[id[index]!]! + 1]!++);
    for (let number = 0; number < numbers.size; number++) first[number + 1]! += first[number]!;
    const next = first.slice(0, numbers.size);
    this.starts = new Int32Array(rows.length);
    this.ends = new Int32Array(rows.length);
    rows.eachIndex((index) => {
      const at = next[numberOf[id[index]!]!]!++;
      this.starts[at] = startDays[startCodes[index]!]!;
      this.ends[at] = endDays[endCodes[index]!]!;
    });
    this.first = first;
  }

  /** The rows whose person has a period overlapping the row's own dates (`end` absent: the row is one day). */
  within<T extends TableRow, S extends keyof T & string>(rows: Rows<T>, idColumn: keyof T & string, startColumn: S, endColumn?: keyof T & string): Rows<T> {
    const numberOf = this.numbers.ofColumn(rows.table, idColumn);
    const { first, starts, ends } = this;
    const people = first.length - 1;
    const id = rows.table.codesOf(idColumn);
    const [startDays, startCodes] = [daysOf(rows, startColumn), rows.table.codesOf(startColumn)];
    const [endDays, endCodes] = endColumn === undefined ? [startDays, startCodes] : [daysOf(rows, endColumn), rows.table.codesOf(endColumn)];
    // Each row tested once into a byte (borrowed: 15 MB at the national volume), then the kept indexes
    // collected into their exact room: growing them as found copied and zeroed tens of megabytes.
    // Plain loops: a row costs a few array reads, not a call.
    const { indexes, length } = rows;
    const keeps = borrowBytes(length);
    let n = 0;
    for (let i = 0; i < length; i++) {
      const index = indexes === undefined ? i : indexes[i]!;
      // A person numbered after these periods were made has none.
      const number = numberOf[id[index]!]!;
      if (number >= people) continue;
      const last = first[number + 1]!;
      let k = first[number]!;
      if (k === last) continue;
      const start = startDays[startCodes[index]!]!;
      const end = endDays[endCodes[index]!]!;
      while (k < last && (start > ends[k]! || end < starts[k]!)) k++;
      if (k === last) continue;
      keeps[i] = 1;
      n++;
    }
    if (n === length) {
      giveBackBytes(keeps);
      return rows;
    }
    const kept = new Uint32Array(n);
    n = 0;
    for (let i = 0; i < length; i++) if (keeps[i] === 1) kept[n++] = indexes === undefined ? i : indexes[i]!;
    giveBackBytes(keeps);
    return new Rows(rows.table, kept);
  }
}
