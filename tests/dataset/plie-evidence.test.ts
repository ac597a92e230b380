import { describe, expect, it } from 'vitest';
import { addMonths, coveredDays, lastsMonths, positiveExitEvidence, UNSUPPORTED } from '../../src/dataset/plie-evidence.js';
import { resolveConfig } from '../../src/config/load.js';
import type { Participant } from '../../src/schemas/participants.js';
import type { Step } from '../../src/schemas/steps.js';
import { config, participant, step } from '../support/build.js';

const evidenceOf = positiveExitEvidence(config);
const exit = (categorie_sortie: string, date_sortie = '2023-07-01') => participant({ date_entree: '2022-01-01', date_sortie, categorie_sortie });
const job = (owner: Participant, sous_type: string, date_debut: string, date_fin?: string): Step =>
  step(owner, { type_etape: 'Emploi', sous_type, date_debut, date_fin });
const training = (owner: Participant, date_debut: string, date_fin: string | undefined, resultat?: 'Validé' | 'Non validé'): Step =>
  step(owner, { type_etape: 'Formation', sous_type: 'Qualifiante', date_debut, date_fin, resultat });

describe('calendar months', () => {
  it('moves by months, cutting to the month’s last day', () => {
    expect(addMonths('2023-01-01', 6)).toBe('2023-07-01');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-07-01', -12)).toBe('2022-07-01');
  });

  it('a contract from 01/01 to 30/06 lasts exactly 6 months; one day less does not', () => {
    expect(lastsMonths('2023-01-01', '2023-06-30', 6)).toBe(true);
    expect(lastsMonths('2023-01-01', '2023-06-29', 6)).toBe(false);
    expect(lastsMonths('2023-01-15', '2023-07-14', 6)).toBe(true);
  });

  it('adds up periods, a day covered twice counted once', () => {
    expect(coveredDays([['2023-01-01', '2023-01-10']])).toBe(10);
    expect(
      coveredDays([
        ['2023-01-01', '2023-01-10'],
        ['2023-01-05', '2023-01-20'],
      ]),
    ).toBe(20);
    expect(
      coveredDays([
        ['2023-03-01', '2023-03-31'],
        ['2023-01-01', '2023-01-31'],
      ]),
    ).toBe(62);
  });
});

describe('an Emploi exit', () => {
  it('is supported by a CDI around the exit, as durable employment', () => {
    const p = exit('Emploi');
    expect(evidenceOf(p, [job(p, 'CDI', '2023-07-01')])).toEqual({ status: 'supported', durableEmployment: true, basis: 'CDI' });
  });

  it('is supported by a CDD of exactly 6 months, not by one a day shorter', () => {
    const p = exit('Emploi');
    expect(evidenceOf(p, [job(p, 'CDD', '2023-07-01', '2023-12-31')])).toMatchObject({ status: 'supported', durableEmployment: true });
    expect(evidenceOf(p, [job(p, 'cdd', '2023-07-01', '2023-12-30')])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.shortContract(6) });
  });

  it('is supported by interim periods adding up to 6 months (180 days), not by 179', () => {
    const p = exit('Emploi', '2023-09-30');
    // 90 + 90 days of missions in the twelve months before the exit.
    const missions = [job(p, 'Intérim', '2023-01-01', '2023-03-31'), job(p, 'Intérim', '2023-06-03', '2023-08-31')];
    expect(
      coveredDays([
        ['2023-01-01', '2023-03-31'],
        ['2023-06-03', '2023-08-31'],
      ]),
    ).toBe(180);
    expect(evidenceOf(p, missions)).toEqual({ status: 'supported', durableEmployment: true, basis: 'Intérim cumulé d’au moins 6 mois' });
    const shorter = [job(p, 'Intérim', '2023-01-02', '2023-03-31'), job(p, 'Intérim', '2023-06-03', '2023-08-31')];
    expect(evidenceOf(p, shorter)).toEqual({ status: 'unsupported', reason: UNSUPPORTED.shortContract(6) });
  });

  it('does not count interim older than the twelve months before the exit', () => {
    const p = exit('Emploi', '2023-09-30');
    const missions = [job(p, 'Intérim', '2022-03-01', '2022-08-31'), job(p, 'Intérim', '2023-09-01', '2023-09-30')];
    expect(evidenceOf(p, missions)).toMatchObject({ status: 'unsupported' });
  });

  it('is not supported by a long contract that ended well before the exit, nor by a CDD without end', () => {
    const p = exit('Emploi');
    expect(evidenceOf(p, [job(p, 'CDD', '2022-01-01', '2022-12-31')])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.noContract });
    expect(evidenceOf(p, [job(p, 'CDD', '2023-06-15')])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.openContract });
  });

  it('is supported by a business creation, and a Création d’entreprise exit too', () => {
    const p = exit("Création d'entreprise");
    expect(evidenceOf(p, [job(p, "Création d'entreprise", '2023-06-20')])).toMatchObject({ status: 'supported', durableEmployment: true });
  });

  it('with no step at all says so', () => {
    expect(evidenceOf(exit('Emploi'), [])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.noStep });
    expect(evidenceOf(exit('Formation'), [])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.noStep });
  });
});

describe('a Formation exit', () => {
  it('is supported by a qualifying training under way at the exit, validated after it', () => {
    const p = exit('Formation');
    expect(evidenceOf(p, [training(p, '2023-05-01', '2023-11-30', 'Validé')])).toEqual({
      status: 'supported',
      durableEmployment: false,
      basis: 'Formation qualifiante en cours à la sortie',
    });
  });

  it('is not supported by a training that starts and is validated long after the exit', () => {
    const p = exit('Formation');
    expect(evidenceOf(p, [training(p, '2023-10-01', '2024-03-31', 'Validé')])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.noTraining });
  });

  it('is supported by a training validated by the exit, not by one ended without validation', () => {
    const p = exit('Formation');
    expect(evidenceOf(p, [training(p, '2023-01-01', '2023-06-20', 'Validé')])).toMatchObject({ status: 'supported', basis: 'Formation qualifiante validée' });
    expect(evidenceOf(p, [training(p, '2023-01-01', '2023-06-20', 'Non validé')])).toEqual({ status: 'unsupported', reason: UNSUPPORTED.trainingNotValidated });
  });

  it('is not supported by a training that is not qualifying', () => {
    const p = exit('Formation');
    expect(evidenceOf(p, [step(p, { type_etape: 'Formation', sous_type: 'Savoirs de base', date_debut: '2023-05-01' })])).toEqual({
      status: 'unsupported',
      reason: UNSUPPORTED.noTraining,
    });
  });
});

describe('the rules are configuration', () => {
  it('leaves a positive category no rule checks unchecked, and reads its thresholds from plie.positiveExitEvidence', () => {
    const custom = resolveConfig({ plie: { positiveExitEvidence: { trainingCategories: [], minMonths: 4 } } });
    const check = positiveExitEvidence(custom);
    const formation = exit('Formation');
    expect(check(formation, [])).toEqual({ status: 'unchecked' });
    const p = exit('Emploi');
    expect(check(p, [job(p, 'CDD', '2023-07-01', '2023-10-31')])).toMatchObject({ status: 'supported', basis: 'Contrat d’au moins 4 mois' });
  });
});
