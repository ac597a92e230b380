import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { config } from '../support/build.js';
import { onePersonDataset } from '../support/one-person.js';
import { pageText } from '../support/page-text.js';

const N = '\u202f';
/** One participant, one jeune, one aid of 10 238 €: counts of 0 and 1 everywhere. */
const dataset = onePersonDataset(10_238);

describe('the wording of a report of few people', () => {
  it('agrees every noun with its count: 0 and 1 singular', async () => {
    const text = pageText(await renderHtml(reportView(dataset, computeReport(dataset, config), config)));
    for (const line of [
      '1 nouvelle entrée',
      '1 étape mobilisée pour 1 participant',
      '1 jeune a bénéficié de 1 situation emploi',
      '0 atelier organisé, soit une moyenne de 0 atelier par mois',
      '0 jeune a participé à 0 action culturelle',
      '1 contact (1 contact par jeune en moyenne)',
    ]) {
      expect(text).toContain(line);
    }
    // No plural after 0 or 1, and no « (s) » left for the reader to choose.
    const wrong = text.filter((line) =>
      /(?<![\d\u202f,])[01] (?:jeunes|participants|ateliers|contacts|entretiens|contrats|situations|personnes|sorties)\b/.test(line),
    );
    expect(wrong).toEqual([]);
    expect(text.filter((line) => /\p{L}\((?:e|s|es)\)/u.test(line))).toEqual([]);
  });

  it('prints a total of 10 238 € in thousands, its verb agreeing', async () => {
    const text = pageText(await renderHtml(reportView(dataset, computeReport(dataset, config), config)));
    expect(text).toContain(`10,2${N}k€ ont été alloués aux jeunes accompagnés dans le cadre de la sécurisation financière des parcours.`);
    expect(text.join('\n')).not.toContain('millions');
  });
});
