/**
 * How fast the preview shows a saved change: on a copy of the fixtures, the time from writing a
 * file to the server having the new page (the reload event sent to open pages), for an edit of a
 * small export, of the largest export, of a content text and of a template. Prints figures; the
 * goal is under a second (issue 5).
 *
 *   npm run bench:preview
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '../src/preview/server.js';

const TRIALS = Number(process.env.TRIALS ?? 5);

const root = await mkdtemp(join(tmpdir(), 'alpes-bench-preview-'));
for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
const templates = join(root, 'templates');
await cp('templates', templates, { recursive: true });

const start = performance.now();
const server = await startPreview({ year: 2023, dataDir: join(root, '2023'), templatesDir: templates });
console.log(`first build (every file read)       ${(performance.now() - start).toFixed(0).padStart(6)} ms`);

/** Resolves on the next reload event an open page would get. */
function nextReload(): Promise<void> {
  return new Promise((done, fail) => {
    const req = get(`${server.url}__events`, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (chunk.includes('event: reload')) {
          req.destroy();
          done();
        }
      });
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(e)));
  });
}

const fetchPage = () =>
  new Promise<string>((done, fail) => {
    get(server.url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done(body));
    }).on('error', fail);
  });

/** Saves `edit(original, trial)` over a file and times until the page served holds `marker(trial)`. */
async function measure(
  label: string,
  file: string,
  encoding: BufferEncoding,
  edit: (text: string, trial: number) => string,
  marker: (trial: number) => string,
) {
  const original = await readFile(file, encoding);
  const times: number[] = [];
  for (let trial = 1; trial <= TRIALS; trial++) {
    const reloaded = nextReload();
    await new Promise((r) => setTimeout(r, 50)); // the event stream is open before the save
    const saved = performance.now();
    await writeFile(file, edit(original, trial), encoding);
    await reloaded;
    const page = await fetchPage();
    times.push(performance.now() - saved);
    if (!page.includes(marker(trial))) throw new Error(`${label} : la page ne montre pas la modification`);
  }
  await writeFile(file, original, encoding);
  await nextReload();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(36)} ${median.toFixed(0).padStart(6)} ms median, ${times.at(-1)!.toFixed(0)} ms max (${TRIALS} saves)`);
}

const participant = (trial: number) =>
  `PL-BENCH-${trial};BENCH;Bench;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`;
await measure(
  'participants.csv (≈400 rows)',
  join(root, '2023', 'participants.csv'),
  'latin1',
  (t, n) => t + participant(n),
  () => 'rapport',
);
await measure(
  'evenements.csv (≈42 000 rows)',
  join(root, '2023', 'evenements.csv'),
  'utf8',
  (t, n) => t.replace(/\r?\n$/, '') + `\r\n${t.split(/\r?\n/)[1]!.replace(/^[^;]*/, `J-BENCH-${n}`)}\r\n`,
  () => 'rapport',
);
await measure(
  'contenu/textes (narrative)',
  join(root, '2023', 'contenu', 'textes', 'mde-manifestations.md'),
  'utf8',
  (t, n) => `${t}\n\nMarqueur de mesure ${n}.\n`,
  (n) => `Marqueur de mesure ${n}.`,
);
await measure(
  'templates (section partial)',
  join(templates, 'sections', 'plie-sorties.hbs'),
  'utf8',
  (t, n) => `${t}\n<p>gabarit-${n}</p>\n`,
  (n) => `gabarit-${n}`,
);
await server.close();
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
