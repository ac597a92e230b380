import type { MlYear } from '../dataset/load.js';
import { rowsPoolNumbers } from '../dataset/pooled-rows.js';
import type { RowStore, Rows, TableRow } from '../dataset/rows.js';
import type { PoolNumbers } from '../read/column-store.js';
import { grown } from '../read/typed-arrays.js';
import type { Jeune } from '../schemas/ml/jeunes.js';

/**
 * One number per person identifier of a Mission Locale year, so that the sections join their
 * tables by numbers in arrays rather than by identifiers in maps (at the national volume, each
 * lookup of one of a million identifiers in a map costs about a microsecond). The jeunes of
 * `jeunes.csv` come first, numbered by their place in it (an identifier listed twice: its last
 * row, as a map of the file would keep it); an identifier met only in another export gets the next
 * number. Two rows have the same number exactly when they have the same identifier.
 *
 * The identifiers were numbered in the shared pool of texts while read (`PoolNumbers`: the same
 * text, the same number in every file of one read): a person's number is found from its pool
 * number in an array. A column without pool numbers of the jeunes' read (a table kept from an
 * earlier read by the preview's cache, a table built by a test) turns the numbering to a map of
 * the identifiers, as before, with the numbers already given.
 */
export class PersonNumbers {
  /** Each identifier's number, for the values without pool number (or every value, once `byPool` is dropped). */
  private readonly numbers = new Map<unknown, number>();
  /** Each pool number's person number + 1 (0: none yet); undefined when the numbering is by map only. */
  private byPool: Int32Array | undefined;
  /** The read the jeunes' pool numbers belong to. */
  private readonly pool: PoolNumbers | undefined;
  /** The identifiers numbered after the jeunes, in order (to turn the numbering to a map). */
  private readonly others: unknown[] = [];
  private next: number;
  /** Each table column's numbers, by its dictionary (a table's rows never change once read). */
  private readonly columns = new WeakMap<readonly unknown[], Int32Array>();

  constructor(readonly jeunes: readonly Jeune[]) {
    this.next = jeunes.length;
    this.pool = rowsPoolNumbers(jeunes);
    if (this.pool === undefined) {
      for (let i = 0; i < jeunes.length; i++) this.numbers.set(jeunes[i]!.identifiant, i);
      return;
    }
    const pooled = this.pool.numbers;
    let largest = -1;
    for (let i = 0; i < pooled.length; i++) largest = Math.max(largest, pooled[i]!);
    this.byPool = new Int32Array(largest + 1);
    for (let i = 0; i < jeunes.length; i++) {
      if (pooled[i] === -1) this.numbers.set(jeunes[i]!.identifiant, i);
      else this.byPool[pooled[i]!] = i + 1;
    }
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
      const pooled = table.poolNumbersOf?.(column);
      const byPool = pooled !== undefined && pooled.generation === this.pool?.generation;
      if (!byPool && dictionary.length > 0) this.byMapOnly();
      for (let code = 0; code < dictionary.length; code++) {
        const number = byPool ? pooled.numbers[code]! : -1;
        numbers[code] = number === -1 || this.byPool === undefined ? this.numberOf(dictionary[code]) : this.numberOfPooled(number, dictionary[code]);
      }
      this.columns.set(dictionary, numbers);
    }
    return numbers;
  }

  private numberOf(id: unknown): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.added(id);
      this.numbers.set(id, number);
    }
    return number;
  }

  private numberOfPooled(pooled: number, id: unknown): number {
    if (pooled >= this.byPool!.length) this.byPool = grown(this.byPool!, Math.max(pooled + 1, this.byPool!.length * 2));
    if (this.byPool![pooled] === 0) this.byPool![pooled] = this.added(id) + 1;
    return this.byPool![pooled]! - 1;
  }

  private added(id: unknown): number {
    this.others.push(id);
    return this.next++;
  }

  /** From now on every identifier is found in the map: those numbered by pool number are put in it. */
  private byMapOnly(): void {
    if (this.byPool === undefined) return;
    const pooled = this.pool!.numbers;
    // In the jeunes' order: an identifier listed twice keeps its last row.
    for (let i = 0; i < this.jeunes.length; i++) if (pooled[i] !== -1) this.numbers.set(this.jeunes[i]!.identifiant, i);
    this.others.forEach((id, k) => this.numbers.set(id, this.jeunes.length + k));
    this.byPool = undefined;
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
