import { describe, expect, it } from 'vitest';
import { duration } from '../src/cli-french.js';

describe('duration', () => {
  it('writes milliseconds under a second, seconds with a decimal comma above', () => {
    expect(duration(840.4)).toBe('840 ms');
    expect(duration(1449)).toBe('1,4 s');
    expect(duration(12_000)).toBe('12,0 s');
  });
});
