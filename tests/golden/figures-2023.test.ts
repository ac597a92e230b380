import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/render/format.js';
import { fixtureIndicators } from './fixture-indicators.js';

/**
 * Every PLIE figure of ../shared/reference/figures-2023.md, rebuilt from the person-level
 * fixtures. Percentages are compared as the report prints them (rounded), counts exactly.
 */
const value = fixtureIndicators();
const percent = (key: string) => formatPercent(value(key) as number);
const printed = (n: number) => formatPercent(n / 100);

describe('PLIE 2023, participants (page 9)', () => {
  it('383 participants en parcours: H 177 (46 %), F 206 (54 %)', () => {
    expect(value('plie.participants')).toBe(383);
    expect(value('plie.participants.bySex')).toEqual({ F: 206, H: 177 });
    expect(formatPercent(177 / 383)).toBe(printed(46));
  });

  it('465 en parcours in 2022 (implied by 93 entries = 20 %)', () => {
    expect(value('plie.participants.history')).toMatchObject({ 2022: 465 });
  });

  it('en parcours by commune, Lompret 0 included', () => {
    expect(value('plie.participants.byCommune')).toEqual({
      'La Madeleine': 82,
      Lambersart: 87,
      Lompret: 0,
      'Marcq-en-Barœul': 80,
      'Marquette-lez-Lille': 27,
      Pérenchies: 28,
      'Quesnoy-sur-Deûle': 16,
      'Saint-André-lez-Lille': 42,
      Verlinghem: 4,
      Wambrechies: 17,
      'Hors territoire / non renseigné': 0,
    });
  });

  it('RSA 77 % (295), ≤ CAP 69 % (264), seniors 28 % (107)', () => {
    expect(percent('plie.participants.rsaShare')).toBe(printed(77));
    expect(percent('plie.participants.lowQualificationShare')).toBe(printed(69));
    expect(percent('plie.participants.seniorShare')).toBe(printed(28));
    expect(value('plie.participants.criteria')).toMatchObject({ RSA: 295, 'DE Séniors (50 ans et plus)': 107 });
    const q = value('plie.participants.qualification') as Record<string, number>;
    expect((q['Infra 3 (sans diplôme)'] ?? 0) + (q['Niveau 3 (CAP, BEP)'] ?? 0)).toBe(264);
  });

  it('134 nouvelles entrées: H 54 (40 %), F 80 (60 %); 93 in 2022 with F 55 %, F 49 % in 2021', () => {
    expect(value('plie.entries')).toBe(134);
    expect(value('plie.entries.bySex')).toEqual({ F: 80, H: 54 });
    expect(value('plie.entries.history')).toMatchObject({ 2022: 93 });
    const female = value('plie.entries.femaleShare.history') as Record<string, number>;
    expect(formatPercent(female['2022'])).toBe(printed(55));
    expect(formatPercent(female['2021'])).toBe(printed(49));
  });

  it('nouvelles entrées by commune', () => {
    expect(value('plie.entries.byCommune')).toEqual({
      'La Madeleine': 21,
      Lambersart: 39,
      Lompret: 0,
      'Marcq-en-Barœul': 18,
      'Marquette-lez-Lille': 9,
      Pérenchies: 15,
      'Quesnoy-sur-Deûle': 10,
      'Saint-André-lez-Lille': 14,
      Verlinghem: 1,
      Wambrechies: 7,
      'Hors territoire / non renseigné': 0,
    });
  });

  it('nouvelles entrées / en parcours: 35 % (20 % in 2022, i.e. 93 / 465)', () => {
    expect(percent('plie.entries.ratio')).toBe(printed(35));
    const past = value('plie.entries.ratio.history') as Record<string, number>;
    expect(past['2022']).toBeCloseTo(93 / 465, 10);
  });
});

describe('PLIE 2023, étapes (page 10)', () => {
  it('478 étapes mobilisées for 383 participants, 70 % started in 2023', () => {
    expect(value('plie.steps')).toBe(478);
    expect(value('plie.steps.participants')).toBe(383);
    expect(percent('plie.steps.startedShare')).toBe(printed(70));
    expect(Math.round((value('plie.steps.startedShare') as number) * 478)).toBe(335);
  });

  it('IAE 14 % (67; 10 % in 2022), prestations 36 % (172; 28 % in 2022)', () => {
    expect(value('plie.steps.byKind')).toMatchObject({ "Emploi d'insertion (IAE)": 67, Prestation: 172 });
    expect(percent('plie.steps.iaeShare')).toBe(printed(14));
    expect(percent('plie.steps.prestationShare')).toBe(printed(36));
    expect(formatPercent((value('plie.steps.iaeShare.history') as Record<string, number>)['2022'])).toBe(printed(10));
    expect(formatPercent((value('plie.steps.prestationShare.history') as Record<string, number>)['2022'])).toBe(printed(28));
  });
});

describe('PLIE 2023, sorties (page 10)', () => {
  it('168 sorties: 86 positive (Emploi 67, Formation 19), 82 others', () => {
    expect(value('plie.exits')).toBe(168);
    expect(value('plie.exits.positive')).toBe(86);
    expect(value('plie.exits.positive.byCategory')).toEqual({ Emploi: 67, Formation: 19 });
    expect(value('plie.exits.other')).toBe(82);
  });

  it('23 sorties légitimes: Santé 8, Emploi probable 8, Déménagement 4, Retraite 3', () => {
    expect(value('plie.exits.legitimate')).toBe(23);
    expect(value('plie.exits.legitimate.byReason')).toEqual({ Santé: 8, 'Emploi probable / sans justificatif': 8, Déménagement: 4, Retraite: 3 });
  });

  it('positive-exit rate 86 / 168 = 51 %, adjusted 86 / 145 = 59 %', () => {
    expect(value('plie.exits.positiveRate')).toBe(86 / 168);
    expect(value('plie.exits.adjustedPositiveRate')).toBe(86 / 145);
    expect(percent('plie.exits.positiveRate')).toBe(printed(51));
    expect(percent('plie.exits.adjustedPositiveRate')).toBe(printed(59));
  });

  it('positive exits: ≤ CAP 73 % (55 % in 2022), RSA 64 % (78 %), 34 months (31)', () => {
    expect(percent('plie.exits.positive.lowQualificationShare')).toBe(printed(73));
    expect(percent('plie.exits.positive.rsaShare')).toBe(printed(64));
    expect(Math.round(value('plie.exits.positive.meanMonths') as number)).toBe(34);
    expect(formatPercent((value('plie.exits.positive.lowQualificationShare.history') as Record<string, number>)['2022'])).toBe(printed(55));
    expect(formatPercent((value('plie.exits.positive.rsaShare.history') as Record<string, number>)['2022'])).toBe(printed(78));
    expect(Math.round((value('plie.exits.positive.meanMonths.history') as Record<string, number>)['2022']!)).toBe(31);
  });

  it('positive exits by commune', () => {
    expect(value('plie.exits.positiveByCommune')).toEqual({
      'La Madeleine': 19,
      Lambersart: 19,
      Lompret: 0,
      'Marcq-en-Barœul': 17,
      'Marquette-lez-Lille': 8,
      Pérenchies: 4,
      'Quesnoy-sur-Deûle': 2,
      'Saint-André-lez-Lille': 12,
      Verlinghem: 2,
      Wambrechies: 3,
      'Hors territoire / non renseigné': 0,
    });
  });

  it('85 % of the 67 Emploi exits in 5 sectors, in the published order', () => {
    expect(value('plie.exits.employment')).toBe(67);
    expect(Object.entries(value('plie.exits.employment.topSectors') as Record<string, number>)).toEqual([
      ['Services aux entreprises et collectivités', 16],
      ['SAP/Santé/Social', 15],
      ['Tertiaire/Numérique', 9],
      ['Transport/Logistique', 9],
      ['Restauration', 8],
    ]);
    expect(percent('plie.exits.employment.topSectorsShare')).toBe(printed(85));
  });
});

describe('PLIE 2023, programme (page 8)', () => {
  it('4 operators of the reinforced follow-up', () => {
    expect(Object.keys(value('plie.programme.operators') as object).sort()).toEqual([
      'ALPES',
      'CCAS de Lambersart',
      'CCAS de Saint-André',
      'FCP/Atelier de Préformation',
    ]);
  });

  it('accompagnement social: 2 collective actions, 49 participants, 352 hours', () => {
    expect(value('plie.programme.socialSupport.actions')).toBe(2);
    expect(value('plie.programme.socialSupport.participants')).toBe(49);
    expect(value('plie.programme.socialSupport.hours')).toBe(352);
  });

  it('21 conventions, 14 bodies, 21 participants; 9 validated; driving licence 1 obtained, 8 running, 3 not obtained', () => {
    expect(value('plie.programme.trainings.conventions')).toBe(21);
    expect(value('plie.programme.trainings.bodies')).toBe(14);
    expect(value('plie.programme.trainings.participants')).toBe(21);
    expect(value('plie.programme.trainings.professionalValidated')).toBe(9);
    expect(value('plie.programme.trainings.driving')).toEqual({ participants: 12, obtained: 1, running: 8, failed: 3, abandoned: 0 });
  });
});

describe('the whole indicators JSON', () => {
  it('matches the reviewed golden file (regenerate with `npx vitest run -u`)', async () => {
    await expect(`${JSON.stringify(value.all(), null, 2)}\n`).toMatchFileSnapshot('./indicators-2023.json');
  });
});
