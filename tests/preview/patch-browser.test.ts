import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, HTTPRequest, HTTPResponse, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../src/preview/server.js';
import { buildAfter, exitsFigure, previewInBrowser, shownAfter } from '../support/preview.js';

/** The page's body as a full load shows it: the preview's script aside, the warnings bar folded. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const script of Array.from(body.querySelectorAll('script'))) script.remove();
    body.querySelector('#preview-warnings')?.removeAttribute('open');
    return { title: document.title, body: body.innerHTML };
  });

describe('the preview page takes the server’s patch, or falls back', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let participants: string;
  let original: string;
  const paths: string[] = [];
  let n = 0;

  /** Adds one exit in 2023 and waits for the page to show the build. */
  async function oneMoreExit(): Promise<void> {
    const before = Number(await exitsFigure(page));
    const version = server.current().version;
    n++;
    const extra = `PL-PATCH-${n};TEST;Alice;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`;
    await writeFile(participants, (await readFile(participants, 'latin1')) + extra, 'latin1');
    await shownAfter(page, server, version);
    expect(Number(await exitsFigure(page))).toBe(before + 1);
  }

  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const logRequests = (page: Page) => page.on('request', (request) => void paths.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
    ({ participants, server, browser, page, close } = await previewInBrowser('alpes-preview-patch-', logRequests));
    original = await readFile(participants, 'latin1');
  }, 120_000);

  afterAll(() => close?.());

  it('patches only what changed, fetching neither the page nor its head, and shows what a full load shows', async () => {
    await page.evaluate(() => Object.assign(document, { kept: 'yes' }));
    paths.length = 0;
    const patches: Promise<string>[] = [];
    const onResponse = (response: HTTPResponse) => void (response.url().includes('/__patch') && patches.push(response.text()));
    page.on('response', onResponse);
    await oneMoreExit();
    page.off('response', onResponse);
    expect(await Promise.all(patches)).toEqual([expect.stringContaining('data:,preview-same-')]);
    expect(paths).toContain('fetch /__patch');
    expect(paths).not.toContain('fetch /');
    // The charts the save left as they were came as stand-ins for the page's own.
    expect(await page.evaluate(() => Array.from(document.images).filter((image) => image.src.startsWith('data:,')).length)).toBe(0);
    expect(await page.evaluate(() => (document as unknown as { kept?: string }).kept)).toBe('yes');
    const fresh = await browser.newPage();
    await fresh.goto(server.url, { waitUntil: 'load' });
    expect(await shown(page)).toEqual(await shown(fresh));
    await fresh.close();
  }, 60_000);

  it('fetches the whole page when the patch does not fit it, and reloads when the patch leaves it other than counted', async () => {
    // A patch from the server, altered on its way: the page must not trust it.
    const alter = (change: (patch: { body: { before: number }; main: { after: number; html: string } }) => void) => async (request: HTTPRequest) => {
      if (!request.url().includes('/__patch')) return request.continue();
      const response = await fetch(request.url());
      if (response.status !== 200) return request.respond({ status: response.status });
      const patch = await response.json();
      change(patch);
      return request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(patch) });
    };
    await page.setRequestInterception(true);
    try {
      let handler = alter((patch) => void (patch.body.before += 1));
      page.on('request', handler);
      await page.evaluate(() => Object.assign(document, { kept: 'yes' }));
      paths.length = 0;
      await oneMoreExit();
      expect(paths).toContain('fetch /');
      expect(await page.evaluate(() => (document as unknown as { kept?: string }).kept)).toBe('yes');
      page.off('request', handler);

      // A chart the build left as it was, sent as a stand-in for the page's own: one that is not the page's is not taken.
      let stood = 0;
      handler = alter((patch) => {
        patch.main.html = patch.main.html.replace(/(preview-same-\d+-\d+-)(\d+)/g, (_, start: string, hash: string) => `${start}${Number(hash) ^ 1}`);
        stood += Number(patch.main.html.includes('preview-same-'));
      });
      page.on('request', handler);
      paths.length = 0;
      await oneMoreExit();
      expect(stood).toBe(1);
      expect(paths).toContain('fetch /');
      expect(await page.evaluate(() => (document as unknown as { kept?: string }).kept)).toBe('yes');
      const fresh = await browser.newPage();
      await fresh.goto(server.url, { waitUntil: 'load' });
      expect(await shown(page)).toEqual(await shown(fresh));
      await fresh.close();
      page.off('request', handler);

      handler = alter((patch) => void (patch.main.after += 1));
      page.on('request', handler);
      await oneMoreExit();
      expect(await page.evaluate(() => (document as unknown as { kept?: string }).kept)).toBeUndefined();
      page.off('request', handler);
    } finally {
      await page.setRequestInterception(false);
    }
    const version = server.current().version;
    await writeFile(participants, original, 'latin1');
    await buildAfter(server, version, 20_000);
  }, 60_000);
});
