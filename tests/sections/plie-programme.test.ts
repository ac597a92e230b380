import { describe, expect, it } from 'vitest';
import type { Participant } from '../../src/schemas/participants.js';
import { plieProgrammeSection } from '../../src/sections/plie-programme.js';
import { config, participant, step, yearData } from '../support/build.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

type StepFields = Parameters<typeof step>[1];
/** A Formation step: funded when it has a convention. */
const training = (owner: Participant, fields: StepFields) => step(owner, { type_etape: 'Formation', ...fields });
/** A driving-licence training at the driving school. */
const driving = (owner: Participant, fields: StepFields) => training(owner, { sous_type: 'Permis de conduire', organisme: 'Auto-école', ...fields });

describe('plie-programme', () => {
  const a = participant({ date_entree: '2022-01-01', structure_referente: 'ALPES' });
  const b = participant({ date_entree: '2023-02-01', structure_referente: 'ALPES' });
  const c = participant({ date_entree: '2023-02-01', structure_referente: 'CCAS de Lambersart' });
  const gone = participant({ date_entree: '2022-02-01', date_sortie: '2023-05-01', categorie_sortie: 'Rupture' });
  const data = yearData(
    2023,
    [a, b, c, gone],
    [
      step(a, { sous_type: 'Accompagnement social', action: 'Groupe 1', heures: 10.5, organisme: 'SISAA' }),
      step(b, { sous_type: 'Accompagnement social', action: 'Groupe 2', heures: 4, organisme: 'SISAA' }),
      training(a, { sous_type: 'Qualifiante', convention: 'CV-1', organisme: 'AFPA', resultat: 'Validé', date_fin: '2023-06-01' }),
      driving(b, { convention: 'CV-2', resultat: 'Validé', date_fin: '2023-06-01' }),
      driving(c, { convention: 'CV-3', resultat: 'Non validé', date_fin: '2023-06-01' }),
      driving(a, { convention: 'CV-4' }), // running at 31/12
      training(c, { sous_type: 'Savoirs de base', organisme: 'GRETA' }), // not funded by a convention
      driving(gone, { convention: 'CV-5', date_debut: '2023-02-01' }), // left the PLIE: not running
    ],
  );
  const { model: m, indicators, evidence } = runSection(plieProgrammeSection, config, data);

  it('counts the reinforced follow-up and its operators', () => {
    expect(m.participants).toBe(4);
    expect(m.entries).toBe(2);
    expect(m.operators).toEqual([
      { label: 'ALPES', count: 2 },
      { label: 'CCAS de Lambersart', count: 1 },
    ]); // `gone` has no operator
  });

  it('sums the social support actions, participants and hours', () => {
    expect(m.socialSupport).toEqual({ actions: 2, participants: 2, hours: 14.5, providers: ['SISAA'] });
  });

  it('counts funded trainings and the driving-licence outcomes at 31/12', () => {
    expect(m.trainings.conventions).toBe(5);
    expect(m.trainings.bodies).toBe(2);
    expect(m.trainings.participants).toBe(4);
    expect(m.trainings.professional).toEqual({ participants: 1, validated: 1 });
    expect(m.trainings.driving).toEqual({ participants: 4, obtained: 1, failed: 1, abandoned: 0, running: 1, unknown: 1 });
  });

  it('traces every figure to the rows that recompute it', () => {
    const byKey = Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(byKey, evidence)).toEqual([]);
  });

  it('names each figure’s export: participants.csv for the operators, etapes.csv for the steps', () => {
    const sources = Object.fromEntries(indicators.map((i) => [i.key, i.sources]));
    expect(sources['plie.programme.operators']).toEqual(['2023/participants.csv']);
    expect(sources['plie.programme.socialSupport.hours']).toEqual(['2023/etapes.csv']);
    expect(sources['plie.programme.trainings.driving']).toEqual(['2023/etapes.csv']);
  });
});
