import { describe, expect, it } from 'vitest';
import { mlPublicSection } from '../../src/sections/ml-public.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, proposal } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-public', () => {
  const a = jeune({ date_premier_accueil: '2023-02-01', qpv: true, commune: '59378' });
  const b = jeune({ date_premier_accueil: '2021-05-01' });
  const c = jeune({ date_premier_accueil: '2023-12-31', commune: 'Lille' });
  const run = runSection(
    mlPublicSection,
    config,
    mlYear(2023, {
      jeunes: [a, b, c],
      evenements: [
        event(a),
        event(a, { type: 'Atelier', theme: 'Formation', atelier: 'S1' }),
        event(b, { type: 'Téléphone' }),
        event(c),
        event(c, { date: '2022-12-31' }), // last year's contact does not count
      ],
      propositions: [proposal(a), proposal(a, { theme: 'Santé' }), proposal(b, { theme: 'Formation' }), proposal(c, { date: '2024-01-01' })],
    }),
    [mlYear(2022, { jeunes: [b], evenements: [event(b, { date: '2022-05-01' }), event(b, { date: '2022-06-01' })] })],
  );
  const { model: m, figures } = run;

  it('counts new registrations, jeunes in contact and jeunes accompanied through interviews', () => {
    expect(m.newRegistrations).toBe(2);
    expect(m.youngInContact).toBe(3);
    expect(m.youngAccompanied).toBe(2);
  });

  it('counts the jeunes accompanied from the interview events, not from jeunes.csv', () => {
    const accompanied = run.indicators.find((i) => i.key === 'ml.youngAccompanied')!;
    expect(accompanied.sources).toEqual(['2023/evenements.csv']);
    expect(run.evidence.get('ml.youngAccompanied')!.parts.map((p) => [p.file, p.year, p.rows.length])).toEqual([['evenements.csv', 2023, 2]]);
  });

  it('counts contacts of every type, interviews and proposals by theme', () => {
    expect(m.contacts).toBe(4);
    expect(m.interviews).toBe(2);
    expect(m.proposals.total).toBe(3);
    expect(m.proposals.employment).toEqual({ count: 1, share: 1 / 3 });
    expect(m.proposals.byTheme).toEqual([
      { label: 'Emploi', count: 1 },
      { label: 'Formation', count: 1 },
      { label: 'Santé', count: 1 },
    ]);
  });

  it('breaks the jeunes accompanied down by commune, with the QPV share', () => {
    const byCommune = Object.fromEntries(m.accompanied.byCommune.map((r) => [r.name, r.count]));
    expect(byCommune['Marcq-en-Barœul']).toBe(1);
    expect(byCommune['Hors territoire / non renseigné']).toBe(1);
    expect(byCommune['Lompret']).toBe(0);
    expect(m.accompanied.qpv).toEqual({ count: 1, share: 0.5 });
  });

  it('reads the previous year from its own data', () => {
    expect(run.history).toHaveLength(1);
    expect(run.history[0]).toMatchObject({ year: 2022, model: { newRegistrations: 0, interviews: 2 } });
    expect(figures['ml.newRegistrations.history']).toEqual({ 2022: 0 });
    expect(figures['ml.interviews.history']).toEqual({ 2022: 2 });
    const parts = run.evidence.get('ml.interviews.history')!.parts;
    expect(parts.map((p) => [p.group, p.file, p.year, p.rows.length])).toEqual([['2022', 'evenements.csv', 2022, 2]]);
  });

  it('traces every figure to the jeunes, events and propositions that recompute it', () => {
    const indicators = Object.fromEntries(run.indicators.map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, run.evidence)).toEqual([]);
  });
});
