import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { missingQpvList, qpvOf } from '../../src/config/territory.js';
import { checkPlie } from '../../src/dataset/checks.js';
import { participant } from '../support/build.js';

const before2024 = { until: '2023-12-31', neighbourhoods: [{ name: 'La Briqueterie', insee: '59378' }] };
const from2024 = { from: '2024-01-01', neighbourhoods: [{ name: 'Pacot-Vandracq', insee: '59328' }] };

describe('QPV lists with their period of validity', () => {
  it('ships ALPES’s neighbourhoods as the dated list of 2015, which 2021 to 2023 take and 2024 does not', () => {
    const { territory } = resolveConfig();
    expect(territory.qpv).toEqual([]);
    expect(territory.qpvLists.map((l) => [l.from, l.until])).toEqual([['2015-01-01', '2023-12-31']]);
    for (const year of [2021, 2023]) expect(qpvOf(territory, year)?.map((q) => q.name)).toEqual(['La Briqueterie', 'Pacot-Vandracq']);
    expect(qpvOf(territory, 2024)).toBeUndefined();
    expect(missingQpvList(territory, 2024)).toBe(
      'territory.qpvLists n’a aucune liste de quartiers prioritaires (QPV) en vigueur au 1er janvier 2024 (listes déclarées : du 2015-01-01 au 2023-12-31) : ' +
        'les résidents en QPV ne sont pas contrôlés ; ajoutez la liste de 2024 à la configuration, { "from": "2024-01-01", "neighbourhoods": [ … ] }, ' +
        'ou "qpvLists": [] si le territoire n’a aucun quartier prioritaire (docs/configuration.md, « QPV lists »)',
    );
  });

  it('finds no list for a year before the first one either', () => {
    const { territory } = resolveConfig({ territory: { qpvLists: [from2024] } });
    expect(qpvOf(territory, 2023)).toBeUndefined();
    expect(missingQpvList(territory, 2023)).toContain('en vigueur au 1er janvier 2023 (listes déclarées : du 2024-01-01) :');
  });

  it('gives each year the list in force on its 1 January: the 2024 reform', () => {
    const { territory } = resolveConfig({ territory: { qpv: [], qpvLists: [before2024, from2024] } });
    expect(qpvOf(territory, 2023)?.map((q) => q.name)).toEqual(['La Briqueterie']);
    expect(qpvOf(territory, 2024)?.map((q) => q.name)).toEqual(['Pacot-Vandracq']);
    expect(qpvOf(territory, 2030)?.map((q) => q.name)).toEqual(['Pacot-Vandracq']);
  });

  it('reads a lone territory.qpv (the older shape) for every year: ALPES’s dated list no longer applies', () => {
    const { territory } = resolveConfig({ territory: { qpv: [{ name: 'Les Bois Blancs', insee: '59328' }] } });
    expect(territory.qpvLists).toEqual([]);
    for (const year of [2023, 2024]) expect(qpvOf(territory, year)?.map((q) => q.name)).toEqual(['Les Bois Blancs']);
  });

  it('falls back on a given territory.qpv for a year no dated list covers', () => {
    const { territory } = resolveConfig({ territory: { qpv: [{ name: 'Les Bois Blancs', insee: '59328' }], qpvLists: [from2024] } });
    expect(qpvOf(territory, 2023)?.map((q) => q.name)).toEqual(['Les Bois Blancs']);
    expect(qpvOf(territory, 2024)?.map((q) => q.name)).toEqual(['Pacot-Vandracq']);
  });

  it('has no QPV at all with "qpvLists": [] (a territory without priority neighbourhoods)', () => {
    const { territory } = resolveConfig({ territory: { qpvLists: [] } });
    expect(qpvOf(territory, 2024)).toEqual([]);
  });

  it('refuses overlapping lists, a period ending before it starts, a bad date and a neighbourhood outside the territory', () => {
    expect(() => resolveConfig({ territory: { qpvLists: [before2024, { ...from2024, from: '2023-06-01' }] } }, 'alpes.json')).toThrow(
      'alpes.json: territory.qpvLists[1].from: période de validité qui chevauche celle de territory.qpvLists[0]',
    );
    expect(() => resolveConfig({ territory: { qpvLists: [{ ...from2024, until: '2023-01-01' }] } }, 'alpes.json')).toThrow(
      'territory.qpvLists[0].until: until doit suivre from',
    );
    expect(() => resolveConfig({ territory: { qpvLists: [{ ...from2024, from: '01/01/2024' }] } }, 'alpes.json')).toThrow('date attendue au format aaaa-mm-jj');
    expect(() =>
      resolveConfig({ territory: { qpvLists: [{ from: '2024-01-01', neighbourhoods: [{ name: 'Bourg', insee: '59999' }] }] } }, 'alpes.json'),
    ).toThrow('territory.qpvLists[0].neighbourhoods[0].insee: le quartier « Bourg » est dans la commune 59999');
  });
});

describe('the collective event types of the jeunes accompanied', () => {
  it('must be types evenements.csv can hold', () => {
    expect(() => resolveConfig({ ml: { youngAccompanied: { collectiveEventTypes: ['Atelier', 'Ateliers'] } } }, 'alpes.json')).toThrow(
      'alpes.json: ml.youngAccompanied.collectiveEventTypes[1]: type d’événement inconnu « Ateliers »',
    );
    expect(resolveConfig({ ml: { youngAccompanied: { collectiveEventTypes: ['Forum'] } } }).ml.youngAccompanied.collectiveEventTypes).toEqual(['Forum']);
  });
});

describe('the QPV check of the participants takes the year’s list', () => {
  const files = { participants: 'participants.csv', steps: 'etapes.csv' };
  // A QPV resident of Lambersart: Lambersart has a QPV in the 2024 list only.
  const resident = participant({ commune: '59328', qpv: true });
  const { territory, ...rest } = resolveConfig({ territory: { qpv: [], qpvLists: [before2024, from2024] } });
  const config = { ...rest, territory };
  const qpvWarnings = (year: number) => checkPlie([resident], [], new Set(), files, config, year).filter((i) => i.message.includes('QPV'));

  it('warns in 2023 (no QPV of Lambersart in force), not in 2024', () => {
    expect(qpvWarnings(2023)).toHaveLength(1);
    expect(qpvWarnings(2024)).toEqual([]);
  });

  it('says once, as a warning (the figures do not depend on it), that a year has no list: ALPES’s defaults in 2024', () => {
    const warnings = checkPlie([resident], [], new Set(), files, resolveConfig(), 2024).filter((i) => i.message.includes('QPV'));
    expect(warnings).toEqual([
      {
        severity: 'warning',
        file: 'participants.csv',
        message: expect.stringContaining('aucune liste de quartiers prioritaires (QPV) en vigueur au 1er janvier 2024'),
      },
    ]);
    // ALPES's dated list in 2023: Lambersart has Pacot-Vandracq, no warning.
    expect(checkPlie([resident], [], new Set(), files, resolveConfig(), 2023).filter((i) => i.message.includes('QPV'))).toEqual([]);
  });
});
