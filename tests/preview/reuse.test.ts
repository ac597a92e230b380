import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { changedOffers } from '../../src/preview/changed-offers.js';
import { computeReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

const folders = { dataDir: '/d/2023', history: ['/d/2022', '/d/2021'], templatesDir: '/t' };
const offers = (...files: string[]) => {
  const found = changedOffers(files, folders);
  return found && [...found].sort();
};

/** A copy of the fixtures (three years), loaded as the preview loads them. */
async function fixtures() {
  const root = await mkdtemp(join(tmpdir(), 'alpes-reuse-'));
  for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
  const dataDir = join(root, '2023');
  const config = await loadConfig(undefined, sectionIds);
  const load = () => loadDataset({ year: 2023, dataDir, config, sectionIds, historyYears: 2 });
  return { root, dataDir, config, load };
}

/** A participant who left on 15/06/2023 for a job (the line of the bench). */
const exit = (k: number) => `PL-REUSE-${k};REUSE;Test;F;01/01/1980;Lambersart;Non;01/02/2022;15/06/2023;Emploi;;Commerce;3;Oui;Non;Non;ALPES\r\n`;

describe('a preview rebuild keeping the sections of the offers whose files were not saved', () => {
  it('tells the offers a save may change, every one when it cannot tell', () => {
    expect(offers('/d/2023/participants.csv')).toEqual(['plie']);
    expect(offers('/d/2021/Participants.CSV')).toEqual(['plie']);
    expect(offers('/d/2023/jeunes.csv')).toEqual(['mde', 'ml']);
    expect(offers('/d/2023/situations.csv')).toEqual(['mde', 'ml']);
    expect(offers('/d/2023/clauses.csv')).toEqual(['mde']);
    expect(offers('/d/2023/contenu/textes/ml-sante.md', '/t/sections/ml-sante.hbs')).toEqual([]);
    expect(offers('/d/2023/contenu/indicateurs.json')).toEqual(['contenu', 'mde']);
    expect(offers('/d/2023/contenu/textes')).toEqual(['contenu', 'mde']);
    expect(offers('/d/2022/contenu/textes/ml-sante.md')).toEqual(['contenu', 'mde']);
    expect(offers('/d/2023/participants.csv', '/d/2023/source.json')).toBeUndefined();
    expect(offers('/d/2023/notes.txt')).toBeUndefined();
    expect(offers('/d/2023/archive/participants.csv')).toBeUndefined();
    expect(offers('/d/2023')).toBeUndefined();
    expect(offers('/etc/alpes-report.json')).toBeUndefined();
  });

  it('computes the same report as a whole aggregation after a save of participants.csv, this year’s and last year’s', async () => {
    const { root, dataDir, config, load } = await fixtures();
    const before = computeReport(await load(), config);
    for (const file of [join(dataDir, 'participants.csv'), join(root, '2022', 'participants.csv')]) {
      const text = await readFile(file, 'latin1');
      await writeFile(file, text + exit(1) + exit(2), 'latin1');
    }
    const dataset = await load();
    const whole = computeReport(dataset, config);
    const reused = computeReport(dataset, config, undefined, { reuse: { previous: before, changedOffers: new Set(['plie']) } });
    expect(whole.indicators).not.toEqual(before.indicators);
    expect(reused).toEqual(whole);
    // The Mission Locale's sections were kept as they were, the PLIE's made again.
    const section = (computed: typeof before, id: string) => computed.sections.find((s) => s.id === id)!;
    expect(section(reused, 'ml-public').model).toBe(section(before, 'ml-public').model);
    expect(section(reused, 'plie-sorties').model).not.toBe(section(before, 'plie-sorties').model);
    // And again from the reused one: what a second save finds.
    expect(computeReport(dataset, config, undefined, { reuse: { previous: reused, changedOffers: new Set(['plie']) } })).toEqual(whole);
  }, 60_000);

  it('computes the same report after a save of narrative texts only: the figures standing, the texts’ warnings made again', async () => {
    const { dataDir, config, load } = await fixtures();
    const before = computeReport(await load(), config);
    const texts = join(dataDir, 'contenu', 'textes');
    // A label for a figure the page does not compute, a paragraph more, and a text that no page prints.
    const sante = await readFile(join(texts, 'ml-sante.md'), 'utf8');
    await writeFile(join(texts, 'ml-sante.md'), `${sante.replace('---\n', '---\nml.health.inconnu: Un libellé\n')}\n\nUn paragraphe de plus.\n`);
    await writeFile(join(texts, 'editorial.md'), 'Texte sans page.\n');
    const dataset = await load();
    const whole = computeReport(dataset, config);
    expect(whole.conflicts.length).toBeGreaterThan(before.conflicts.length);
    expect(computeReport(dataset, config, undefined, { reuse: { previous: before, changedOffers: new Set() } })).toEqual(whole);
  }, 60_000);

  it('makes every section again for another configuration, or with evidence asked for', async () => {
    const { config, load } = await fixtures();
    const dataset = await load();
    const before = computeReport(dataset, config);
    const reuse = { previous: before, changedOffers: new Set<never>() };
    const other = { ...config, sections: { ...config.sections, 'ml-sante': false } };
    expect(computeReport(dataset, other, undefined, { reuse })).toEqual(computeReport(dataset, other));
    const evidence = new Map();
    computeReport(dataset, config, evidence, { reuse });
    expect(evidence.size).toBeGreaterThan(0);
  }, 60_000);
});
