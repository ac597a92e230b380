import { describe, expect, it } from 'vitest';
import { mlServiceCiviqueSection } from '../../src/sections/ml-service-civique.js';
import { config } from '../support/build.js';
import { jeune, mlYear, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-service-civique', () => {
  it('counts jeunes in civic service missions active, started and under the ML agrément', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b, c],
      situations: [
        situation(a, { type: 'Service civique', date_debut: '2022-10-01', agrement_ml: true }),
        situation(b, { type: 'Service civique', date_debut: '2023-04-01' }),
        situation(c, { type: 'Service civique', date_debut: '2022-01-01', date_fin: '2022-09-30' }),
      ],
    });
    expect(runSection(mlServiceCiviqueSection, config, data).model).toEqual({ inMission: 2, started: 1, underOwnAgrement: 1 });
  });

  it('traces every figure to the missions that recompute it', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b, c],
      situations: [
        situation(a, { type: 'Service civique', date_debut: '2022-10-01', date_fin: '2023-03-31', agrement_ml: true }),
        situation(a, { type: 'Service civique', date_debut: '2023-05-01', agrement_ml: true }), // a second mission: a counts once
        situation(b, { type: 'Service civique', date_debut: '2023-04-01' }),
        situation(c, { type: 'Service civique', date_debut: '2022-01-01', date_fin: '2022-09-30' }),
        situation(c, { type: 'Emploi' }),
      ],
    });
    const { model, indicators, evidence } = runSection(mlServiceCiviqueSection, config, data);
    expect(model).toEqual({ inMission: 2, started: 2, underOwnAgrement: 1 });
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(new Set(indicators.flatMap((i) => i.sources))).toEqual(new Set(['2023/situations.csv']));
  });
});
