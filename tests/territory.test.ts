import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { communeResolver, nearCommune, readCode } from '../src/config/territory.js';

const { territory } = resolveConfig();
const near = (raw: string) => nearCommune(raw, territory)?.name;

describe('the commune a cell that matched none probably means', () => {
  it('finds a typo, another small word, a postcode beside the name and a spaced INSEE code', () => {
    expect(near('La Madelaine')).toBe('La Madeleine');
    expect(near('Saint Andre les Lille')).toBe('Saint-André-lez-Lille');
    expect(near('Quesnoy/Deûle')).toBe('Quesnoy-sur-Deûle');
    expect(near('Lambersart (59130)')).toBe('Lambersart');
    expect(near('59 378')).toBe('Marcq-en-Barœul');
  });

  it('suggests nothing for a commune of another territory', () => {
    expect(near('Roubaix')).toBeUndefined();
    expect(near('Lille')).toBeUndefined();
    expect(near('Tourcoing')).toBeUndefined();
  });

  it('reads a name of the territory with its postcode beside it as that commune', () => {
    const resolve = communeResolver(territory);
    expect(resolve('59130 LAMBERSART')?.name).toBe('Lambersart');
    expect(resolve('Marcq-en-Barœul (59700)')?.name).toBe('Marcq-en-Barœul');
  });
});

describe('communes from the official geographic code', () => {
  const resolve = communeResolver(territory);
  const lille = resolveConfig({ territory: { communes: ['59350', '59527'], qpv: [] } }).territory;

  it('reads the postcode of one commune of the territory as it', () => {
    expect(resolve('59700')?.name).toBe('Marcq-en-Barœul');
    // Also the INSEE code of Cappelle-Brouck, 80 km away (another arrondissement): the postcode it is.
    expect(resolve('59130')?.name).toBe('Lambersart');
  });

  it('never guesses the commune of a postcode two communes of the territory share', () => {
    expect(resolve('59840')).toBeUndefined();
    expect(readCode('59840', territory)).toMatchObject({ kind: 'shared', communes: [{ name: 'Lompret' }, { name: 'Pérenchies' }, { name: 'Prémesques' }] });
    // Quesnoy-sur-Deûle shares 59890 with Deûlémont, outside the territory: no guess either.
    expect(resolve('59890')).toBeUndefined();
    expect(readCode('59890', territory)?.kind).toBe('shared');
  });

  it('never reads a neighbour’s INSEE code as a postcode of the territory', () => {
    // 59350: Lille's INSEE code, and Saint-André-lez-Lille's postcode.
    expect(resolve('59350')).toBeUndefined();
    expect(readCode('59350', territory)).toMatchObject({ kind: 'ambiguous', insee: { name: 'Lille' }, postcodeOf: [{ name: 'Saint-André-lez-Lille' }] });
    // With Lille in the territory, its INSEE code is Lille's.
    expect(communeResolver(lille)('59350')?.name).toBe('Lille');
  });

  it('tells a commune elsewhere from a code of no commune', () => {
    expect(readCode('59000', territory)).toMatchObject({ kind: 'outside', communes: [{ name: 'Lille' }] });
    expect(readCode('59183', territory)).toMatchObject({ kind: 'outside', communes: [{ name: 'Dunkerque' }] });
    expect(readCode('99999', territory)).toEqual({ kind: 'unknown' });
    expect(readCode('Lambersart', territory)).toBeUndefined();
  });

  it('reads a commune merged into one of the territory as it', () => {
    // Lomme (59355) is a commune associée of Lille.
    expect(communeResolver(lille)('59355')?.name).toBe('Lille');
  });

  it('matches the official name, and a configured alias before any postcode rule', () => {
    const own = resolveConfig({
      territory: {
        communes: [
          { insee: '59378', name: 'Marcq' },
          { insee: '59457', aliases: ['59840'] },
        ],
        qpv: [],
      },
    }).territory;
    expect(communeResolver(own)('MARCQ EN BAROEUL')?.insee).toBe('59378');
    expect(communeResolver(own)('59840')?.name).toBe('Pérenchies');
  });
});

describe('the territory named by INSEE codes', () => {
  const communes = (list: unknown[]) => resolveConfig({ territory: { communes: list, qpv: [] } }).territory.communes;
  const problem = (list: unknown[]) => {
    try {
      communes(list);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('takes the official name when none is given, and keeps a given one', () => {
    expect(communes(['59328', { insee: '59368', aliases: ['LM'] }, { insee: '59378', name: 'Marcq' }])).toEqual([
      { name: 'Lambersart', insee: '59328', aliases: [], officialName: 'Lambersart' },
      { name: 'La Madeleine', insee: '59368', aliases: ['LM'], officialName: 'La Madeleine' },
      { name: 'Marcq', insee: '59378', aliases: [], officialName: 'Marcq-en-Barœul' },
    ]);
  });

  it('refuses an INSEE code of no commune, with the nearest ones', () => {
    expect(problem(['59999'])).toContain(
      'territory.communes[0].insee: code INSEE 59999 inconnu du code officiel géographique (communes proches : 59099 Bousies',
    );
    expect(problem([{ name: 'Lambersart', insee: '59999' }])).toContain('(communes proches : 59328 Lambersart,');
  });

  it('refuses a code written as a number, which loses a leading zero', () => {
    expect(problem([1004])).toContain('territory.communes[0]: un code INSEE s’écrit entre guillemets, "01004"');
  });

  it('refuses the code of a commune merged into another, and a neighbour’s name beside a code', () => {
    expect(problem(['59355'])).toContain('59355 est le code de Lomme (commune associée de Lille)');
    expect(problem([{ name: 'Lambersart', insee: '59368' }])).toContain('« Lambersart » est le nom de la commune 59328, et 59368 le code de La Madeleine');
  });

  it('refuses an alias that is another commune’s official name (matched in the exports too)', () => {
    expect(
      problem([
        { insee: '59378', name: 'Marcq' },
        { insee: '59368', aliases: ['Marcq-en-Baroeul'] },
      ]),
    ).toContain('territory.communes[1].aliases[0]: « Marcq-en-Baroeul » désigne déjà la commune « Marcq » (territory.communes[0].insee');
  });
});

describe('municipal arrondissements of Paris, Lyon and Marseille as communes of the territory', () => {
  const paris = resolveConfig({ territory: { communes: ['75118', '75119', '75120'], qpvLists: [] } }).territory;
  const resolve = communeResolver(paris);

  it('are named by their INSEE code, their official name printed', () => {
    expect(paris.communes.map((c) => [c.insee, c.name])).toEqual([
      ['75118', 'Paris 18e Arrondissement'],
      ['75119', 'Paris 19e Arrondissement'],
      ['75120', 'Paris 20e Arrondissement'],
    ]);
    const others = resolveConfig({ territory: { communes: ['69381', { insee: '13213', name: 'Marseille 13e', aliases: ['Marseille 13'] }], qpvLists: [] } });
    expect(others.territory.communes.map((c) => [c.name, c.officialName])).toEqual([
      ['Lyon 1er Arrondissement', 'Lyon 1er Arrondissement'],
      ['Marseille 13e', 'Marseille 13e Arrondissement'],
    ]);
  });

  it('read the exports’ INSEE code, official name, alias and postcode of each arrondissement', () => {
    expect(resolve('75118')?.insee).toBe('75118');
    expect(resolve('PARIS 19E ARRONDISSEMENT')?.insee).toBe('75119');
    // 75020: Paris 20e's postcode (Paris's too, which the territory does not hold whole).
    expect(resolve('75020')?.insee).toBe('75120');
    expect(readCode('75020', paris)).toMatchObject({ kind: 'postcode', commune: { insee: '75120' } });
    const marseille = resolveConfig({ territory: { communes: [{ insee: '13213', aliases: ['Marseille 13'] }], qpvLists: [] } }).territory;
    expect(communeResolver(marseille)('Marseille 13')?.insee).toBe('13213');
  });

  it('count another arrondissement, and the city named whole, outside the territory', () => {
    expect(resolve('75117')).toBeUndefined();
    expect(resolve('75017')).toBeUndefined();
    // 75017 is also a former INSEE code (of the old Seine department): outside either way.
    expect(readCode('75017', paris)?.kind).toBe('outside');
    expect(resolve('75007')).toBeUndefined();
    expect(resolve('75056')).toBeUndefined();
    expect(resolve('Paris')).toBeUndefined();
  });

  it('refuse a city and one of its arrondissements together (counted twice)', () => {
    expect(() => resolveConfig({ territory: { communes: ['13055', '13213'], qpvLists: [] } }, 'alpes.json')).toThrow(
      'alpes.json: territory.communes[1].insee: 13213 est un arrondissement de Marseille (13055), déjà du territoire : nommez la ville ou ses arrondissements',
    );
  });

  it('leave a territory of whole cities reading an arrondissement’s code as its city', () => {
    const lyon = resolveConfig({ territory: { communes: ['69123'], qpvLists: [] } }).territory;
    expect(communeResolver(lyon)('69381')?.name).toBe('Lyon');
    expect(communeResolver(lyon)('69001')?.name).toBe('Lyon');
  });
});
