import { describe, expect, it } from 'vitest';
import { labelIssues, sectionText, splitTexts } from '../../src/dataset/text-labels.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { resolveConfig } from '../../src/config/load.js';
import type { Dataset } from '../../src/dataset/load.js';
import { event, jeune, mlYear } from '../support/ml.js';

describe('the wording a section text declares for its figures', () => {
  it('is the `key: text` lines between two --- lines, the rest being the narrative', () => {
    const text = "---\nml.health.cpam: jeunes reçus par la CPAM\n\nml.health.checkUp: bilans : l'Institut\n---\nUn paragraphe.";
    expect(sectionText(text)).toEqual({
      labels: { 'ml.health.cpam': 'jeunes reçus par la CPAM', 'ml.health.checkUp': "bilans : l'Institut" },
      narrative: 'Un paragraphe.',
      issues: [],
    });
    expect(sectionText('Un paragraphe seul.')).toEqual({ labels: {}, narrative: 'Un paragraphe seul.', issues: [] });
    expect(splitTexts({ 'ml-sante': '---\nml.health.cpam: CPAM\n---', 'ml-emploi': 'Texte.' })).toEqual({
      labels: { 'ml.health.cpam': 'CPAM' },
      narratives: { 'ml-emploi': 'Texte.' },
    });
  });

  it('says which line is not `key: text`, which key is written twice, and a key the page does not compute (with the nearest)', () => {
    const texts = { 'ml-sante': '---\nml.health.cpam: A\nsans deux-points\nml.health.cpam: B\nml.health.cpan: C\n---' };
    const issues = labelIssues(texts, new Map([['ml-sante', ['ml.health.cpam', 'ml.health.checkUp']]]));
    expect(issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [3, undefined, 'ligne de libellé attendue sous la forme « clé.de.l.indicateur: texte imprimé à côté du chiffre »'],
      [4, undefined, 'libellé de « ml.health.cpam » écrit deux fois : seul le premier est imprimé'],
      [undefined, 'ml.health.cpan', 'libellé d’un indicateur que cette page ne calcule pas (vouliez-vous dire « ml.health.cpam » ?) : il n’est pas imprimé'],
    ]);
    expect(issues.every((i) => i.severity === 'warning' && i.file === 'contenu/textes/ml-sante.md')).toBe(true);
  });
});

describe('a health page without declared wording', () => {
  const config = resolveConfig({ offers: { plie: false, ml: true, mde: false } });
  const a = jeune();
  const ml = mlYear(2023, { jeunes: [a], evenements: [event(a, { intervenant: 'CPAM' }), event(a, { intervenant: 'Psychologue' })] });
  const datasetWith = (texts: Record<string, string>) =>
    ({
      year: 2023,
      current: { year: 2023, source: {}, ml, contenu: { texts, indicators: {} } },
      history: [],
      warnings: [],
      historyWarnings: [],
      notices: [],
    }) as unknown as Dataset;
  const page = async (texts: Record<string, string>) => {
    const dataset = datasetWith(texts);
    const html = await renderHtml(reportView(dataset, computeReport(dataset, config), config));
    return /<section[^>]*id="ml-sante"[\s\S]*?<\/section>/.exec(html)![0];
  };

  it('names no partner of ALPES: the partners’ figures are printed with the wording of contenu/textes/ml-sante.md only', async () => {
    const bare = await page({});
    expect(bare).not.toMatch(/CPAM|Pasteur|ARS/);
    // One jeune: the wording agrees with the count.
    expect(bare).toContain('1</span> <span class="figure-label">jeune accompagné par la psychologue');
    const worded = await page({ 'ml-sante': '---\nml.health.cpam: jeunes reçus par la déléguée de la CPAM\n---' });
    expect(worded).toContain('jeunes reçus par la déléguée de la CPAM');
    expect(worded).not.toMatch(/Pasteur|ARS/);
  });
});
