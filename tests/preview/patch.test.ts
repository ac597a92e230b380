import { describe, expect, it } from 'vitest';
import { childNodes } from '../../src/preview/html-nodes.js';
import { pagePatch, SAME_IMAGE, sameImageHash } from '../../src/preview/patch.js';

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

  it('reads the elements of the page before that stand here as they were, and the others anew', () => {
    const kept = '<section id="a"><p>1</p></section>';
    const html = `${kept}<section id="a"><p>2</p></section>\n<section id="b">3</section></main>`;
    const read = childNodes(html, 0, { known: new Map([['<section id="a">', [kept]]]) });
    expect(read).toEqual(childNodes(html, 0));
    expect(read?.nodes).toEqual([kept, '<section id="a"><p>2</p></section>', '\n', '<section id="b">3</section>']);
  });

  it('makes the same patches when the page before was read as the next page of the patch before', () => {
    const pages = [1, 2, 3, 2].map((n) => page(`R${n}`, ['<section id="a">1</section>', `<section id="b">${n}</section>`, '<section id="c">3</section>']));
    const chained = pages.slice(1).map((next, k) => pagePatch(pages[k]!, next, k, k + 1));
    // Each pair read afresh: another page read last, so that neither page of the pair is the one kept.
    const fresh = pages.slice(1).map((next, k) => (pagePatch(pages[k]!, page('X', []), 0, 1), pagePatch(pages[k]!, next, k, k + 1)));
    expect(chained).toEqual(fresh);
    expect(chained[0]!.main.html).toBe('<section id="b">2</section>');
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

  describe('the images the page already holds', () => {
    const url = (n: number) => `data:image/jpeg;base64,${String(n).repeat(300)}`;
    const img = (n: number) => `<img src="${url(n)}" alt="g">`;
    const figure = (n: number, value: number) => `<section id="s${n}"><p>${value}</p>${img(n)}</section>`;

    it('are sent as stand-ins for the page’s k-th image, with the length and hash of its URL as the page reads it', () => {
      const before = page('R', [figure(7, 1), figure(8, 1), `<section id="t">${img(9)}${img(9)}</section>`]);
      const after = page('R', [figure(7, 1), `<section id="s8"><p>2</p>${img(8)}${img(5)}${img(9)}</section>`, `<section id="t">${img(9)}${img(9)}</section>`]);
      const { main } = pagePatch(before, after, 1, 2)!;
      const stand = (k: number, n: number) => `${SAME_IMAGE}${k}-${url(n).length}-${sameImageHash(url(n))}`;
      expect(main.images).toBe(4);
      expect(main.html).toBe(`<section id="s8"><p>2</p><img src="${stand(1, 8)}" alt="g">${img(5)}<img src="${stand(2, 9)}" alt="g"></section>`);
    });

    it('are read with the `=` of their padding written as a reference, and not from comments or raw text', () => {
      const padded = `data:image/jpeg;base64,${'A'.repeat(300)}`;
      const written = `${padded}&#x3D;&#x3D;`;
      const before = page('R', [`<section id="a"><!-- <img src="x"> --><p>1</p><img src="${written}"></section>`]);
      const after = page('R', [`<section id="a"><!-- <img src="x"> --><p>2</p><img src="${written}"></section>`]);
      const { main } = pagePatch(before, after, 1, 2)!;
      expect(main.images).toBe(1);
      expect(main.html).toContain(`${SAME_IMAGE}0-${padded.length + 2}-${sameImageHash(`${padded}==`)}"`);
    });

    it('are sent whole where the page’s images might not be the tags in their order, or none is the same', () => {
      const section = (value: number, extra = '') => `<section id="a"><p>${value}</p>${extra}${img(3)}</section>`;
      for (const extra of ['<template><img src="y"></template>', '<svg></svg>', '<p>data:,preview-same-0-1-2</p>']) {
        const { main } = pagePatch(page('R', [section(1, extra)]), page('R', [section(2, extra)]), 1, 2)!;
        expect(main.images).toBeUndefined();
        expect(main.html).toBe(section(2, extra));
      }
      const { main } = pagePatch(page('R', [figure(1, 1)]), page('R', [figure(2, 1)]), 1, 2)!;
      expect(main).toMatchObject({ html: figure(2, 1) });
      expect(main.images).toBeUndefined();
    });
  });
});
