import { describe, expect, it } from 'vitest';
import { mlEmploiSection } from '../../src/sections/ml-emploi.js';
import { config } from '../support/build.js';
import { jeune, mlYear, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

type Figures = Parameters<typeof traceMismatches>[0];
const byKey = (indicators: { key: string }[]): Figures => Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest])) as Figures;

describe('ml-emploi', () => {
  const a = jeune({ sexe: 'F', niveau_qualification: 'Infra 3', date_naissance: '2002-12-31' }); // 21 at 31/12/2023
  const b = jeune({ sexe: 'H', date_naissance: '2001-12-31' }); // 22
  const run = runSection(
    mlEmploiSection,
    config,
    mlYear(2023, {
      jeunes: [a, b],
      situations: [
        situation(a, { sous_type: 'CDI', secteur: 'Transport et logistique' }),
        situation(a, { sous_type: 'Intérim', secteur: 'Transport et logistique' }),
        situation(b, { sous_type: 'Intérim', secteur: 'Commerce et vente' }),
        situation(b, { type: 'Alternance', sous_type: 'Apprentissage', secteur: 'Commerce et vente', date_debut: '2023-09-01' }),
        situation(a, { type: 'Alternance', sous_type: 'Apprentissage', date_debut: '2022-09-01' }),
      ],
    }),
    [mlYear(2022, { situations: [situation(a, { sous_type: 'Intérim', date_debut: '2022-01-01', date_fin: '2022-02-01' })] })],
  );
  const { model: m, figures } = run;

  it('profiles the jeunes in employment (age at 31/12) and compares contracts with the previous year', () => {
    expect(m.young).toBe(2);
    expect(m.situations).toBe(3);
    expect(m.belowBac.count).toBe(1);
    expect(m.aged18to21.count).toBe(1);
    expect(m.women.count).toBe(1);
    expect(m.byContract).toEqual([
      { label: 'CDI', count: 1 },
      { label: 'Intérim', count: 2 },
    ]);
    expect(m.topSector).toEqual({ label: 'Transport et logistique', count: 2, share: 2 / 3 });
    expect(run.history).toHaveLength(1);
    expect(run.history[0]).toMatchObject({ year: 2022, model: { situations: 1, cdi: 0, interim: 1 } });
    expect(m.workStudy).toEqual({ young: 2, signed: 1, topSector: { label: 'Commerce et vente', count: 1, share: 1 } });
  });

  it('keeps the history of the situations, CDI and intérim from the previous year’s own situations', () => {
    expect(figures['ml.employment.situations.history']).toEqual({ 2022: 1 });
    expect(figures['ml.employment.cdi.history']).toEqual({ 2022: 0 });
    expect(figures['ml.employment.interim.history']).toEqual({ 2022: 1 });
    expect(run.evidence.get('ml.employment.interim.history')!.parts.map((p) => [p.group, p.file, p.year, p.rows.length])).toEqual([
      ['2022', 'situations.csv', 2022, 1],
    ]);
  });

  it('declares the top sector as a one-cell breakdown with its share', () => {
    expect(figures['ml.employment.topSector']).toEqual({ 'Transport et logistique': 2 });
    expect(figures['ml.employment.topSectorShare']).toBe(2 / 3);
  });

  it('traces every figure to the situations and jeunes that recompute it, a missing top sector included', () => {
    expect(traceMismatches(byKey(run.indicators), run.evidence)).toEqual([]);
    // No contract names a sector: no top sector, a null share.
    const situations = [situation(a), situation(a, { type: 'Alternance', date_debut: '2023-09-01' })];
    const unnamed = runSection(mlEmploiSection, config, mlYear(2023, { jeunes: [a], situations }), [mlYear(2022, {})]);
    const n = unnamed.model;
    expect([n.topSector, n.workStudy.topSector]).toEqual([undefined, undefined]);
    expect([unnamed.figures['ml.employment.topSector'], unnamed.figures['ml.employment.topSectorShare']]).toEqual([{}, null]);
    expect(traceMismatches(byKey(unnamed.indicators), unnamed.evidence)).toEqual([]);
  });
});
