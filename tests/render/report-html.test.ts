import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { resolveConfig } from '../../src/config/load.js';
import { computeReport } from '../../src/report.js';
import { config } from '../support/build.js';
import { onePersonDataset } from '../support/one-person.js';

/** The PLIE alone, or with a Mission Locale whose aids total 2 238 779 €. */
const dataset = (withMl: boolean) => onePersonDataset(withMl ? 2_238_779 : undefined);

describe('the HTML report', () => {
  it('renders every section of the offers present, each through its partial, under its offer band', async () => {
    const report = computeReport(dataset(true), config);
    expect(report.sections.map((s) => s.id)).toEqual([
      'mde-manifestations', // the MDE is run but has no data here: said once
      'plie-participants',
      'plie-etapes',
      'plie-sorties',
      'ml-public',
      'ml-emploi',
      'ml-dispositifs',
      'ml-securisation-financiere',
    ]);
    // The pages whose figures count none of these few rows are left out, each said once.
    expect(report.notices.map((n) => /\((.+)\) omise/.exec(n)?.[1])).toEqual([
      'plie-programme',
      'ml-sante',
      'ml-orientation-formation',
      'ml-coaching',
      'ml-mobilite-internationale',
      'ml-service-civique',
    ]);
    const html = await renderHtml({ year: 2023, config, demonstration: false, sections: report.sections });
    expect(html).toContain('id="ml-securisation-financiere"');
    expect(html).toContain('P L I E');
    expect(html).toContain('M L');
    expect(html).toContain('2\u202f238\u202f779\u202f€');
    expect(html).toContain('2,2</span> millions d’euros ont été alloués');
    expect(html).not.toContain('données de démonstration');
  });

  it('says so on the pages of an offer run but without data, and prints no zero for it', async () => {
    const report = computeReport(dataset(false), config);
    const ml = report.sections.filter((s) => s.offer === 'ml');
    expect(ml).toHaveLength(1); // said once, under the offer's band
    expect(ml[0]?.model).toBeUndefined();
    expect(Object.keys(report.indicators).some((k) => k.startsWith('ml.'))).toBe(false);
    const html = await renderHtml({ year: 2023, config, demonstration: false, sections: report.sections });
    expect(html).toContain('Aucune donnée pour 2023');
  });

  it('leaves out entirely the pages of an offer the association does not run', async () => {
    const withoutMl = resolveConfig({ offers: { ml: false } });
    const report = computeReport(dataset(true), withoutMl);
    expect(report.sections.some((s) => s.offer === 'ml')).toBe(false);
    expect(Object.keys(report.indicators).some((k) => k.startsWith('ml.'))).toBe(false);
    const html = await renderHtml({ year: 2023, config: withoutMl, demonstration: false, sections: report.sections });
    expect(html).not.toContain('M L');
    expect(html).toContain('P L I E');
  });
});

describe('declared figures', () => {
  it('add to the JSON, and one that contradicts a computed figure is reported, the computed value kept', () => {
    const data = dataset(true);
    data.current.contenu = {
      editorial: undefined,
      territory: undefined,
      communication: undefined,
      events: undefined,
      businessCreation: undefined,
      texts: {},
      indicators: {
        'ml.seeph.participants': { valeur: 62, libelle: 'participants SEEPH', source: 'feuilles de présence' },
        'plie.participants': { valeur: 999, libelle: 'participants', source: 'tableau de bord' },
      },
    };
    const report = computeReport(data, config);
    expect(report.indicators['ml.seeph.participants']?.value).toBe(62);
    expect(report.indicators['plie.participants']?.value).toBe(1);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        column: 'plie.participants',
        message: 'valeur déclarée 999 différente de la valeur calculée 1 : la valeur calculée est retenue',
      }),
    ]);
  });
});
