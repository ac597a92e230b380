/**
 * Texts numbered in the order they were added, found by an open-addressing hash table held in a
 * typed array: what the shared pool of texts and the duplicate checks of a people export ask of a
 * million identifiers at a national volume.
 *
 * A `Map` of a million texts was the main thread's first cost there (`internNumber`, about 8 s of a
 * national read under load): V8 hashes each fresh text cut from a chunk in its runtime, follows a
 * chain of entries comparing texts, and doubles its table on the heap, a new large object each
 * time (page faults: most of the main thread's system time) that every full collection scans.
 * Here a slot is the text's hash and number side by side (one cache line read), a text is compared
 * only when its whole hash matches, and the table lives outside the heap.
 */
const EMPTY = 0;

/** FNV-1a over the UTF-16 units, then murmur3's finaliser: the table is indexed by the hash's low bits. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class TextIndex {
  /** The texts by number. */
  readonly texts: string[] = [];
  /**
   * Pairs of slots: the text's hash, then its number + 1 (0: a free slot). At most three quarters of
   * the pairs are used: a probe reads a cache line of eight pairs, and a million texts fit in 2^21 pairs
   * (16 MB) without the last doubling, whose scattered writes cost the most.
   */
  private slots: Int32Array;
  private mask: number;

  constructor(private readonly capacity = 1024) {
    this.slots = new Int32Array(0);
    this.mask = 0;
    this.clear();
  }

  get size(): number {
    return this.texts.length;
  }

  /** The text's number, or -1 when it was never added. */
  find(text: string): number {
    return this.lookUp(text, textHash(text), false);
  }

  /** The text's number, adding it when new as `stored` gives it (the same characters: a copy that holds no chunk). */
  add(text: string, stored: (text: string) => string = (t) => t): number {
    return this.lookUp(text, textHash(text), true, stored);
  }

  /** Room for `count` texts in all without doubling as they come (a file's rows known from its size): no table built and dropped on the way. */
  reserve(count: number): void {
    let pairs = this.mask + 1;
    while (pairs * 3 < count * 4) pairs *= 2;
    if (pairs > this.mask + 1) this.resize(pairs);
  }

  /** Forgets every text, and the room they took (a national read's pool: 32 MB of table). */
  clear(): void {
    this.texts.length = 0;
    let pairs = 16;
    while (pairs * 3 < this.capacity * 4) pairs *= 2;
    this.slots = new Int32Array(pairs * 2);
    this.mask = pairs - 1;
  }

  private lookUp(text: string, hash: number, adding: boolean, stored?: (text: string) => string): number {
    const { slots, mask, texts } = this;
    for (let pair = hash & mask; ; pair = (pair + 1) & mask) {
      const held = slots[pair * 2 + 1]!;
      if (held === EMPTY) {
        if (!adding) return -1;
        const number = texts.length;
        texts.push(stored!(text));
        slots[pair * 2] = hash;
        slots[pair * 2 + 1] = number + 1;
        if (texts.length * 4 > (mask + 1) * 3) this.grow();
        return number;
      }
      if (slots[pair * 2] === hash && texts[held - 1] === text) return held - 1;
    }
  }

  /** Twice the pairs. */
  private grow(): void {
    this.resize((this.mask + 1) * 2);
  }

  /** More pairs, each number moved by its hash kept beside it (no text hashed again). */
  private resize(pairs: number): void {
    const old = this.slots;
    const slots = new Int32Array(pairs * 2);
    const mask = pairs - 1;
    for (let k = 0; k < old.length; k += 2) {
      const held = old[k + 1]!;
      if (held === EMPTY) continue;
      const hash = old[k]!;
      let pair = hash & mask;
      while (slots[pair * 2 + 1] !== EMPTY) pair = (pair + 1) & mask;
      slots[pair * 2] = hash;
      slots[pair * 2 + 1] = held;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A value kept for each text, the first one given (`TextIndex`'s speed for a `Map` of texts only ever added to). */
export class TextMap<V> {
  private readonly index = new TextIndex();
  private readonly values: V[] = [];

  /** Room for `count` texts in all (see `TextIndex.reserve`). */
  reserve(count: number): void {
    this.index.reserve(count);
  }

  get(text: string): V | undefined {
    const number = this.index.find(text);
    return number === -1 ? undefined : this.values[number];
  }

  /** The value kept for the text; `value` kept and undefined returned when the text is new. */
  keepFirst(text: string, value: V): V | undefined {
    const number = this.index.add(text);
    if (number < this.values.length) return this.values[number];
    this.values.push(value);
    return undefined;
  }
}
