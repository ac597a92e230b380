import { describe, expect, it } from 'vitest';
import { formatSignedPercent, formatThousands } from '../../src/render/format.js';
import { fixtureIndicators } from './fixture-indicators.js';

/** The declared ([D]) figures of figures-2023.md that the 2023 content folder carries. */
const value = fixtureIndicators();
const N = '\u202f';

describe('territory (page 4)', () => {
  it('144 212 inhabitants for 10 communes; 56 497 private employees', () => {
    expect(value('territory.population')).toBe(144212);
    expect(value('territory.communes')).toBe(10);
    expect(value('territory.privateEmployees')).toBe(56497);
  });

  it('8 793 job seekers A, B, C (+0,5 %), of whom 5 076 in category A (+4,4 %)', () => {
    expect(value('territory.jobSeekers.abc')).toBe(8793);
    expect(formatSignedPercent(value('territory.jobSeekers.abcEvolution') as number)).toBe(`+0,5${N}%`);
    expect(value('territory.jobSeekers.a')).toBe(5076);
    expect(formatSignedPercent(value('territory.jobSeekers.aEvolution') as number)).toBe(`+4,4${N}%`);
  });
});

describe('communication (page 16)', () => {
  it('22 383 visitors and 120 430 pages viewed', () => {
    expect(value('communication.website.visitors')).toBe(22383);
    expect(value('communication.website.pageViews')).toBe(120430);
  });

  it('three networks: 2 338 (+323, 121,9 K), 6 790 (+4 028, 165 K), 720 (+109, 52,6 K)', () => {
    const networks = Object.values(value('communication.networks') as Record<string, { followers: number; newFollowers: number; audience: number }>);
    expect(networks.map((n) => [n.followers, n.newFollowers, formatThousands(n.audience)])).toEqual([
      [2338, 323, `121,9${N}K`],
      [6790, 4028, `165${N}K`],
      [720, 109, `52,6${N}K`],
    ]);
  });
});

describe('Maison de l’Emploi events and business creation (pages 5–6)', () => {
  it('the salon: 1 559 visitors, 171 exhibitors of whom 23 % from the territory', () => {
    const salon = value('mde.events.2023-03-23.Salon') as Record<string, number>;
    expect(salon).toMatchObject({ visitors: 1559, exhibitors: 171 });
    expect(Math.round((salon.exhibitorsFromTerritory! / salon.exhibitors!) * 100)).toBe(23);
  });

  it('Forum de l’Alternance 61 exhibitors, 483 visitors; Job Dating Seniors 35 exhibitors, 224 visitors', () => {
    expect(value('mde.events.2023-04-06.Forum')).toMatchObject({ exhibitors: 61, visitors: 483 });
    expect(value('mde.events.2023-09-28.Job dating')).toMatchObject({ exhibitors: 35, visitors: 224 });
  });

  it('the five « Décroche ton Job » with their exhibitors, participants and interviews', () => {
    expect((value('mde.events.byKind') as Record<string, Record<string, number>>)['Décroche ton Job']).toMatchObject({ events: 5 });
    expect(value('mde.events.2023-03-02.Décroche ton Job')).toMatchObject({ exhibitors: 9, participants: 41, participantsFromTerritory: 38, interviews: 64 });
    expect(value('mde.events.2023-06-01.Décroche ton Job')).toMatchObject({ exhibitors: 40, visitors: 487 });
    expect(value('mde.events.2023-07-06.Décroche ton Job')).toMatchObject({ exhibitors: 11, participants: 56, participantsFromTerritory: 29, interviews: 83 });
    expect(value('mde.events.2023-10-12.Décroche ton Job')).toMatchObject({ exhibitors: 8, participants: 36, participantsFromTerritory: 22, interviews: 61 });
    expect(value('mde.events.2023-11-30.Décroche ton Job')).toMatchObject({ exhibitors: 10, participants: 37, participantsFromTerritory: 33, interviews: 94 });
  });

  it('business creation: 6 workshops, 40 participants (30), 44 project holders (43; 21 F, 23 H), 49 referrals, 5 companies by 6', () => {
    expect(value('mde.creation.workshops')).toEqual({ sessions: 6, participants: 40, fromTerritory: 30 });
    expect(value('mde.creation.projectHolders')).toEqual({ total: 44, fromTerritory: 43, F: 21, H: 23 });
    expect(value('mde.creation.referrals')).toBe(49);
    expect(value('mde.creation.companies')).toEqual({ companies: 5, entrepreneurs: 6 });
  });
});

describe('Mission Locale declared figures (pages 11 and 15)', () => {
  it('SEEPH 62; Service Civique: 10 information meetings, 80 jeunes informed, 1 forum, 7 civic trainings', () => {
    expect(value('ml.seeph.participants')).toBe(62);
    expect(value('ml.civicService.infoMeetings')).toBe(10);
    expect(value('ml.civicService.informed')).toBe(80);
    expect(value('ml.civicService.forums')).toBe(1);
    expect(value('ml.civicService.civicTrainings')).toBe(7);
  });
});
