import { TextMap } from '../schemas/text-index.js';
import { poolGeneration, pooledNumber, poolSize, reservePool } from '../schemas/text-pool.js';
import { grown } from './typed-arrays.js';

/**
 * The first line of each value of an export's unique column (a people export's million
 * identifiers). A value in the shared pool of texts (every identifier read on the main thread) is
 * found by its pool number, in an array of lines: no second table of a million texts, and the last
 * value pooled needs no lookup at all. Other texts (a full pool, a reading thread) go to a `TextMap`,
 * any other value to a `Map`.
 */
export class FirstLines {
  /** Line by pool number; 0: not met (lines start at 1). */
  private byNumber = new Int32Array(1024);
  private readonly texts = new TextMap<number>();
  private readonly others = new Map<unknown, number>();
  /** Pool numbers stand for their texts within one read of the data only. */
  private readonly generation = poolGeneration();

  /** Room for `count` more values (a file's rows known from its size): the pool's, and this one's. */
  reserve(count: number): void {
    reservePool(count);
    this.texts.reserve(count);
    const room = poolSize() + count;
    if (room > this.byNumber.length) this.byNumber = grown(this.byNumber, room);
  }

  /** The first line of `value`; undefined, and `line` kept as its first, when it is new. */
  keepFirst(value: unknown, line: number): number | undefined {
    if (typeof value !== 'string') {
      const first = this.others.get(value);
      if (first === undefined) this.others.set(value, line);
      return first;
    }
    const number = this.numberOf(value);
    if (number === -1) return this.texts.keepFirst(value, line);
    if (number >= this.byNumber.length) this.byNumber = grown(this.byNumber, Math.max(number + 1, this.byNumber.length * 2));
    const first = this.byNumber[number]!;
    if (first !== 0) return first;
    this.byNumber[number] = line;
    return undefined;
  }

  /** The first line of a value met before. */
  get(value: string): number | undefined {
    const number = this.numberOf(value);
    if (number === -1) return this.texts.get(value);
    return number < this.byNumber.length && this.byNumber[number] !== 0 ? this.byNumber[number] : undefined;
  }

  private numberOf(value: string): number {
    // The pool emptied while a file is read would renumber its texts: a defect, said rather than a duplicate missed.
    if (poolGeneration() !== this.generation) throw new Error('pool de textes vidé pendant la lecture d’un fichier');
    return pooledNumber(value);
  }
}
