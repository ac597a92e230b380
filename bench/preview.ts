/**
 * How fast the preview shows a saved change, as the analyst sees it: on a copy of the fixtures, a
 * page open in Chromium (the same headless browser the report prints with), and for each kind of
 * edit the time from writing the file to the new figure visible in that page — the server's wait
 * and rebuild, the event telling the page, its reload, the fonts loaded and the frame painted.
 * Each save is timed twice: when the server has the new page (its event sent), and when the page
 * shows it. Prints the median and the spread of `TRIALS` saves a kind; the goal is under 250 ms
 * median for a `contenu/` text, a template and `participants.csv` (issue 16).
 *
 *   npm run bench:preview            (TRIALS=9 by default)
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { startPreview, type BuildOutcome } from '../src/preview/server.js';
import { launchBrowser } from '../src/print/browser.js';

const TRIALS = Number(process.env.TRIALS ?? 9);

const root = await mkdtemp(join(tmpdir(), 'alpes-bench-preview-'));
for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
const templates = join(root, 'templates');
await cp('templates', templates, { recursive: true });

let built: (outcome: BuildOutcome) => void = () => undefined;
const start = performance.now();
const server = await startPreview({ year: 2023, dataDir: join(root, '2023'), templatesDir: templates, onBuild: (outcome) => built(outcome) });
console.log(`first build (every file read)          ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.goto(server.url, { waitUntil: 'load' });
// How the page took each build: the server's patch, the whole page fetched, or reloaded.
const ways = { patched: 0, fetched: 0 };
page.on('response', (response) => {
  const path = new URL(response.url()).pathname;
  if (path === '/__patch' && response.status() === 200) ways.patched++;
  else if (path === '/' && response.request().resourceType() === 'fetch') ways.fetched++;
});

/** The page's text under `selector`, without laying the page out (textContent, not innerText). */
type Check = { selector: string; text: string; exact: boolean };

/**
 * Resolves with the wall-clock time (ms since the epoch, the browser's clock, the same as Node's on
 * one machine) of the first frame showing `check`: the element holds the text, the page's fonts are
 * loaded (they are `font-display: block`: invisible until then). Checked at every frame, in
 * whichever document the page holds (it survives the reload).
 */
function visible(page: Page, check: Check): Promise<number> {
  return page
    .waitForFunction(
      ({ selector, text, exact }) => {
        const element = document.querySelector(selector);
        const content = element?.textContent?.trim();
        if (content === undefined || !(exact ? content === text : content.includes(text))) return false;
        if (document.fonts.status !== 'loaded') return false;
        return performance.timeOrigin + performance.now();
      },
      { polling: 'raf', timeout: 30_000 },
      check,
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => value.toFixed(0).padStart(5);

/** Saves `edit(original, trial)` over `file` and times until the server has the page, and until the page shows `check(trial)`. */
async function measure(label: string, file: string, encoding: BufferEncoding, edit: (text: string, trial: number) => string, check: (trial: number) => Check) {
  const original = await readFile(file, encoding);
  const served: number[] = [];
  const shown: number[] = [];
  for (let trial = 1; trial <= TRIALS; trial++) {
    await new Promise((r) => setTimeout(r, 300)); // the page settled after the save before
    const rebuilt = new Promise<number>((done) => (built = () => done(Date.now())));
    const seen = visible(page, check(trial));
    const saved = Date.now();
    await writeFile(file, edit(original, trial), encoding);
    const [server, visibleAt] = await Promise.all([rebuilt, seen]);
    served.push(server - saved);
    shown.push(visibleAt - saved);
  }
  const restored = new Promise<void>((done) => (built = () => done()));
  await writeFile(file, original, encoding);
  await restored;
  await page.reload({ waitUntil: 'load' });
  const spread = (values: number[]) => `${ms(median(values))} ms median (${ms(Math.min(...values)).trim()}–${ms(Math.max(...values)).trim()})`;
  console.log(`${label.padEnd(30)} new page served ${spread(served)}, visible ${spread(shown)}  (${TRIALS} saves)`);
  console.log(`${''.padEnd(30)} the page took the builds: ${ways.patched} patched, ${ways.fetched} fetched whole, the rest reloaded`);
  Object.assign(ways, { patched: 0, fetched: 0 });
  return median(shown);
}

/** The PLIE's exits figure, as the page shows it. */
const EXITS = '#plie-sorties .figure-value';
const exits = Number(await page.$eval(EXITS, (el) => el.textContent?.trim()));
/** `n` more exits in 2023: participants who left on 15/06/2023 for a job. */
const participants = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `PL-BENCH-${i + 1};BENCH;Bench;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`,
  ).join('');

const medians = [
  await measure(
    'participants.csv (≈400 rows)',
    join(root, '2023', 'participants.csv'),
    'latin1',
    (t, n) => t + participants(n),
    (n) => ({ selector: EXITS, text: String(exits + n), exact: true }),
  ),
  await measure(
    'contenu/textes (narrative)',
    join(root, '2023', 'contenu', 'textes', 'mde-manifestations.md'),
    'utf8',
    (t, n) => `${t}\n\nMarqueur de mesure ${n}.\n`,
    (n) => ({ selector: '#mde-manifestations', text: `Marqueur de mesure ${n}.`, exact: false }),
  ),
  await measure(
    'templates (section partial)',
    join(templates, 'sections', 'plie-sorties.hbs'),
    'utf8',
    (t, n) => `${t}\n<p>gabarit-${n}</p>\n`,
    (n) => ({ selector: '#plie-sorties', text: `gabarit-${n}`, exact: false }),
  ),
];
const size = (await page.content()).length;
await browser.close();
await server.close();
await rm(root, { recursive: true, force: true });
console.log(`goal: under 250 ms median for each: ${medians.every((m) => m < 250) ? 'met' : 'not met'}; the page weighs ${(size / 2 ** 20).toFixed(1)} MiB`);
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (this process: the server and the bench)`);
