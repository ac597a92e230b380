import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../src/preview/server.js';
import { exitsFigure, previewInBrowser, shownAfter } from '../support/preview.js';

describe('alpes-report preview, in a real browser', () => {
  let root: string;
  let server: PreviewServer;
  let page: Page;
  let participants: string;

  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ root, participants, server, page, close } = await previewInBrowser('alpes-preview-'));
  }, 120_000);

  afterAll(() => close?.());

  it('serves the report on 127.0.0.1 with every figure linked to the methodology appendix', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await page.title()).toContain('Rapport d');
    expect(await exitsFigure(page)).toMatch(/^\d+$/);
    const target = await page.$eval('#plie-sorties a.ref', (a) => a.getAttribute('href'));
    expect(target).toBe('#def-plie.exits');
    expect(await page.$eval('#def-plie\\.exits', (dt) => dt.textContent)).toContain('Sorties');
  });

  it('reloads with the new figure when an export is edited', async () => {
    const before = Number(await exitsFigure(page));
    const version = server.current().version;
    const text = await readFile(participants, 'latin1');
    // One more exit in 2023: a participant who left on 15/06/2023 for a job.
    const extra = 'PL-TEST-1;TEST;Alice;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n';
    await writeFile(participants, text + extra, 'latin1');
    await shownAfter(page, server, version);
    expect(Number(await exitsFigure(page))).toBe(before + 1);
  }, 30_000);

  it('swaps in place only the parts of the page that changed, keeping the fonts, the scroll position, the unchanged charts and the open bar', async () => {
    const setBar = (open: boolean) =>
      page.evaluate(async (open) => {
        const bar = document.getElementById('preview-warnings') as HTMLDetailsElement;
        const toggled = new Promise((done) => bar.addEventListener('toggle', done, { once: true }));
        bar.open = open;
        await toggled;
      }, open);
    await setBar(true);
    await page.$eval('#plie-sorties', (section) => section.scrollIntoView());
    const reading = await page.evaluate(() => window.scrollY);
    // Marks the live nodes (a property: an attribute would make them differ). A reload would lose
    // the marks; a swap keeps those of the nodes that did not change.
    await page.evaluate(() => {
      for (const node of [document.head, ...Array.from(document.querySelectorAll('main > section'))]) Object.assign(node, { kept: 'yes' });
    });
    const version = server.current().version;
    const text = await readFile(participants, 'latin1');
    const extra = 'PL-TEST-3;TEST;Carl;M;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n';
    const before = Number(await exitsFigure(page));
    await writeFile(participants, text + extra, 'latin1');
    await shownAfter(page, server, version);
    expect(Number(await exitsFigure(page))).toBe(before + 1);
    expect(await page.evaluate(() => (document.head as unknown as { kept?: string }).kept)).toBe('yes');
    // The exits page was replaced; a Mission Locale page, which no PLIE export feeds, was not.
    expect(await page.$eval('#plie-sorties', (s) => (s as unknown as { kept?: string }).kept)).toBeUndefined();
    expect(await page.$eval('#ml-public', (s) => (s as unknown as { kept?: string }).kept)).toBe('yes');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - reading)).toBeLessThan(5);
    expect(await page.$eval('#preview-warnings', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await setBar(false);
    const restored = server.current().version;
    await writeFile(participants, text, 'latin1');
    await shownAfter(page, server, restored);
  }, 30_000);

  it('shows the validation errors in place of the report, then the report again once fixed, where the analyst was', async () => {
    const good = await readFile(participants, 'latin1');
    // The analyst reads the exits page.
    await page.$eval('#plie-sorties', (section) => section.scrollIntoView());
    const reading = await page.evaluate(() => window.scrollY);
    expect(reading).toBeGreaterThan(500);
    let version = server.current().version;
    await writeFile(participants, good.replace(/15\/06\/2023/, '31/02/2023'), 'latin1');
    await shownAfter(page, server, version);
    expect(server.current().ok).toBe(false);
    const error = await page.$eval('body', (b) => b.textContent ?? '');
    expect(error).toContain('ne peut pas être produit');
    expect(error).toMatch(/participants\.csv/);
    expect(error).toContain('date_sortie');
    expect(error).toContain('31/02/2023');

    version = server.current().version;
    await writeFile(participants, good, 'latin1');
    await shownAfter(page, server, version);
    expect(server.current().ok).toBe(true);
    expect(await exitsFigure(page)).toMatch(/^\d+$/);
    // Back where they were, not at the top.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - reading)).toBeLessThan(5);
  }, 60_000);

  it('shows the warnings in a bar at the top, folded, that opened pushes the report down and covers no figure, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      await page.setViewport({ width, height: 800 });
      await page.goto(server.url, { waitUntil: 'load' });
      const bar = await page.$('#preview-warnings');
      expect(bar).not.toBeNull();
      expect(await page.$eval('#preview-warnings', (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.$eval('#preview-warnings', (d) => getComputedStyle(d).position)).toBe('static');
      expect(await page.$eval('#preview-warnings summary', (s) => s.textContent)).toMatch(/^⚠ \d+ avertissements? sur les données/);
      const reportTop = () => page.$eval('#preview-warnings', (d) => d.nextElementSibling!.getBoundingClientRect().top + window.scrollY);
      const folded = await reportTop();
      await page.click('#preview-warnings summary');
      expect(await page.$eval('#preview-warnings', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.$eval('#preview-warnings li', (li) => li.textContent)).toContain('jeunes.csv');
      expect(await reportTop()).toBeGreaterThan(folded + 10);
      // Open, it covers no figure and makes nothing scroll sideways.
      const overlaps = await page.evaluate(() => {
        const bar = document.getElementById('preview-warnings')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('.figure-value, .section h2, canvas, svg, table')).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top;
        }).length;
      });
      expect(overlaps).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // Still open after a reload, then folded again by the analyst.
      await page.reload({ waitUntil: 'load' });
      expect(await page.$eval('#preview-warnings', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.click('#preview-warnings summary');
      expect(await page.$eval('#preview-warnings', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
    await page.setViewport({ width: 800, height: 600 });
  }, 60_000);

  it('marks a warning an edit brings as new, in the page and in the build’s outcome', async () => {
    const good = await readFile(participants, 'latin1');
    const version = server.current().version;
    const before = server.current().issues.length;
    // A participant without a commune: counted « Hors territoire / non renseigné », with a warning.
    const extra = 'PL-TEST-2;TEST;Bob;M;01/01/1980;;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n';
    await writeFile(participants, good + extra, 'latin1');
    await shownAfter(page, server, version);
    const outcome = server.current();
    expect(outcome.ok).toBe(true);
    expect(outcome.warnings!.added).toHaveLength(1);
    expect(outcome.warnings!.added[0]!.file).toBe(join(root, '2023', 'participants.csv'));
    expect(outcome.issues).toHaveLength(before + 1);
    expect(await page.$eval('#preview-warnings summary', (s) => s.textContent)).toContain('dont 1 nouveau');
    expect(await page.$eval('#preview-warnings li.new', (li) => li.textContent)).toMatch(/^nouveau : .*participants\.csv/);
    const restored = server.current().version;
    await writeFile(participants, good, 'latin1');
    await shownAfter(page, server, restored);
    expect(server.current().warnings).toMatchObject({ added: [], resolved: 1 });
  }, 60_000);

  it('answers only to this machine’s own names', async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = request(server.url, { headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(403);
  });
});
