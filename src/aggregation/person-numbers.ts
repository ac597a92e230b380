import type { MlYear } from '../dataset/load.js';
import type { RowStore, Rows, TableRow } from '../dataset/rows.js';
import type { Jeune } from '../schemas/ml/jeunes.js';

/**
 * One number per person identifier of a Mission Locale year, so that the sections join their
 * tables by numbers in arrays rather than by identifiers in maps (at the national volume, each
 * lookup of one of a million identifiers in a map costs about a microsecond). The jeunes of
 * `jeunes.csv` come first, numbered by their place in it (an identifier listed twice: its last
 * row, as a map of the file would keep it); an identifier met only in another export gets the next
 * number. Two rows have the same number exactly when they have the same identifier.
 */
export class PersonNumbers {
  private readonly numbers = new Map<unknown, number>();
  private next: number;
  /** Each table column's numbers, by its dictionary (a table's rows never change once read). */
  private readonly columns = new WeakMap<readonly unknown[], Int32Array>();

  constructor(readonly jeunes: readonly Jeune[]) {
    for (let i = 0; i < jeunes.length; i++) this.numbers.set(jeunes[i]!.identifiant, i);
    this.next = jeunes.length;
  }

  /** How many numbers are given so far: an array indexed by number needs this length. */
  get size(): number {
    return this.next;
  }

  /** The number of each code of an identifier column (`codesOf`); a row without identifier is numbered too, as a map would key it. */
  ofColumn<T extends TableRow>(table: RowStore<T>, column: keyof T & string): Int32Array {
    const dictionary = table.distinctValues(column) as readonly unknown[];
    let numbers = this.columns.get(dictionary);
    if (numbers === undefined) {
      numbers = new Int32Array(dictionary.length);
      for (let code = 0; code < dictionary.length; code++) numbers[code] = this.numberOf(dictionary[code]);
      this.columns.set(dictionary, numbers);
    }
    return numbers;
  }

  private numberOf(id: unknown): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.next++;
      this.numbers.set(id, number);
    }
    return number;
  }

  /**
   * The jeunes of `jeunes.csv` behind the distinct identifiers of some rows, in the order the rows
   * first name them; an identifier that is no jeune's is skipped (the loader has reported it).
   */
  jeunesIn<T extends TableRow>(rows: Rows<T>, column: keyof T & string): Jeune[] {
    const numbers = this.ofColumn(rows.table, column);
    const found: Jeune[] = [];
    rows.eachDistinctCode(column, (code) => void (numbers[code]! < this.jeunes.length && found.push(this.jeunes[numbers[code]!]!)));
    return found;
  }
}

const numbered = new WeakMap<readonly Jeune[], PersonNumbers>();

/** The year's person numbers, made once however many sections ask. */
export function personNumbers(data: MlYear): PersonNumbers {
  let numbers = numbered.get(data.jeunes);
  if (numbers === undefined) {
    numbers = new PersonNumbers(data.jeunes);
    numbered.set(data.jeunes, numbers);
  }
  return numbers;
}
