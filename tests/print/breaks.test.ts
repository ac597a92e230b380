import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/print/pdf.js';

/**
 * The report's print rules on made-up pages: each case starts a page, pushed down by a spacer of
 * every height from 235 to 262 mm (of the 267 mm the page gives), so that some page end falls
 * between a title and what follows it, or inside a figure or a table.
 */
const SPACERS = Array.from({ length: 28 }, (_, i) => 235 + i);

const rows = (n: number) => Array.from({ length: 12 }, (_, i) => `<tr><th scope="row">Ligne-${n}-${i}</th><td>${i}</td></tr>`).join('');
const CASES: Record<string, (n: number) => string> = {
  title: (n) => `<h3>Titre-${n}</h3><div class="figure"><span class="figure-value">12</span> <span class="figure-label">Suite-${n}</span></div>`,
  table: (n) => `<table class="data"><caption>Titre-${n}</caption><tbody>${rows(n)}</tbody></table>`,
  figure: (n) =>
    `<div class="figure"><span class="figure-value">12</span> <span class="figure-label">Titre-${n}</span></div><p class="evolution">(Suite-${n})</p>`,
};

const page = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${readFileSync('templates/report.css', 'utf8')}` +
  `:root { --accent: #555; --primary: #555; --text: #222; --font: sans-serif; }</style></head><body>${body}</body></html>`;

describe('the print rules of an offer’s pages', () => {
  let out: string;
  /** Each case's pages' text, in order. */
  const printed = new Map<string, string[]>();

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'alpes-breaks-'));
    for (const [name, make] of Object.entries(CASES)) {
      const body = SPACERS.map((mm, n) => `<section style="break-before: page"><div style="height: ${mm}mm">Début-${n}</div>${make(n)}</section>`).join('');
      const file = join(out, `${name}.pdf`);
      await writeFile(file, await printPdf(page(body), { date: new Date(Date.UTC(2023, 11, 31)) }));
      printed.set(name, execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f'));
    }
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  /** The pages a text is printed on. */
  const pagesOf = (pages: string[], text: string) => pages.flatMap((content, i) => (new RegExp(`${text}\\b`).test(content) ? [i + 1] : []));
  const cases = SPACERS.map((mm, n) => ({ mm: `${mm} mm`, n }));

  /** Checks that `texts` of every case are on one page, and that some case's did move to the next one (a page end was reached). */
  const together = (name: string, texts: (n: number) => string[]) => {
    const pages = printed.get(name)!;
    let moved = 0;
    for (const { mm, n } of cases) {
      const on = new Set(texts(n).flatMap((text) => pagesOf(pages, text)));
      expect(on.size, mm).toBe(1);
      if (!on.has(pagesOf(pages, `Début-${n}`)[0]!)) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  };

  it('keep a title on the page of the figure it introduces', () => together('title', (n) => [`Titre-${n}`, `Suite-${n}`]));
  it('never cut a table, its caption kept with it', () => together('table', (n) => [`Titre-${n}`, `Ligne-${n}-0`, `Ligne-${n}-11`]));
  it('keep a key figure with its evolution', () => together('figure', (n) => [`Titre-${n}`, `Suite-${n}`]));
});
