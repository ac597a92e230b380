import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/errors.js';

describe('formatIssue', () => {
  it('shows what a file holds as text: no escape sequence, CR, line break or bidirectional override reaches the terminal', () => {
    const issue = {
      severity: 'error' as const,
      file: 'p.csv',
      line: 3,
      column: 'Nom\u001b[2J',
      message: '« F\u001b[31m\rH » n’est pas une valeur admise ; « a\nb » ; « \u202Eabc » ; « \u009b1m\u0000 » ; « x\ty »',
    };
    expect(formatIssue(issue)).toBe(
      'p.csv:3: Nom<U+001B>[2J: « F<U+001B>[31m↵H » n’est pas une valeur admise ; « a↵b » ; « <U+202E>abc » ; « <U+009B>1m<U+0000> » ; « x\ty »',
    );
  });
});
