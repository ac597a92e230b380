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
    expect(m).toEqual({
      cpam: 1,
      healthCheck: 0,
      healthWorkshops: 1,
      psychologist: { young: 1, interviews: 2, name: 'la psychologue' },
      disabilityFollowUp: 1,
    });
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
    expect(model.psychologist).toEqual({ young: 1, interviews: 1, name: 'l’intervenant « Psychologue BAPU »' });
    expect(indicators.find((i) => i.key === 'ml.health.psychologist.interviews')!.definition).toContain('l’intervenant « Psychologue BAPU »');
  });
});

describe('ml.health: the partners’ names and the health workshops, as configuration', () => {
  const a = jeune();
  const b = jeune();
  // A health workshop: the page counts a row whatever the partners (a page of zeros has no figure).
  const labels = (settings: unknown, evenements = [event(a, { type: 'Atelier', theme: 'Santé' })]) => {
    const { indicators } = runSection(mlSanteSection, resolveConfig({ ml: { health: settings } }), mlYear(2023, { jeunes: [a], evenements }));
    return Object.fromEntries(indicators.map((i) => [i.key, i.label]));
  };

  it('reads ALPES’s partners by name in the labels, their intervenant in the definitions', () => {
    const { indicators } = runSection(mlSanteSection, config, mlYear(2023, { jeunes: [a], evenements: [event(a, { intervenant: 'CPAM' })] }));
    const byKey = Object.fromEntries(indicators.map((i) => [i.key, i]));
    expect(byKey['ml.health.cpam']!.label).toBe('Jeunes reçus par la CPAM');
    expect(byKey['ml.health.cpam']!.definition).toBe('Jeunes distincts ayant un événement de l’année avec l’intervenant « CPAM ».');
    expect(byKey['ml.health.checkUp']!.label).toBe('Jeunes ayant fait un bilan de santé avec l’Institut Pasteur');
    expect(byKey['ml.health.psychologist.young']!.label).toBe('Jeunes reçus par la psychologue');
    expect(byKey['ml.health.psychologist.interviews']!.label).toBe('Entretiens avec la psychologue');
  });

  it('takes another association’s names, and still reads an intervenant alone (the older shape) as « l’intervenant « … » »', () => {
    const named = labels({ cpam: { intervenant: 'CPAM 59', name: 'la caisse primaire' }, psychologist: { intervenant: 'BAPU', name: 'le BAPU' } });
    expect(named['ml.health.cpam']).toBe('Jeunes reçus par la caisse primaire');
    expect(named['ml.health.psychologist.young']).toBe('Jeunes reçus par le BAPU');
    expect(labels({ cpam: 'CPAM' })['ml.health.cpam']).toBe('Jeunes reçus par l’intervenant « CPAM »');
    expect(resolveConfig({ ml: { health: { cpam: { intervenant: 'CPAM' } } } }).ml.health.cpam).toEqual({
      intervenant: 'CPAM',
      name: 'l’intervenant « CPAM »',
    });
  });

  it('counts the jeunes by the configured intervenant, not its name', () => {
    const seen = [event(a, { intervenant: 'CPAM 59' }), event(b, { intervenant: 'la caisse primaire' })];
    const settings = resolveConfig({ ml: { health: { cpam: { intervenant: 'CPAM 59', name: 'la caisse primaire' } } } });
    expect(runSection(mlSanteSection, settings, mlYear(2023, { jeunes: [a, b], evenements: seen })).model.cpam).toBe(1);
  });

  it('counts the health workshops by the configured types and themes (ALPES: « Atelier » of theme « Santé »)', () => {
    const evenements = [
      event(a, { type: 'Atelier', theme: 'Santé' }),
      event(b, { type: 'Information collective', theme: 'Prévention' }),
      event(b, { type: 'Atelier', theme: 'Prévention' }),
      event(b, { type: 'Entretien individuel', theme: 'Santé' }),
    ];
    const count = (settings: unknown) =>
      runSection(mlSanteSection, settings === undefined ? config : resolveConfig({ ml: { health: settings } }), mlYear(2023, { jeunes: [a, b], evenements }));
    expect(count(undefined).model.healthWorkshops).toBe(1);
    const other = count({ workshops: { eventTypes: ['Information collective'], themes: ['Prévention', 'Santé'] } });
    expect(other.model.healthWorkshops).toBe(1);
    expect(other.indicators.find((i) => i.key === 'ml.health.workshops')!.definition).toBe(
      'Jeunes distincts ayant participé dans l’année à un événement de type « Information collective » et de thème « Prévention » ou « Santé ».',
    );
    expect(count({ workshops: { eventTypes: ['Atelier', 'Information collective'], themes: ['Prévention'] } }).model.healthWorkshops).toBe(1);
    expect(count({ workshops: { eventTypes: ['Atelier', 'Information collective'], themes: ['Prévention', 'Santé'] } }).model.healthWorkshops).toBe(2);
  });

  it('refuses a workshop type evenements.csv cannot hold, and an empty list', () => {
    expect(() => resolveConfig({ ml: { health: { workshops: { eventTypes: ['Ateliers'], themes: ['Santé'] } } } }, 'alpes.json')).toThrow(
      'alpes.json: ml.health.workshops.eventTypes[0]: type d’événement inconnu « Ateliers »',
    );
    expect(() => resolveConfig({ ml: { health: { workshops: { eventTypes: ['Atelier'], themes: [] } } } }, 'alpes.json')).toThrow(
      'alpes.json: ml.health.workshops.themes',
    );
  });

  it('prints the psychologist’s configured name on the page', async () => {
    const settings = resolveConfig({
      offers: { plie: false, ml: true, mde: false },
      ml: { health: { psychologist: { intervenant: 'BAPU', name: 'le BAPU' } } },
    });
    const ml = mlYear(2023, { jeunes: [a], evenements: [event(a, { intervenant: 'BAPU' })] });
    const dataset = {
      year: 2023,
      current: { year: 2023, source: {}, ml, contenu: { texts: {}, indicators: {} } },
      history: [],
      warnings: [],
      historyWarnings: [],
      notices: [],
    } as unknown as Dataset;
    const html = await renderHtml(reportView(dataset, computeReport(dataset, settings), settings));
    const page = /<section[^>]*id="ml-sante"[\s\S]*?<\/section>/.exec(html)![0];
    expect(page).toContain('jeune accompagné par le BAPU');
    expect(page).not.toContain('psychologue');
  });
});
