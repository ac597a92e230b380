import { describe, expect, it } from 'vitest';
import { mlCoachingSection } from '../../src/sections/ml-coaching.js';
import { config } from '../support/build.js';
import { jeune, mlYear, scheme } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-coaching', () => {
  it('counts jeunes in a coaching scheme active in the year', () => {
    const [a, b, c] = [jeune(), jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b, c],
      dispositifs: [scheme(a, { dispositif: 'Coaching' }), scheme(a, { dispositif: 'Coaching', date_entree: '2023-09-01' })],
    });
    expect(runSection(mlCoachingSection, config, data).model).toEqual({ young: 1 });
  });

  it('traces the coaching figure to the schemes that recompute it', () => {
    const [a, b] = [jeune(), jeune()];
    const data = mlYear(2023, {
      jeunes: [a, b],
      dispositifs: [
        scheme(a, { dispositif: 'Coaching' }),
        scheme(a, { dispositif: 'Coaching', date_entree: '2023-09-01' }), // a counts once
        scheme(b, { dispositif: 'Coaching', date_entree: '2022-01-01', date_sortie: '2022-12-31' }),
        scheme(b, { dispositif: 'CEJ' }),
      ],
    });
    const { model, indicators, evidence } = runSection(mlCoachingSection, config, data);
    expect(model).toEqual({ young: 1 });
    expect(traceMismatches(Object.fromEntries(indicators.map((i) => [i.key, i])), evidence)).toEqual([]);
    expect(indicators.map((i) => [i.key, i.sources])).toEqual([['ml.coaching.young', ['2023/dispositifs.csv']]]);
  });
});
