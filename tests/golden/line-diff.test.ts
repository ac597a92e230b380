import { describe, expect, it } from 'vitest';
import { normaliseHtml } from '../support/golden-html.js';
import { unifiedDiff } from '../support/line-diff.js';

const lines = (n: number, change: (i: number) => string | undefined = () => undefined) =>
  Array.from({ length: n }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n');

describe('the golden tests’ diff', () => {
  it('is empty for the same text', () => {
    expect(unifiedDiff(lines(20), lines(20))).toEqual([]);
  });

  it('prints each change in a hunk of its own, with 3 lines of context and git’s line numbers', () => {
    const actual = lines(30, (i) => (i === 5 ? 'line five' : i === 25 ? 'line 25\nline 25 bis' : undefined));
    expect(unifiedDiff(lines(30), actual, { from: 'a.html', to: 'b.html' })).toEqual([
      '--- a.html',
      '+++ b.html',
      '@@ -2,7 +2,7 @@',
      ...['line 2', 'line 3', 'line 4'].map((l) => ` ${l}`),
      '-line 5',
      '+line five',
      ...['line 6', 'line 7', 'line 8'].map((l) => ` ${l}`),
      '@@ -23,6 +23,7 @@',
      ...['line 23', 'line 24', 'line 25'].map((l) => ` ${l}`),
      '+line 25 bis',
      ...['line 26', 'line 27', 'line 28'].map((l) => ` ${l}`),
    ]);
  });
});

describe('the golden page’s layout', () => {
  it('puts block elements on lines of their own, keeps inline ones with their text, and replaces binaries', () => {
    const html = '<div class="a"><p>Un <b>12</b>\n  jeunes<br>ici</p><li>x<li>y</div><img src="data:image/jpeg;base64,/9j/4AA=" alt="c">';
    expect(normaliseHtml(html)).toBe(
      [
        '<div class="a">',
        '  <p>',
        '    Un <b>12</b> jeunes<br>ici',
        '  </p>',
        '  <li>',
        '    x',
        '  <li>',
        '    y',
        '</div>',
        '<img src="data:image/jpeg;base64,[graphique]" alt="c">',
        '',
      ].join('\n'),
    );
  });
});
