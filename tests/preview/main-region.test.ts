import { describe, expect, it, vi } from 'vitest';
import { previewPage } from '../../src/preview/pages.js';
import { pagePatch, readInPart } from '../../src/preview/patch.js';

/** A report in pieces, as the preview cuts it: its head, cover and main's start, then one piece a section, the last with the page's end. */
const report = (sections: string[], cover = '<div class="cover">c</div>') => [
  `<!doctype html>\n<html lang="fr"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">\n` +
    `<meta name="viewport" content="width=device-width">\n<title>R</title>` +
    `<style>p{}</style></head>\n<body>\n<main>\n${cover}\n`,
  ...sections,
  `<section id="z"><p>fin</p></section>\n</main>\n</body>\n</html>\n`,
];
const section = (id: string, text: string) => `<section id="${id}"><p>${text}</p><img src="data:image/jpeg;base64,${id.repeat(40)}" alt="x"></section>\n`;
const nested = (groups: string[]) => ['<section id="m"><h2>Annexe</h2>\n', ...groups.map((g) => `<section class="g"><p>${g}</p></section>\n`), '</section>\n'];

/** The patch as a page read whole makes it: this module afresh, which has read no page before. */
async function wholePatch(previous: string, next: string, from: number, build: number) {
  vi.resetModules();
  const fresh = await import('../../src/preview/patch.js');
  return fresh.pagePatch(previous, next, from, build);
}

describe('the patch read only where the page made of pieces changed', () => {
  it('equals the patch of the pages read whole, save after save, reading only the changed part when the change lies in the main', async () => {
    const [a, b, c] = [section('a', '1'), section('b', '2'), section('c', '3')];
    const steps = [
      report([a, b, c]),
      report([a, section('b', '20'), c]),
      report([a, section('b', '21'), section('b2', 'new'), c]),
      report([a, c]),
      report([a, c.replace('\n', 'x < y\n<!-- note -->\n')]),
      report([a, c, ...nested(['g1', 'g2', 'g3'])]),
      report([a, c, ...nested(['g1', 'g2 changed', 'g3'])]),
      report([a, section('c', '30'), ...nested(['g1', 'g2 changed', 'g3'])]),
      report([section('a', '10'), section('c', '30'), ...nested(['g1', 'g2 changed', 'g3'])], '<div class="cover">c2</div>'),
      report([section('a', '10'), section('c', '30'), ...nested(['g1', 'g2 changed', 'g3'])], '<div class="cover">c2</div>'),
      report([section('a', '11'), section('c', '30'), ...nested(['g1', 'g2 changed', 'g3']), '<script>let x = 1;</script>\n']),
      report([section('a', '11'), section('c', '31'), ...nested(['g1', 'g2 changed', 'g3']), '<script>let x = 2;</script>\n']),
      report([section('a', '11'), section('c', '31'), ...nested(['g1', 'g2 changed', 'g3 last'])]),
    ];
    const pages: string[] = [];
    const patches = [];
    const counts: number[] = [];
    for (const [k, pieces] of steps.entries()) {
      pages.push(previewPage(pieces, undefined, k + 1));
      expect(pages[k]).toBe(previewPage(pieces.join(''), undefined, k + 1));
      if (k > 0) {
        patches.push(pagePatch(pages[k - 1]!, pages[k]!, k, k + 1));
        counts.push(readInPart.count);
      }
    }
    expect(readInPart.agreed()).toBe(true);
    for (const [k, patch] of patches.entries()) {
      expect(patch, `step ${k + 1}`).toBeDefined();
      expect(patch, `step ${k + 1}`).toEqual(await wholePatch(pages[k]!, pages[k + 1]!, k + 1, k + 2));
    }
    // Read in part but for the first (no page read before) and the cover's changes (outside the sections).
    const inPart = counts.map((count, k) => count > (counts[k - 1] ?? 0));
    expect(inPart).toEqual([false, true, true, true, true, true, true, false, true, false, true, true]);
    expect(patches[0]!.main.html).toMatch(/^<section id="b"><p>20<\/p><img src="data:,preview-same-1-[^"]+" alt="x"><\/section>$/);
  });

  it('reads the page whole when the page before is not the last it read', async () => {
    const pages = [report([section('a', '1')]), report([section('a', '2')]), report([section('a', '3')])].map((pieces, k) => previewPage(pieces, undefined, k));
    const count = readInPart.count;
    const patch = pagePatch(pages[0]!, pages[2]!, 0, 2);
    expect(readInPart.count).toBe(count);
    expect(patch).toEqual(await wholePatch(pages[0]!, pages[2]!, 0, 2));
  });
});
