import { Rows, type TableRow } from '../dataset/rows.js';
import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif } from '../schemas/ml/dispositifs.js';
import { columnOf } from './by-index.js';
import type { PersonNumbers } from './person-numbers.js';

/** A jeune's time in a scheme: its period's entry and exit dates (none: still in it). */
interface Period {
  start: IsoDate;
  end: IsoDate | undefined;
}

const overlaps = (start: IsoDate, end: IsoDate | undefined, periods: readonly Period[]) =>
  periods.some((p) => start <= (p.end ?? '9999-12-31') && (end ?? '9999-12-31') >= p.start);

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
    const [start, end] = [columnOf(rows, 'date_entree'), columnOf(rows, 'date_sortie')];
    this.listOf = new Int32Array(numbers.size).fill(-1);
    rows.eachIndex((index) => {
      const number = numberOf[id[index]!]!;
      const period = { start: start(index), end: end(index) };
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
    const start = columnOf(rows, startColumn) as (index: number) => IsoDate;
    const end = endColumn === undefined ? start : (columnOf(rows, endColumn) as (index: number) => IsoDate | undefined);
    // The rows of people with periods counted first: the kept indexes take at most that room, not a table's.
    // Plain loops: a row costs a few array reads, not a call.
    const { indexes, length } = rows;
    let candidates = 0;
    for (let i = 0; i < length; i++) if (listOfCode[id[indexes === undefined ? i : indexes[i]!]!] !== -1) candidates++;
    const kept = new Uint32Array(candidates);
    let n = 0;
    for (let i = 0; i < length; i++) {
      const index = indexes === undefined ? i : indexes[i]!;
      const list = listOfCode[id[index]!]!;
      if (list !== -1 && overlaps(start(index), end(index), this.lists[list]!)) kept[n++] = index;
    }
    return n === rows.length ? rows : new Rows(rows.table, n === kept.length ? kept : kept.slice(0, n));
  }
}
