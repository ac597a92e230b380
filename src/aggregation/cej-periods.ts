import { Rows, type TableRow } from '../dataset/rows.js';
import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif } from '../schemas/ml/dispositifs.js';
import type { PersonNumbers } from './person-numbers.js';

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
    const id = rows.table.codesOf(idColumn);
    const [startDays, startCodes] = [daysOf(rows, startColumn), rows.table.codesOf(startColumn)];
    const [endDays, endCodes] = endColumn === undefined ? [startDays, startCodes] : [daysOf(rows, endColumn), rows.table.codesOf(endColumn)];
    const { first, starts, ends } = this;
    const test: RowTest = { numberOf: this.numbers.ofColumn(rows.table, idColumn), id, startDays, startCodes, endDays, endCodes, first, starts, ends };
    const { indexes, length } = rows;
    // Counted now, collected only if read: the contacts are mostly counted, and their indexes
    // (9,5 million at the national volume) would be megabytes of fresh memory.
    const n = rowsInPeriods(test, indexes, length);
    if (n === length) return rows;
    const collect = () => {
      const kept = new Uint32Array(n);
      rowsInPeriods(test, indexes, length, kept);
      return kept;
    };
    return new Rows(rows.table, undefined, { length: n, collect });
  }
}

/** What `within` tests a row with: its person's number and dates, by code, and the periods (see `SchemePeriods`). */
interface RowTest {
  numberOf: Int32Array;
  id: ArrayLike<number>;
  startDays: Int32Array;
  startCodes: ArrayLike<number>;
  endDays: Int32Array;
  endCodes: ArrayLike<number>;
  first: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * How many rows have a person with a period overlapping the row's dates, their indexes written
 * into `kept` if given. Plain loops: a row costs a few array reads, not a call.
 */
function rowsInPeriods(test: RowTest, indexes: Uint32Array | undefined, length: number, kept?: Uint32Array): number {
  const { numberOf, id, startDays, startCodes, endDays, endCodes, first, starts, ends } = test;
  const people = first.length - 1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const index = indexes === undefined ? i : indexes[i]!;
    // A person numbered after the periods were made has none.
    const number = numberOf[id[index]!]!;
    if (number >= people) continue;
    const last = first[number + 1]!;
    let k = first[number]!;
    if (k === last) continue;
    const start = startDays[startCodes[index]!]!;
    const end = endDays[endCodes[index]!]!;
    while (k < last && (start > ends[k]! || end < starts[k]!)) k++;
    if (k === last) continue;
    if (kept !== undefined) kept[n] = index;
    n++;
  }
  return n;
}
