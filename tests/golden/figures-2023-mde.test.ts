import { describe, expect, it } from 'vitest';
import { fixtureIndicators } from './fixture-indicators.js';

/** The computed Maison de l'Emploi figures of figures-2023.md, rebuilt from the fixtures' exports. */
const value = fixtureIndicators();

describe('social clause (page 7)', () => {
  it('14 operations on the territory, 50 outside; 49 692 h; 51 companies', () => {
    expect(value('mde.clause.operations')).toEqual({ territory: 14, outside: 50 });
    expect(value('mde.clause.hours')).toBe(49692);
    expect(value('mde.clause.companies')).toBe(51);
  });

  it('41 556 h by 132 people of the territory (1 718 h on its operations, 39 838 h outside); 8 136 h by 48 from outside', () => {
    expect(value('mde.clause.territoryPeople')).toEqual({ people: 132, hours: 41556, onTerritoryOperations: 1718, onOutsideOperations: 39838 });
    expect(value('mde.clause.outsidePeople')).toEqual({ people: 48, hours: 8136 });
  });
});

describe('SIAE and temporary work (pages 6–7)', () => {
  it('96 SIAE placements: ACI 46, EI 20, AI 11, ETTI 19', () => {
    expect(value('mde.siae.total')).toBe(96);
    expect(value('mde.siae.placements')).toEqual({ ACI: 46, EI: 20, AI: 11, ETTI: 19 });
  });

  it('267 people followed signed 694 temp contracts', () => {
    expect(value('mde.interim.people')).toBe(267);
    expect(value('mde.interim.contracts')).toBe(694);
  });
});

describe('Cyber-base Emploi (page 7)', () => {
  it('1 590 uses by 742 users: 189 adults (109 F, 80 H), 553 jeunes (260 F, 293 H)', () => {
    expect(value('mde.cyberbase.uses')).toBe(1590);
    expect(value('mde.cyberbase.users')).toBe(742);
    expect(value('mde.cyberbase.audience')).toMatchObject({ adults: 189, adultsF: 109, adultsH: 80, young: 553, youngF: 260, youngH: 293 });
  });

  it('Lambersart 1 202 / 518 and Marcq-en-Barœul 213 / 155, not adding up to the total', () => {
    const sites = value('mde.cyberbase.bySite') as Record<string, Record<string, number>>;
    expect(sites.Lambersart).toMatchObject({ uses: 1202, users: 518, adults: 179, adultsF: 104, adultsH: 75, young: 339, youngF: 164, youngH: 175 });
    expect(sites['Marcq-en-Barœul']).toMatchObject({ uses: 213, users: 155, adults: 13, adultsF: 6, adultsH: 7, young: 142, youngF: 61, youngH: 81 });
    expect(sites.Lambersart!.uses! + sites['Marcq-en-Barœul']!.uses!).toBeLessThan(1590);
  });

  it('211 individual appointments for 173 people: 90 F, 83 H; 104 jeunes, 69 adults', () => {
    expect(value('mde.cyberbase.appointments')).toEqual({ count: 211, people: 173, F: 90, H: 83, young: 104, adults: 69 });
  });
});

describe('mobility scheme (page 7)', () => {
  it('598 pass top-ups for 433 people (87 territory, 139 QPV); 247 fuel cards for 92 (56 QPV); 7 train aids (2 territory, 1 QPV); 3 collective trips for 50 (20 QPV)', () => {
    expect(value('mde.mobility.passTopUps')).toBe(598);
    const byNature = value('mde.mobility.byNature') as Record<string, Record<string, number>>;
    expect(byNature['Recharge Pass Pass']).toMatchObject({ aids: 598, people: 433, fromTerritory: 87, inQpv: 139 });
    expect(byNature['Carte carburant']).toMatchObject({ aids: 247, people: 92, inQpv: 56 });
    expect(byNature['Billet de train']).toMatchObject({ people: 7, fromTerritory: 2, inQpv: 1 });
    expect(byNature['Déplacement collectif']).toMatchObject({ trips: 3, people: 50, inQpv: 20 });
  });
});

describe('employer relations and job offers (page 6), from the MDE logs', () => {
  it('364 employers informed; 130 work-study contracts (116 apprenticeships); 14 PEC; 8 CIE; 12 sponsors; 381 offers (70 territory, 253 CDI)', () => {
    expect(value('mde.employers.informed')).toBe(364);
    expect(value('mde.employers.workStudyContracts')).toEqual({ total: 130, apprenticeships: 116 });
    expect(value('mde.employers.pec')).toBe(14);
    expect(value('mde.employers.cie')).toBe(8);
    expect(value('mde.employers.sponsors')).toBe(12);
    expect(value('mde.jobOffers')).toEqual({ published: 381, onTerritory: 70, cdi: 253 });
  });
});
