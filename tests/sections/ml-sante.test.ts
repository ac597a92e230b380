import { describe, expect, it } from 'vitest';
import { mlSanteSection } from '../../src/sections/ml-sante.js';
import { resolveConfig } from '../../src/config/load.js';
import type { Dataset } from '../../src/dataset/load.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, scheme } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-sante', () => {
  const [a, b] = [jeune(), jeune()];
  const {
    model: m,
    indicators,
    evidence,
  } = runSection(
    mlSanteSection,
    config,
    mlYear(2023, {
      jeunes: [a, b],
      evenements: [
        event(a, { intervenant: 'Psychologue' }),
        event(a, { intervenant: 'Psychologue' }),
        event(b, { intervenant: 'CPAM' }),
        event(b, { type: 'Atelier', theme: 'Santé', atelier: 'ARS-1' }),
        event(a, { intervenant: 'Institut Pasteur', date: '2022-11-01' }),
      ],
      dispositifs: [
        scheme(a, { dispositif: 'Suivi renforcé TH', date_entree: '2021-01-01' }),
        scheme(b, { dispositif: 'Suivi renforcé TH', date_entree: '2020-01-01', date_sortie: '2022-12-31' }),
      ],
    }),
  );

  it('counts jeunes per health partner, psychologist interviews and the TH follow-up', () => {
    expect(m).toEqual({ cpam: 1, healthCheck: 0, healthWorkshops: 1, psychologist: { young: 1, interviews: 2 }, disabilityFollowUp: 1 });
  });

  it('traces every figure to the events and schemes that recompute it', () => {
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
  });

  it('names the export each figure is counted from', () => {
    const sources = Object.fromEntries(indicators.map((i) => [i.key, i.sources]));
    expect(sources['ml.health.cpam']).toEqual(['2023/evenements.csv']);
    expect(sources['ml.health.psychologist.interviews']).toEqual(['2023/evenements.csv']);
    expect(sources['ml.disability.reinforced']).toEqual(['2023/dispositifs.csv']);
  });
});

describe('ml-sante for an association without ALPES’s partners (ml.health)', () => {
  const config = resolveConfig({ offers: { plie: false, ml: true, mde: false }, ml: { health: { cpam: null, checkUp: 'Centre d’examens de santé' } } });
  const a = jeune();
  const ml = mlYear(2023, {
    jeunes: [a],
    evenements: [event(a, { intervenant: 'CPAM' }), event(a, { intervenant: 'Centre d’examens de santé' }), event(a, { intervenant: 'Psychologue' })],
  });
  // The wording of ALPES's texts, declared for both partners: the one not configured is not printed.
  const texts = { 'ml-sante': '---\nml.health.cpam: jeunes reçus par une déléguée de la CPAM\nml.health.checkUp: jeunes ont réalisé un bilan de santé\n---' };
  const dataset = {
    year: 2023,
    current: { year: 2023, source: {}, ml, contenu: { texts, indicators: {} } },
    history: [],
    warnings: [],
    historyWarnings: [],
    notices: [],
  } as unknown as Dataset;

  it('measures no CPAM figure, and names the configured partner in the label and the definition', () => {
    const { model, indicators } = runSection(mlSanteSection, config, ml);
    expect(model.cpam).toBeNull();
    expect(model.healthCheck).toBe(1);
    expect(indicators.map((i) => i.key)).not.toContain('ml.health.cpam');
    const checkUp = indicators.find((i) => i.key === 'ml.health.checkUp')!;
    expect([checkUp.label, checkUp.definition].join(' ')).toContain('Centre d’examens de santé');
  });

  it('prints no « CPAM » in the page’s HTML, even with a CPAM wording declared', async () => {
    const report = computeReport(dataset, config);
    const html = await renderHtml(reportView(dataset, report, config));
    const page = /<section[^>]*id="ml-sante"[\s\S]*?<\/section>/.exec(html)![0];
    expect(page).not.toContain('CPAM');
    expect(page).toContain('jeunes ont réalisé un bilan de santé');
    expect(html).not.toContain('ml.health.cpam"');
  });

  it('leaves the psychologist out when none is configured, and names the configured one in the definitions', () => {
    const none = resolveConfig({ ml: { health: { psychologist: null } } });
    expect(runSection(mlSanteSection, none, ml).model.psychologist).toBeNull();
    const other = resolveConfig({ ml: { health: { psychologist: 'Psychologue BAPU' } } });
    const seen = mlYear(2023, { jeunes: [a], evenements: [event(a, { intervenant: 'Psychologue BAPU' }), event(a, { intervenant: 'Psychologue' })] });
    const { model, indicators } = runSection(mlSanteSection, other, seen);
    expect(model.psychologist).toEqual({ young: 1, interviews: 1 });
    expect(indicators.find((i) => i.key === 'ml.health.psychologist.interviews')!.definition).toContain('l’intervenant « Psychologue BAPU »');
  });
});
