import { describe, expect, it } from 'vitest';
import { mlOrientationFormationSection } from '../../src/sections/ml-orientation-formation.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, scheme, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-orientation-formation', () => {
  const [a, b, c] = [jeune({ niveau_qualification: '3' }), jeune({ niveau_qualification: '5' }), jeune()];
  const run = runSection(
    mlOrientationFormationSection,
    config,
    mlYear(2023, {
      jeunes: [a, b, c],
      evenements: [
        event(a, { type: 'Atelier', theme: 'Formation', atelier: 'F1' }),
        event(b, { type: 'Atelier', theme: 'Formation', atelier: 'F1' }),
        event(b, { type: 'Atelier', theme: 'Formation', atelier: 'F2' }),
        event(c, { type: 'Atelier', theme: 'Découverte des métiers (réalité virtuelle)', atelier: 'VR1' }),
      ],
      situations: [
        situation(a, { type: 'Formation', sous_type: 'Qualifiante', secteur: 'Animation', date_debut: '2022-09-01', date_fin: '2023-02-01' }),
        situation(a, { type: 'Formation', sous_type: 'Permis B', secteur: 'Transport' }),
        situation(b, { type: 'Formation', sous_type: 'Retour en formation initiale', secteur: 'Animation' }),
        situation(c, { type: 'Immersion (PMSMP)' }),
        situation(c, { type: 'Immersion (PMSMP)', date_debut: '2022-12-01', date_fin: '2023-01-15' }),
      ],
      dispositifs: [
        scheme(a, { dispositif: 'Obligation de formation', situation_31_12: 'En règle' }),
        scheme(b, { dispositif: 'Obligation de formation', situation_31_12: 'Non en règle' }),
        scheme(c, { dispositif: 'Obligation de formation', date_sortie: '2023-06-30' }), // closed before 31/12: not in the snapshot
      ],
    }),
    [mlYear(2022, { situations: [situation(a, { type: 'Formation', date_debut: '2022-09-01', date_fin: '2023-02-01' })] })],
  );
  const { model: m, figures } = run;

  it('counts immersions started in the year and workshops by theme', () => {
    expect(m.immersions).toBe(1);
    expect(m.trainingWorkshops).toEqual({ sessions: 2, young: 2 });
    expect(m.discoveryWorkshops).toEqual({ sessions: 1, young: 1 });
  });

  it('counts training situations active in the year, a span over two years in both', () => {
    expect(m.training).toEqual({
      young: 2,
      situations: 3,
      backToSchool: 1,
      qualifying: { count: 1, share: 1 / 3 },
      belowBac: { count: 1, share: 0.5 },
      topSector: { label: 'Animation', count: 2, share: 2 / 3 },
    });
    expect(m.drivingLicence).toBe(1);
  });

  it('counts the previous year’s training situations from its own data', () => {
    expect(run.history).toHaveLength(1);
    expect(run.history[0]).toMatchObject({ year: 2022, model: { training: { situations: 1 } } });
    expect(figures['ml.training.situations.history']).toEqual({ 2022: 1 });
    expect(run.evidence.get('ml.training.situations.history')!.parts.map((p) => [p.group, p.file, p.year, p.rows.length])).toEqual([
      ['2022', 'situations.csv', 2022, 1],
    ]);
  });

  it('takes the training obligation snapshot at 31/12 among the schemes still open', () => {
    expect(m.trainingObligation).toEqual({ young: 3, inOrder: { count: 1, share: 0.5 } });
  });

  it('traces every figure to the events, situations, jeunes and schemes that recompute it', () => {
    const indicators = Object.fromEntries(run.indicators.map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(indicators, run.evidence)).toEqual([]);
  });
});
