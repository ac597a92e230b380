import { describe, expect, it } from 'vitest';
import { borrowBytes, borrowWords, giveBackBytes, giveBackWords } from '../../src/dataset/scratch.js';

describe('working arrays lent to one loop at a time', () => {
  it('lends bytes all 0, takes them back zeroed and lends the same memory again', () => {
    const first = borrowBytes(1000);
    expect(first.length).toBe(1000);
    expect(first.every((b) => b === 0)).toBe(true);
    first.fill(7);
    giveBackBytes(first);
    const again = borrowBytes(10);
    expect(again.buffer).toBe(first.buffer);
    expect([again.length, again.every((b) => b === 0)]).toEqual([10, true]);
    again[3] = 1;
    giveBackBytes(again);
    // The rest of the memory was never dirtied: lent whole again, all 0.
    const whole = borrowBytes(1000);
    expect(whole.buffer).toBe(first.buffer);
    expect(whole.every((b) => b === 0)).toBe(true);
    giveBackBytes(whole);
  });

  it('lends a new array to a loop that borrows while another holds the spare, and keeps the larger one', () => {
    const held = borrowBytes(500);
    const other = borrowBytes(500);
    expect(other.buffer).not.toBe(held.buffer);
    other[0] = 1;
    giveBackBytes(other);
    giveBackBytes(held);
    // The larger of the two is kept.
    const kept = borrowBytes(600);
    expect(kept.buffer).toBe(held.buffer);
    giveBackBytes(kept);
    const larger = borrowBytes(5000);
    giveBackBytes(larger);
    expect(borrowBytes(4000).buffer).toBe(larger.buffer);
  });

  it('lends words, the same memory once given back, another while held', () => {
    const words = borrowWords(100);
    expect(words.length).toBe(100);
    expect(borrowWords(100).buffer).not.toBe(words.buffer);
    giveBackWords(words);
    const again = borrowWords(50);
    expect([again.buffer === words.buffer, again.length]).toEqual([true, 50]);
    giveBackWords(again);
  });
});
