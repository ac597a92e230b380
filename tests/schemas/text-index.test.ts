import { describe, expect, it } from 'vitest';
import { TextIndex, TextMap, textHash } from '../../src/schemas/text-index.js';

/** Identifiers as the exports write them, some repeated, some two-byte, some differing only by their end. */
function texts(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(i % 7 === 0 ? `jeune-é${i % 1000}` : `ML-${String((i * 7919) % (count / 2)).padStart(7, '0')}`);
  return out;
}

describe('TextIndex', () => {
  it('numbers texts in the order a Map would, across its growths', () => {
    const index = new TextIndex(4);
    const reference = new Map<string, number>();
    for (const text of texts(50_000)) {
      // A fresh copy: found by its characters, not by being the same string.
      const copy = (' ' + text).slice(1);
      if (!reference.has(text)) reference.set(text, reference.size);
      expect(index.add(copy)).toBe(reference.get(text));
    }
    expect(index.size).toBe(reference.size);
    for (const [text, number] of reference) {
      expect(index.find(text)).toBe(number);
      expect(index.texts[number]).toBe(text);
    }
    expect(index.find('ML-absent')).toBe(-1);
  });

  it('keeps its texts and their numbers when room is reserved before, between and beyond its additions', () => {
    const index = new TextIndex(4);
    index.reserve(100);
    const all = texts(20_000);
    const numbers = all.map((text, k) => {
      if (k === 5_000) index.reserve(30_000);
      if (k === 9_000) index.reserve(10);
      return index.add(text);
    });
    all.forEach((text, k) => expect(index.find((' ' + text).slice(1))).toBe(numbers[k]));
    expect(new Set(numbers).size).toBe(index.size);
  });

  it('keeps the copy `stored` gives for a new text, made once per text', () => {
    const index = new TextIndex();
    const copies: string[] = [];
    const stored = (text: string) => {
      copies.push((' ' + text).slice(1));
      return copies.at(-1)!;
    };
    expect(index.add('ML-0000000000001', stored)).toBe(0);
    expect(index.add('ML-0000000000001', stored)).toBe(0);
    expect(copies).toHaveLength(1);
    expect(index.texts[0]).toBe(copies[0]);
  });

  it('tells apart texts of the same hash', () => {
    // Two texts of one hash, found by a search over short texts (the table compares the texts too).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined; i++) {
      const text = i.toString(36);
      const other = seen.get(textHash(text));
      if (other !== undefined) pair = [other, text];
      else seen.set(textHash(text), text);
    }
    const index = new TextIndex();
    expect(index.add(pair[0])).toBe(0);
    expect(index.find(pair[1])).toBe(-1);
    expect(index.add(pair[1])).toBe(1);
    expect(index.find(pair[0])).toBe(0);
  });

  it('forgets every text when cleared', () => {
    const index = new TextIndex();
    for (const text of texts(5_000)) index.add(text);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.find(texts(1)[0]!)).toBe(-1);
    expect(index.add('B')).toBe(0);
  });
});

describe('TextMap', () => {
  it('keeps the first value given for each text', () => {
    const map = new TextMap<number>();
    expect(map.keepFirst('PL2364', 10)).toBeUndefined();
    expect(map.keepFirst('PL2364', 20)).toBe(10);
    expect(map.get('PL2364')).toBe(10);
    expect(map.get('PL2365')).toBeUndefined();
  });
});
