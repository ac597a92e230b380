import { describe, expect, it } from 'vitest';
import { formatAmount, formatEvolution, formatPercent } from '../../src/render/format.js';
import { fixtureIndicators } from './fixture-indicators.js';

/**
 * Every [C] figure of the Mission Locale section of ../shared/reference/figures-2023.md, rebuilt
 * from the person-level fixtures: counts exactly, percentages and evolutions as the report prints them.
 */
const value = fixtureIndicators();
const record = (key: string) => value(key) as Record<string, number>;
const percent = (key: string) => formatPercent(value(key) as number);
const printed = (n: number) => formatPercent(n / 100);
const N = '\u202f';

describe('Mission Locale 2023, le public (page 11)', () => {
  it('679 nouvelles inscriptions, + 7,61 % (631 in 2022)', () => {
    expect(value('ml.newRegistrations')).toBe(679);
    expect(record('ml.newRegistrations.history')['2022']).toBe(631);
    expect(formatEvolution(679, record('ml.newRegistrations.history')['2022'], 2)).toBe(`+7,61${N}%`);
  });

  it('3 087 jeunes en contact, 1 634 accompanied through interviews', () => {
    expect(value('ml.youngInContact')).toBe(3087);
    expect(value('ml.youngAccompanied')).toBe(1634);
  });

  it('42 318 contacts, 16 709 entretiens (+5 % on 15 913), 28 123 propositions (28 % Emploi: 7 874)', () => {
    expect(value('ml.contacts')).toBe(42318);
    expect(value('ml.interviews')).toBe(16709);
    expect(formatEvolution(16709, record('ml.interviews.history')['2022'], 0)).toBe(`+5${N}%`);
    expect(value('ml.proposals')).toBe(28123);
    expect(record('ml.proposals.byTheme').Emploi).toBe(7874);
    expect(percent('ml.proposals.employmentShare')).toBe(printed(28));
  });

  it('the jeunes accompanied by commune cover every commune and add up', () => {
    const communes = record('ml.young.byCommune');
    expect(Object.keys(communes)).toHaveLength(11);
    expect(Object.values(communes).reduce((a, b) => a + b, 0)).toBe(1634);
    expect(value('ml.young.qpvShare')).toBeGreaterThan(0);
  });
});

describe('Mission Locale 2023, santé (page 11)', () => {
  it('CPAM 154, Pasteur 57, ARS 240, psychologist 68 jeunes (312 interviews), TH 37', () => {
    expect(value('ml.health.cpam')).toBe(154);
    expect(value('ml.health.checkUp')).toBe(57);
    expect(value('ml.health.workshops')).toBe(240);
    expect(value('ml.health.psychologist.young')).toBe(68);
    expect(value('ml.health.psychologist.interviews')).toBe(312);
    expect(value('ml.disability.reinforced')).toBe(37);
  });
});

describe('Mission Locale 2023, orientation et formation (page 12)', () => {
  it('210 PMSMP; 142 jeunes in 26 training workshops; 104 jeunes in 18 VR workshops', () => {
    expect(value('ml.immersions')).toBe(210);
    expect(value('ml.workshops.training.sessions')).toBe(26);
    expect(value('ml.workshops.training.young')).toBe(142);
    expect(value('ml.workshops.discovery.sessions')).toBe(18);
    expect(value('ml.workshops.discovery.young')).toBe(104);
  });

  it('468 jeunes, 678 situations, 104 back to initial education; 67 % qualifying, 62 % below Bac, 31 % animation', () => {
    expect(value('ml.training.young')).toBe(468);
    expect(value('ml.training.situations')).toBe(678);
    expect(value('ml.training.backToSchool')).toBe(104);
    expect(percent('ml.training.qualifyingShare')).toBe(printed(67));
    expect(percent('ml.training.belowBacShare')).toBe(printed(62));
    expect(value('ml.training.topSector')).toEqual({ "Animation d'activités de loisirs": 210 });
    expect(percent('ml.training.topSectorShare')).toBe(printed(31));
  });

  it('training situations up 22 % (556 in 2022)', () => {
    expect(record('ml.training.situations.history')['2022']).toBe(556);
    expect(formatEvolution(678, 556, 0)).toBe(`+22${N}%`);
  });

  it('155 minors under the training obligation, 100 % in order at 31/12; 63 driving licences; 80 coached', () => {
    expect(value('ml.trainingObligation.young')).toBe(155);
    expect(percent('ml.trainingObligation.inOrderShare')).toBe(printed(100));
    expect(value('ml.drivingLicence.young')).toBe(63);
    expect(value('ml.coaching.young')).toBe(80);
  });
});

describe('Mission Locale 2023, emploi et alternance (page 13)', () => {
  it('859 jeunes, 1 915 situations (+15 % on 1 665)', () => {
    expect(value('ml.employment.young')).toBe(859);
    expect(value('ml.employment.situations')).toBe(1915);
    expect(record('ml.employment.situations.history')['2022']).toBe(1665);
    expect(formatEvolution(1915, 1665, 0)).toBe(`+15${N}%`);
  });

  it('below Bac 55 %, aged 18–21 57 %, women 45 %', () => {
    expect(percent('ml.employment.belowBacShare')).toBe(printed(55));
    expect(percent('ml.employment.aged18to21Share')).toBe(printed(57));
    expect(percent('ml.employment.womenShare')).toBe(printed(45));
  });

  it('CDI +10 %, intérim +16 %, Transport et logistique 22 % of the contracts', () => {
    expect(formatEvolution(value('ml.employment.cdi') as number, record('ml.employment.cdi.history')['2022'], 0)).toBe(`+10${N}%`);
    expect(formatEvolution(value('ml.employment.interim') as number, record('ml.employment.interim.history')['2022'], 0)).toBe(`+16${N}%`);
    expect(value('ml.employment.topSector')).toEqual({ 'Transport et logistique': 421 });
    expect(percent('ml.employment.topSectorShare')).toBe(printed(22));
  });

  it('alternance: 301 jeunes followed, 130 contracts signed, commerce et vente 39 %', () => {
    expect(value('ml.workStudy.young')).toBe(301);
    expect(value('ml.workStudy.signed')).toBe(130);
    expect(value('ml.workStudy.topSector')).toEqual({ 'Commerce et vente': 51 });
    expect(percent('ml.workStudy.topSectorShare')).toBe(printed(39));
  });
});

describe('Mission Locale 2023, mobilité internationale (page 13)', () => {
  it('295 jeunes in 26 workshops; 115 at the forum; 50 interviews; 32 referred; 6 departures (3 + 3)', () => {
    expect(value('ml.internationalMobility.workshops.young')).toBe(295);
    expect(value('ml.internationalMobility.workshops.sessions')).toBe(26);
    expect(value('ml.internationalMobility.forum')).toBe(115);
    expect(value('ml.internationalMobility.interviews')).toBe(50);
    expect(value('ml.internationalMobility.referred')).toBe(32);
    expect(value('ml.internationalMobility.departures')).toBe(6);
    expect(value('ml.internationalMobility.departures.bySubtype')).toEqual({ 'Stage Erasmus+': 3, 'Service civique international': 3 });
  });
});

describe('Mission Locale 2023, dispositifs (page 14)', () => {
  it('CEJ/GJ: 1 022 jeunes, 645 entries (57 in QPV), 27 130 contacts (27 per jeune)', () => {
    expect(value('ml.cej.young')).toBe(1022);
    expect(value('ml.cej.entries')).toBe(645);
    expect(value('ml.cej.entriesQpv')).toBe(57);
    expect(value('ml.cej.contacts')).toBe(27130);
    expect(Math.round(value('ml.cej.contactsPerYoung') as number)).toBe(27);
  });

  it('707 jeunes with 1 769 measures; 489 workshops (41 a month); 69 % with at least one solution', () => {
    expect(value('ml.cej.measures.young')).toBe(707);
    expect(value('ml.cej.measures')).toBe(1769);
    expect(value('ml.cej.workshops')).toBe(489);
    expect(Math.round(value('ml.cej.workshopsPerMonth') as number)).toBe(41);
    expect(percent('ml.cej.solutionShare')).toBe(printed(69));
    expect(Math.round((value('ml.cej.solutionShare') as number) * 1022)).toBe(705);
  });

  it('429 jeunes in 36 cultural actions; PACEA 269; Parrainage 58, about half with a solution; PPAE 119 (16); justice 26', () => {
    expect(value('ml.culture.young')).toBe(429);
    expect(value('ml.culture.sessions')).toBe(36);
    expect(value('ml.pacea.entries')).toBe(269);
    expect(value('ml.parrainage.entries')).toBe(58);
    expect(Math.abs((value('ml.parrainage.solutionShare') as number) - 0.5)).toBeLessThan(0.05);
    expect(value('ml.ppae.entries')).toBe(119);
    expect(value('ml.ppae.newlyRegistered')).toBe(16);
    expect(value('ml.justice.young')).toBe(26);
  });
});

describe('Mission Locale 2023, service civique (page 15)', () => {
  it('96 in mission, 41 started in 2023, 22 under the Mission Locale agrément', () => {
    expect(value('ml.civicService.inMission')).toBe(96);
    expect(value('ml.civicService.started')).toBe(41);
    expect(value('ml.civicService.ownAgrement')).toBe(22);
  });
});

describe('Mission Locale 2023, sécurisation financière (page 15)', () => {
  it('every fund: amount and beneficiaries (FAJ: 118 applications; MDE mobility: 91 applications)', () => {
    expect(value('ml.aids.byFund')).toEqual({
      'Allocation CEJ/GJ': expect.objectContaining({ amount: 2076074, beneficiaries: 935 }),
      'Allocation PACEA': expect.objectContaining({ amount: 114049, beneficiaries: 183 }),
      FAJ: { amount: 29986, beneficiaries: 85, applications: 118 },
      'Fonds ML formation': expect.objectContaining({ amount: 5985, beneficiaries: 14 }),
      'Fonds ML repas': expect.objectContaining({ amount: 10029, beneficiaries: 97 }),
      'Mobilité MDE': expect.objectContaining({ amount: 2656, applications: 91 }),
    });
  });

  it('2 238 779 € in all, printed as 2,2 millions d’euros', () => {
    expect(value('ml.aids.total')).toBe(2238779);
    expect(formatAmount(2238779)).toBe('2,2 millions d’euros');
  });
});
