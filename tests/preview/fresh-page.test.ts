import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { buildAfter } from '../support/preview.js';

/** The report in a preview page: its head (styles, fonts) and its main (sections, charts, appendix); the bar and the script aside. */
const report = (page: string) => page.slice(0, page.indexOf('<body')) + page.slice(page.indexOf('<main'), page.indexOf('</main>'));
const served = async (server: PreviewServer) => (await fetch(server.url)).text();

/** A participant who left on 15/06/2023 for a job. */
const exit = (k: number) => `PL-FRESH-${k};FRESH;Test;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`;

describe('the preview page after saves, kept pieces and all', () => {
  let root: string;
  let server: PreviewServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'alpes-fresh-'));
    for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
    await cp('templates', join(root, 'templates'), { recursive: true });
    server = await startPreview({ year: 2023, dataDir: join(root, '2023'), templatesDir: join(root, 'templates') });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Saves `text` over `file` and compares the page the server then shows with the one a preview started afresh shows. */
  async function savedEqualsFresh(file: string, edit: (text: string) => string, encoding: BufferEncoding = 'utf8') {
    const version = server.current().version;
    await writeFile(file, edit(await readFile(file, encoding)), encoding);
    expect((await buildAfter(server, version)).ok).toBe(true);
    const fresh = await startPreview({ year: 2023, dataDir: join(root, '2023'), templatesDir: join(root, 'templates') });
    try {
      const [kept, whole] = [await served(server), await served(fresh)];
      expect(report(kept)).toBe(report(whole));
      return kept;
    } finally {
      await fresh.close();
    }
  }

  it('equals a fresh page after a save of participants.csv, a narrative text with new characters, a template', async () => {
    const before = report(await served(server));
    const page = await savedEqualsFresh(join(root, '2023', 'participants.csv'), (t) => t + exit(1) + exit(2), 'latin1');
    expect(report(page)).not.toBe(before);
    const text = await savedEqualsFresh(join(root, '2023', 'contenu', 'textes', 'mde-manifestations.md'), (t) => `${t}\n\nŴŷ « marqueur » : 12 %.\n`);
    expect(text).toContain('Ŵŷ «\u202fmarqueur\u202f»\u202f: 12\u202f%.');
    const template = await savedEqualsFresh(join(root, 'templates', 'sections', 'plie-sorties.hbs'), (t) => `${t}\n<p>gabarit : l'essai</p>\n`);
    expect(template).toContain('gabarit\u202f: l’essai');
  }, 120_000);
});
