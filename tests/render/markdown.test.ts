import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { MARKDOWN_LIMITS, nestingAt, tooDeepLine } from '../../src/schemas/markdown-limits.js';

describe('declared Markdown', () => {
  it('prints an image as its description and raw HTML as text: nothing is loaded', () => {
    const html = renderMarkdown('![le logo](/etc/hostname) ![distant](https://exemple.invalid/x.png)\n\n<img src="file:///etc/passwd">');
    expect(html).not.toMatch(/<img|exemple\.invalid|src="/);
    expect(html).toContain('le logo distant');
    expect(html).toContain('&lt;img');
  });

  it('keeps links to web pages, addresses and anchors only', () => {
    expect(renderMarkdown('[site](https://exemple.fr) [x](javascript:alert(1)) [f](file:///etc/passwd)')).toBe(
      '<p><a href="https://exemple.fr">site</a> x f</p>\n',
    );
  });

  it('estimates nesting from quotes, list markers and indentation, not from thematic breaks', () => {
    expect(nestingAt('Un paragraphe.')).toBe(0);
    expect(nestingAt('> > citation')).toBe(2);
    expect(nestingAt('    - item')).toBe(3);
    expect(nestingAt('1. - > x')).toBe(3);
    expect(nestingAt('2023. Une année')).toBe(1);
    expect(nestingAt('- - - - - - - - - - - - - - - - - - - -')).toBe(0);
    expect(nestingAt('-x')).toBe(0);
    expect(tooDeepLine('a\n\n' + '>'.repeat(17))).toEqual({ line: 3, nesting: 17 });
    expect(tooDeepLine('>'.repeat(16))).toBeUndefined();
  });

  it('refuses, rather than parses, a text beyond the bounds', () => {
    expect(() => renderMarkdown('>'.repeat(5000))).toThrow(/16 niveaux \(ligne 1\)/);
    expect(() => renderMarkdown(`${'- '.repeat(30)}x`)).toThrow(/16 niveaux/);
    expect(() => renderMarkdown('a'.repeat(MARKDOWN_LIMITS.fileBytes + 1))).toThrow(/au-delà de/);
  });

  it('renders the deepest and largest text the bounds allow', () => {
    const nested = `${Array.from({ length: MARKDOWN_LIMITS.nesting }, (_, i) => `${'  '.repeat(i)}- niveau`).join('\n')}\n\n`;
    const text = nested.repeat(Math.floor(MARKDOWN_LIMITS.fileBytes / nested.length));
    expect(tooDeepLine(text)).toBeUndefined();
    expect(renderMarkdown(text)).toContain('<li>niveau');
    expect(renderMarkdown(`${'>'.repeat(MARKDOWN_LIMITS.nesting)} citation`)).toContain('citation');
  });
});
