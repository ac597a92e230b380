import { Rows, type TableRow } from '../dataset/rows.js';
import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif } from '../schemas/ml/dispositifs.js';
import type { PersonNumbers } from './person-numbers.js';

/** A jeune's time in a scheme: its period's entry and exit days (`dayNumber`; none: still in it, the end of time). */
interface Period {
  start: number;
  end: number;
}

/** A date as a number in the same order (`2023-03-01` is 20230301), compared without strings; none: the end of time. */
const dayNumber = (date: IsoDate | undefined): number => (date === undefined ? 99991231 : +(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)));

/** Each code's day number of a date column: a row's date is two array reads. */
function daysOf<T extends TableRow>(rows: Rows<T>, column: keyof T & string): Int32Array {
  const dictionary = rows.table.distinctValues(column) as readonly (IsoDate | undefined)[];
  const days = new Int32Array(dictionary.length);
  for (let code = 0; code < dictionary.length; code++) days[code] = dayNumber(dictionary[code]);
  return days;
}

function overlaps(start: number, end: number, periods: readonly Period[]): boolean {
  for (let k = 0; k < periods.length; k++) if (start <= periods[k]!.end && end >= periods[k]!.start) return true;
  return false;
}

/**
 * Each person's periods in some schemes (the CEJ's), from their rows of `dispositifs.csv`, kept by
 * person number: the rows of another export find their person's periods in an array, not a map
 * (millions of events at the national volume).
 */
export class SchemePeriods {
  /** A person's periods: `lists[listOf[number]]` (-1: none); a number given after these rows is no scheme's. */
  private readonly listOf: Int32Array;
  private readonly lists: Period[][] = [];

  constructor(
    private readonly numbers: PersonNumbers,
    rows: Rows<Dispositif>,
  ) {
    const numberOf = numbers.ofColumn(rows.table, 'identifiant_jeune');
    const id = rows.table.codesOf('identifiant_jeune');
    // Each distinct date's day number once, not each row's.
    const [startDays, startCodes] = [daysOf(rows, 'date_entree'), rows.table.codesOf('date_entree')];
    const [endDays, endCodes] = [daysOf(rows, 'date_sortie'), rows.table.codesOf('date_sortie')];
    this.listOf = new Int32Array(numbers.size).fill(-1);
    rows.eachIndex((index) => {
      const number = numberOf[id[index]!]!;
      const period = { start: startDays[startCodes[index]!]!, end: endDays[endCodes[index]!]! };
      if (this.listOf[number] === -1) this.listOf[number] = this.lists.push([period]) - 1;
      else this.lists[this.listOf[number]!]!.push(period);
    });
  }

  /** The rows whose person has a period overlapping the row's own dates (`end` absent: the row is one day). */
  within<T extends TableRow, S extends keyof T & string>(rows: Rows<T>, idColumn: keyof T & string, startColumn: S, endColumn?: keyof T & string): Rows<T> {
    const numberOf = this.numbers.ofColumn(rows.table, idColumn);
    // Each identifier code's list of periods (-1: none): a row reads two typed arrays before any date.
    const listOfCode = new Int32Array(numberOf.length);
    for (let code = 0; code < numberOf.length; code++) listOfCode[code] = numberOf[code]! < this.listOf.length ? this.listOf[numberOf[code]!]! : -1;
    const id = rows.table.codesOf(idColumn);
    const [startDays, startCodes] = [daysOf(rows, startColumn), rows.table.codesOf(startColumn)];
    const [endDays, endCodes] = endColumn === undefined ? [startDays, startCodes] : [daysOf(rows, endColumn), rows.table.codesOf(endColumn)];
    // Each row tested once into a byte, then the kept indexes collected into their exact room: growing
    // them as found copied and zeroed tens of megabytes (millions of events kept at the national volume).
    // Plain loops: a row costs a few array reads, not a call.
    const { indexes, length } = rows;
    const keeps = new Uint8Array(length);
    let n = 0;
    for (let i = 0; i < length; i++) {
      const index = indexes === undefined ? i : indexes[i]!;
      const list = listOfCode[id[index]!]!;
      if (list === -1 || !overlaps(startDays[startCodes[index]!]!, endDays[endCodes[index]!]!, this.lists[list]!)) continue;
      keeps[i] = 1;
      n++;
    }
    if (n === length) return rows;
    const kept = new Uint32Array(n);
    n = 0;
    for (let i = 0; i < length; i++) if (keeps[i] === 1) kept[n++] = indexes === undefined ? i : indexes[i]!;
    return new Rows(rows.table, kept);
  }
}
