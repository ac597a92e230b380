import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { onlyTexts, withNewTexts } from '../../src/preview/texts-only.js';
import { computeReport } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

describe('a preview rebuild after a save of narrative texts only', () => {
  it('is told from other saves', () => {
    expect(onlyTexts(['/d/2023/contenu/textes/ml-sante.md'], '/d/2023')).toBe(true);
    expect(onlyTexts(['/d/2023/contenu/textes/ml-sante.md', '/d/2023/jeunes.csv'], '/d/2023')).toBe(false);
    expect(onlyTexts(['/d/2023/contenu/textes'], '/d/2023')).toBe(false);
    expect(onlyTexts(['/d/2023/contenu/indicateurs.json'], '/d/2023')).toBe(false);
    expect(onlyTexts([], '/d/2023')).toBe(false);
  });

  it('computes the same report as a whole aggregation: the figures standing, the texts’ warnings made again', async () => {
    const root = await mkdtemp(join(tmpdir(), 'alpes-texts-only-'));
    for (const year of ['2021', '2022', '2023']) await cp(join('fixtures', year), join(root, year), { recursive: true });
    const dataDir = join(root, '2023');
    const config = await loadConfig(undefined, sectionIds);
    const load = () => loadDataset({ year: 2023, dataDir, config, sectionIds, historyYears: 2 });
    const before = computeReport(await load(), config);
    const texts = join(dataDir, 'contenu', 'textes');
    // A label for a figure the page does not compute, a paragraph more, and a text that no page prints.
    const sante = await readFile(join(texts, 'ml-sante.md'), 'utf8');
    await writeFile(join(texts, 'ml-sante.md'), `${sante.replace('---\n', '---\nml.health.inconnu: Un libellé\n')}\n\nUn paragraphe de plus.\n`);
    await writeFile(join(texts, 'editorial.md'), 'Texte sans page.\n');
    const dataset = await load();
    const whole = computeReport(dataset, config);
    expect(whole.conflicts.length).toBeGreaterThan(before.conflicts.length);
    expect(withNewTexts(before, dataset)).toEqual(whole);
  }, 60_000);
});
