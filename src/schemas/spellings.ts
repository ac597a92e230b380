import { copied } from './text-pool.js';

/** How many spellings are compared one by one before a `Map` takes the others. */
const SCANNED = 8;

/**
 * What the few spellings of a column stand for (its types, themes, partners): each cell is first
 * compared with the spellings met first. A fresh cell looked up in a `Map` is hashed in V8's runtime
 * first (about 40 ns); comparing it with eight texts costs half that, most differing by length or
 * first character. Past those, a `Map` holds the others, up to `limit` spellings in all: a column
 * of a million distinct values is not remembered.
 */
export class Spellings<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private readonly more = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value of `text`: the one remembered, else `compute`'s (remembered while there is room). */
  valueOf(text: string, compute: (text: string) => V): V {
    const { keys } = this;
    for (let k = 0; k < keys.length; k++) if (keys[k] === text) return this.values[k]!;
    if (keys.length === SCANNED) {
      const known = this.more.get(text);
      if (known !== undefined || this.more.has(text)) return known as V;
    }
    const value = compute(text);
    // The key copied: the cell is cut from its chunk of text, which it would keep in memory.
    if (keys.length < Math.min(SCANNED, this.limit)) {
      keys.push(copied(text));
      this.values.push(value);
    } else if (keys.length + this.more.size < this.limit) this.more.set(copied(text), value);
    return value;
  }
}
