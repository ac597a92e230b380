import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/print/page-map.js';
import { buildReport, type IndicatorsJson } from '../../src/report.js';

/** The sections the print starts on a page of their own (templates/report.css), with what their page opens with. */
const PAGE_STARTS: Record<string, RegExp> = {
  territoire: /Les données clés du territoire/,
  'mde-manifestations': /M\s+D\s+E\s+Maison de l’Emploi/,
  'mde-cyberbase': /Espace Cyber-base Emploi/,
  'plie-programme': /P\s+L\s+I\s+E\s+Plan Local pour l’Insertion et l’Emploi/,
  'plie-participants': /Les participants/,
  'plie-etapes': /Les étapes de parcours/,
  'plie-sorties': /Les sorties/,
  'ml-public': /M\s+L\s+Mission Locale/,
  'ml-emploi': /Emploi/,
  'ml-dispositifs': /Les dispositifs d’accompagnement/,
  'ml-securisation-financiere': /La sécurisation financière des parcours/,
  communication: /Communication/,
  communes: /Fiches communales/,
  methodologie: /Méthodologie/,
};

/** The fixtures' report printed once (about 15 s): its pages' text, and the page each section starts on. */
describe('the fixtures’ PDF', () => {
  let out: string;
  let pages: string[];
  let starts: Map<string, number>;
  let indicators: IndicatorsJson;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'alpes-pages-'));
    ({ indicators } = await buildReport({ year: 2023, dataDir: 'fixtures/2023', outDir: out, formats: ['pdf'] }));
    const file = join(out, 'rapport-2023.pdf');
    starts = destinationPages(await readFile(file));
    // pdftotext ends every page with a form feed: the last piece is empty.
    pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  /** The pages of the methodology appendix: from its start to the end (nothing is printed after it). */
  const methodology = () => pages.slice(starts.get('methodologie')! - 1);

  it('prints the methodology appendix, the last section, on at most 5 pages', () => {
    const start = starts.get('methodologie')!;
    const sections = [...starts].filter(([id]) => !id.startsWith('def-'));
    expect(Math.max(...sections.map(([, page]) => page))).toBe(start);
    expect(methodology().length).toBeGreaterThan(0);
    expect(methodology().length).toBeLessThanOrEqual(5);
  });

  it('keeps every entry of the appendix: each figure’s key and label, and every file read', () => {
    const file = join(out, 'rapport-2023.pdf');
    // In the order the page draws it (column after column); keys may wrap anywhere in the narrow columns: compared without spaces.
    const raw = execFileSync('pdftotext', ['-raw', '-f', String(starts.get('methodologie')), file, '-'], { encoding: 'utf8' });
    // The page is typeset (’ for ', no-break spaces): compared as the reader sees it.
    const squeezed = (s: string) => s.replace(/\s+/g, '').replace(/'/g, '’');
    const text = squeezed(raw);
    expect(Object.keys(indicators).length).toBeGreaterThan(200);
    const missing = Object.entries(indicators).flatMap(([key, { label, sources }]) =>
      [key, label, ...sources].filter((part) => !text.includes(squeezed(part))).map((part) => `${key}: ${part}`),
    );
    expect(missing).toEqual([]);
  });

  it('prints the type of the appendix no smaller than 7.5 pt', () => {
    const file = join(out, 'rapport-2023.pdf');
    const first = starts.get('methodologie')!;
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(first), '-l', String(first + methodology().length - 1), file, '-'], {
      encoding: 'utf8',
    });
    // A word’s box spans the font’s ascender and descender: 1.424 em for Source Sans 3 (1024 + 400 units of 1000), less rounding.
    const sizes = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => (Number(m[2]) - Number(m[1])) / 1.424);
    expect(sizes.length).toBeGreaterThan(1000);
    expect(Math.min(...sizes)).toBeGreaterThan(7.4);
  });

  it('prints nothing in the bottom margin but the footer (a line moved to the next page leaves none of its accents behind)', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', join(out, 'rapport-2023.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const strays = bbox
      .split('<page ')
      .slice(1)
      .flatMap((page, i) => {
        const words = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          top: Number(m[1]),
          bottom: Number(m[2]),
          text: m[3]!,
        }));
        // The footer ends with « N / M »: its « / » is the lowest on the page.
        const footer = Math.max(...words.filter((w) => w.text === '/').map((w) => w.top));
        // Centred in the margin, it is a few points below the page's text, whose last line ends above it.
        return words.filter((w) => w.bottom > footer - 4 && Math.abs(w.top - footer) > 0.5).map((w) => `page ${i + 1}: ${w.text}`);
      });
    expect(strays).toEqual([]);
  });

  it('opens the cover, the editorial, the contents and each section printed on a new page at the top of their page', () => {
    expect(pages[0]).toMatch(/ALPES/);
    expect(pages[1]!.trim()).toMatch(/^Camille Exemple/);
    expect(pages[2]!.trim()).toMatch(/^Sommaire/);
    for (const [id, opening] of Object.entries(PAGE_STARTS)) {
      const page = starts.get(id);
      expect(page, id).toBeGreaterThan(1);
      expect(pages[page! - 1]!.trim().slice(0, 80), id).toMatch(new RegExp(`^${opening.source}`));
    }
    expect(starts.get('territoire')).toBe(4);
  });
});
