import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/print/browser.js';
import { fixtureReportHtml } from '../support/golden-html.js';

/**
 * The fixtures' report page in the Chromium that prints it: an accessibility audit (axe-core,
 * WCAG 2.1 A and AA), a phone's width, and the print's look left alone by the screen's rules.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let page: Page;
let html: string;

/** The report at a width, in screen or print media. */
async function open(width: number, media: 'screen' | 'print' = 'screen'): Promise<void> {
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaType(media);
  await page.setContent(html, { waitUntil: 'load' });
}

beforeAll(async () => {
  [html, browser] = await Promise.all([fixtureReportHtml(2023), launchBrowser()]);
  page = await browser.newPage();
  // The page's own policy forbids scripts: axe is a test's script, not the report's.
  await page.setBypassCSP(true);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the fixtures’ report in a browser', () => {
  it('has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA), the charts’ tables unfolded', async () => {
    await open(1280);
    await page.addScriptTag({ path: AXE });
    const results = await page.evaluate(async () => {
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const { violations, passes } = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return {
        violations: violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
        passes: passes.map((p) => p.id),
      };
    });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    // Nor a moderate one: the page's content stands in its main landmark.
    expect(results.violations).toEqual([]);
    // The rules that matter here did run on the page.
    expect(results.passes).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'link-in-text-block']));
  }, 120_000);

  it('at 390 px, scrolls no way but down: the page and every element fit the width, the text has margins, charts are shown near their drawn size', async () => {
    await open(PHONE.width);
    const layout = await page.evaluate(() => {
      // The charts' tables unfolded: they must fit too.
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      const outside = Array.from(document.querySelectorAll('body *'))
        // A wide data table scrolls inside its own box, which fits (checked as one of these elements).
        .filter((e) => e.closest('.table-scroll') === null || e.classList.contains('table-scroll'))
        .filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5);
        })
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} « ${(e.textContent ?? '').trim().slice(0, 40)} »`);
      const paragraphs = Array.from(document.querySelectorAll('.section p'))
        .map((p) => p.getBoundingClientRect())
        .filter((b) => b.width > 0);
      return {
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth,
        outside,
        leftMargin: Math.min(...paragraphs.map((b) => b.left)),
        rightMargin: Math.min(...paragraphs.map((b) => innerWidth - b.right)),
        charts: Array.from(document.querySelectorAll('.chart img')).map((img) => img.getBoundingClientRect().width),
        tables: document.querySelectorAll('.table-scroll').length,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.outside).toEqual([]);
    expect(layout.leftMargin).toBeGreaterThanOrEqual(12);
    expect(layout.rightMargin).toBeGreaterThanOrEqual(12);
    // Drawn 360 px wide with 12 px text: one column shows them at 340 px or more, their text at 11 px or more.
    expect(layout.charts).toHaveLength(10);
    for (const width of layout.charts) expect(width).toBeGreaterThanOrEqual(340);
    expect(layout.tables).toBe(1);
  }, 60_000);

  it('at 390 px, breaks the tables’ column headings between words, never inside one', async () => {
    await open(PHONE.width);
    const broken = await page.evaluate(() => {
      const cut: string[] = [];
      for (const th of Array.from(document.querySelectorAll('table.data thead th'))) {
        const text = th.firstChild;
        if (text === null || text.nodeType !== Node.TEXT_NODE) continue;
        for (const word of (text.textContent ?? '').matchAll(/[^\s\u202f\u00a0]+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          // A word on two lines has two boxes; a French hyphenation point is allowed (hyphens: auto).
          if (range.getClientRects().length > 1 && getComputedStyle(th).hyphens !== 'auto') cut.push(word[0]);
          else if (range.getClientRects().length > 2) cut.push(word[0]);
        }
      }
      return cut;
    });
    expect(broken).toEqual([]);
  }, 60_000);

  it('keeps two columns at a desktop width, and links that look like links on screen', async () => {
    await open(1280);
    const screen = await page.evaluate(() => ({
      columns: getComputedStyle(document.querySelector('.columns')!).gridTemplateColumns.split(' ').length,
      link: getComputedStyle(document.querySelector('a.ref')!).textDecorationStyle,
      title: document.querySelector('a.ref')!.getAttribute('title'),
      data: getComputedStyle(document.querySelector('.chart-data')!).display,
    }));
    expect(screen).toEqual({ columns: 2, link: 'dotted', title: expect.stringMatching(/définition en annexe méthodologique$/), data: 'block' });
  }, 60_000);

  it('prints as before, narrow window or not: two columns, figures without underline, the charts’ tables left out', async () => {
    await open(PHONE.width, 'print');
    const print = await page.evaluate(() => ({
      columns: getComputedStyle(document.querySelector('.columns')!).gridTemplateColumns.split(' ').length,
      link: getComputedStyle(document.querySelector('a.ref')!).textDecorationLine,
      data: Array.from(document.querySelectorAll('.chart-data')).map((d) => getComputedStyle(d).display),
      bodyPadding: getComputedStyle(document.body).paddingLeft,
    }));
    expect(print.columns).toBe(2);
    expect(print.link).toBe('none');
    expect(new Set(print.data)).toEqual(new Set(['none']));
    expect(print.bodyPadding).toBe('0px');
  }, 60_000);
});
