import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { startPreview, type BuildOutcome, type PreviewServer } from '../../src/preview/server.js';
import { launchBrowser } from '../../src/print/browser.js';
import { eventually } from './fs.js';

/** Resolves with the first build after `version` that `server` finishes. */
export async function buildAfter(server: PreviewServer, version: number, timeout = 30_000): Promise<BuildOutcome> {
  await eventually(() => server.current().version > version, { timeout, what: 'une nouvelle construction' });
  return server.current();
}

/** The preview of a copy of the fixtures (2021 to 2023), open in Chromium. */
export interface PreviewInBrowser {
  root: string;
  participants: string;
  server: PreviewServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Copies the fixtures, starts their 2023 preview and loads it in a page; `beforeLoad` sees the page first (to log its requests). */
export async function previewInBrowser(prefix: string, beforeLoad?: (page: Page) => void): Promise<PreviewInBrowser> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
  const server = await startPreview({ year: 2023, dataDir: join(root, '2023') });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  beforeLoad?.(page);
  await page.goto(server.url, { waitUntil: 'load' });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { root, participants: join(root, '2023', 'participants.csv'), server, browser, page, close };
}

/** The figure of the PLIE exits page, as the browser shows it. */
export const exitsFigure = (page: Page) => page.$eval('#plie-sorties .figure-value', (el) => el.textContent?.trim());

/** Waits until the open page shows a build newer than `version` (patched, fetched or reloaded), and returns it. */
export async function shownAfter(page: Page, server: PreviewServer, version: number): Promise<BuildOutcome> {
  const outcome = await buildAfter(server, version, 20_000);
  await page.waitForFunction(
    (v) => Number(document.documentElement.dataset.previewBuild) >= v && document.readyState === 'complete',
    { timeout: 20_000 },
    outcome.version,
  );
  return outcome;
}
