import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { isDurable, lastDayAfterMonths } from '../../src/aggregation/ml-contracts.js';
import { mlEmploiSection } from '../../src/sections/ml-emploi.js';
import { config } from '../support/build.js';
import { jeune, mlYear, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

type Figures = Parameters<typeof traceMismatches>[0];
const byKey = (indicators: { key: string }[]): Figures => Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest])) as Figures;
const rule = config.ml.durableEmployment;

describe('durable employment: CDI, or CDD of 6 months or more, started in the year', () => {
  const j = jeune();

  it('counts the last day: a CDD of exactly 6 months (01/03 → 31/08) is durable, one day less is not', () => {
    expect(lastDayAfterMonths('2023-03-01', 6)).toBe('2023-08-31');
    expect(lastDayAfterMonths('2023-08-31', 6)).toBe('2024-02-28');
    expect(lastDayAfterMonths('2023-09-15', 6)).toBe('2024-03-14');
    expect(isDurable(situation(j, { sous_type: 'CDD', date_debut: '2023-03-01', date_fin: '2023-08-31' }), rule, 2023)).toBe(true);
    expect(isDurable(situation(j, { sous_type: 'CDD', date_debut: '2023-03-01', date_fin: '2023-08-30' }), rule, 2023)).toBe(false);
  });

  it('takes a CDI whatever its dates, never an intérim nor an unlisted contract', () => {
    expect(isDurable(situation(j, { sous_type: 'CDI', date_debut: '2023-12-01', date_fin: '2023-12-15' }), rule, 2023)).toBe(true);
    expect(isDurable(situation(j, { sous_type: 'cdi' }), rule, 2023)).toBe(true);
    expect(isDurable(situation(j, { sous_type: 'Intérim', date_debut: '2023-01-01', date_fin: '2023-12-31' }), rule, 2023)).toBe(false);
    expect(isDurable(situation(j, { sous_type: undefined }), rule, 2023)).toBe(false);
  });

  it('counts a CDD without end date once it has lasted 6 months on 31/12, or never as configured', () => {
    expect(isDurable(situation(j, { date_debut: '2023-07-01', date_fin: undefined }), rule, 2023)).toBe(true);
    expect(isDurable(situation(j, { date_debut: '2023-07-02', date_fin: undefined }), rule, 2023)).toBe(false);
    const never = resolveConfig({ ml: { durableEmployment: { withoutEndDate: 'never' } } }).ml.durableEmployment;
    expect(isDurable(situation(j, { date_debut: '2023-01-01', date_fin: undefined }), never, 2023)).toBe(false);
  });

  it('follows the configured threshold and contract types', () => {
    const custom = resolveConfig({ ml: { durableEmployment: { minMonths: 4, fixedTermSubtypes: ['CDD', 'Contrat aidé'] } } }).ml.durableEmployment;
    expect(isDurable(situation(j, { sous_type: 'Contrat aidé', date_debut: '2023-03-01', date_fin: '2023-06-30' }), custom, 2023)).toBe(true);
    expect(isDurable(situation(j, { sous_type: 'Contrat aidé', date_debut: '2023-03-01', date_fin: '2023-06-30' }), rule, 2023)).toBe(false);
  });
});

describe('ml-emploi: contracts started and durable employment beside the contracts active in the year', () => {
  const a = jeune();
  const b = jeune();
  const c = jeune();
  const run = runSection(
    mlEmploiSection,
    config,
    mlYear(2023, {
      jeunes: [a, b, c],
      situations: [
        // a: a CDD of exactly 6 months started in the year: durable.
        situation(a, { sous_type: 'CDD', date_debut: '2023-03-01', date_fin: '2023-08-31' }),
        // b: a CDI started the year before: active in 2023, neither started in it nor durable employment of 2023.
        situation(b, { sous_type: 'CDI', date_debut: '2022-11-01' }),
        // b: a 6-month CDD started the year before, ending in 2023.
        situation(b, { sous_type: 'CDD', date_debut: '2022-10-01', date_fin: '2023-03-31' }),
        // c: a short CDD and an intérim started in the year.
        situation(c, { sous_type: 'CDD', date_debut: '2023-05-01', date_fin: '2023-07-31' }),
        situation(c, { sous_type: 'Intérim', date_debut: '2023-05-01', date_fin: '2023-12-31' }),
      ],
    }),
    [mlYear(2022, { jeunes: [b], situations: [situation(b, { sous_type: 'CDI', date_debut: '2022-11-01' })] })],
  );

  it('keeps the contracts active in the year and counts apart those started in it', () => {
    expect(run.model.situations).toBe(5);
    expect(run.model.contractsStarted).toBe(3);
    expect(run.figures['ml.employment.contractsStarted']).toBe(3);
  });

  it('counts the jeunes whose durable contract started in the year, not the year before', () => {
    expect(run.model.durable).toBe(1);
    expect(
      run.evidence
        .get('ml.employment.durable')!
        .parts.flatMap((p) => p.rows.map((r) => (r as unknown as { identifiant_personne: string }).identifiant_personne)),
    ).toEqual([a.identifiant]);
  });

  it('keeps both figures’ history from the previous year’s own situations', () => {
    expect(run.figures['ml.employment.contractsStarted.history']).toEqual({ 2022: 1 });
    expect(run.figures['ml.employment.durable.history']).toEqual({ 2022: 1 });
    expect(traceMismatches(byKey(run.indicators), run.evidence)).toEqual([]);
  });
});
