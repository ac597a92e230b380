import { describe, expect, it } from 'vitest';
import { childNodes, pagePatch } from '../../src/preview/patch.js';

const page = (title: string, sections: string[], head = '<style>p{}</style>') =>
  `<!doctype html>\n<html><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>\n<details id="bar"><summary>x</summary></details>` +
  `<main>\n${sections.join('\n')}\n</main>\n<script>let a = '<main>';</script>\n</body></html>`;

describe('the preview page patch', () => {
  it('reads the top-level nodes as the browser does: text runs, elements with their content, void elements, comments', () => {
    const html = '<div>a <img src="x>y"> b</div>\n<!-- c -->x < y<br><p title=\'</p>\'>z</p></main>';
    const read = childNodes(html, 0);
    expect(read?.nodes).toEqual(['<div>a <img src="x>y"> b</div>', '\n', '<!-- c -->', 'x < y', '<br>', "<p title='</p>'>z</p>"]);
    expect(html.slice(read!.end)).toBe('</main>');
  });

  it('gives up on markup it does not follow (an element left open, a stray closing tag)', () => {
    expect(childNodes('<p>a<p>b</div>', 0)).toBeUndefined();
    expect(childNodes('<section>a', 0)).toBeUndefined();
  });

  it('replaces only the sections that changed, counting the nodes the page sees (scripts aside)', () => {
    const before = page('R', ['<section id="a">1</section>', '<section id="b">2</section>', '<section id="c">3</section>']);
    const after = page('⚠ 1 – R', ['<section id="a">1</section>', '<section id="b">20</section>', '<section id="c">3</section>']);
    const patch = pagePatch(before, after, 4, 5);
    expect(patch).toEqual({
      from: 4,
      build: 5,
      title: '⚠ 1 – R',
      body: { at: 5, remove: 0, html: '', before: 5, after: 5 },
      main: { at: 3, remove: 1, html: '<section id="b">20</section>', before: 7, after: 7 },
    });
  });

  it('tells a node added or removed, and the bar that changed', () => {
    const before = page('R', ['<section id="a">1</section>']);
    const after = page('R', ['<section id="a">1</section>', '<section id="b">2</section>']).replace('<summary>x', '<summary>y');
    const patch = pagePatch(before, after, 1, 2)!;
    expect(patch.body).toEqual({ at: 1, remove: 1, html: '<details id="bar"><summary>y</summary></details>', before: 5, after: 5 });
    expect(patch.main).toEqual({ at: 3, remove: 0, html: '<section id="b">2</section>\n', before: 3, after: 5 });
  });

  it('has no patch when the head changed (new styles or fonts: only a reload shows them), nor for an error page', () => {
    const sections = ['<section id="a">1</section>'];
    expect(pagePatch(page('R', sections), page('R', sections, '<style>p{color:red}</style>'), 1, 2)).toBeUndefined();
    expect(pagePatch(page('R', sections), '<html><head></head><body class="preview-error"><h1>x</h1></body></html>', 1, 2)).toBeUndefined();
  });
});
