import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { OUTSIDE_TERRITORY } from '../../src/config/territory.js';
import type { IndicatorsJson } from '../../src/measure/indicator.js';
import { communeSlug, communesModel } from '../../src/render/communes.js';
import { COMMUNE_KEYS } from '../../src/sections/commune-keys.js';

const config = resolveConfig();
const names = config.territory.communes.map((c) => c.name);
const [first, second, third, fourth] = names as [string, string, string, string];

/** A by-commune figure: the given counts, zero for the other communes. */
function byCommune(given: Record<string, number>): Record<string, number> {
  return Object.fromEntries([...names, OUTSIDE_TERRITORY].map((name) => [name, given[name] ?? 0]));
}
const figure = (value: unknown) => ({ value, label: 'x', definition: 'x', unit: 'people' as const, sources: [] });

function indicators(): IndicatorsJson {
  return {
    [COMMUNE_KEYS.mlYoung]: figure(byCommune({ [first]: 3, [second]: 40, [third]: 57, [fourth]: 2, [OUTSIDE_TERRITORY]: 0 })),
    [`${COMMUNE_KEYS.mlYoung}.history`]: figure({ 2022: byCommune({ [first]: 8, [second]: 30, [third]: 57 }), 2021: byCommune({ [second]: 1 }) }),
    [COMMUNE_KEYS.plieParticipants]: figure(byCommune({ [first]: 12, [second]: 6, [OUTSIDE_TERRITORY]: 5 })),
  } as IndicatorsJson;
}

describe('the commune pages’ model', () => {
  const model = communesModel(indicators(), config, 2023)!;
  const page = (name: string) => model.pages.find((p) => p.name === name)!;
  const cell = (name: string, key: string) =>
    page(name)
      .offers.flatMap((o) => o.cells)
      .find((c) => c.key === key)!;

  it('has a page per commune of the territory, in the configured order, with only the figures computed', () => {
    expect(model.pages.map((p) => p.name)).toEqual(names);
    expect(page(first).offers.map((o) => o.offer)).toEqual(['plie', 'ml']);
    expect(model.figures.map((f) => f.key)).toEqual([COMMUNE_KEYS.plieParticipants, COMMUNE_KEYS.mlYoung]);
    expect(model.rows.map((r) => r.name)).toEqual([...names, OUTSIDE_TERRITORY]);
  });

  it('shows a commune with 3 people as « < 5 », without its share nor its evolution', () => {
    expect(cell(first, COMMUNE_KEYS.mlYoung)).toMatchObject({ count: 3, shown: '< 5', small: true, share: null, change: null });
    expect(cell(first, COMMUNE_KEYS.mlYoung).previous).toEqual({ year: 2022, shown: '8' });
    // Zero singles nobody out; 5 is no small count.
    expect(model.rows.find((r) => r.name === OUTSIDE_TERRITORY)!.cells[1]).toMatchObject({ shown: '0', small: false });
    expect(cell(second, COMMUNE_KEYS.plieParticipants)).toMatchObject({ shown: '6', small: false });
  });

  it('hides the change when the previous year’s count was small', () => {
    const model2 = communesModel(indicators(), resolveConfig({ communes: { pdf: true, smallCount: 10 } }), 2023)!;
    const young = model2.pages.find((p) => p.name === first)!.offers[1]!.cells[0]!;
    expect(young).toMatchObject({ shown: '< 10', previous: { year: 2022, shown: '< 10' }, change: null });
    expect(model2.pages.find((p) => p.name === third)!.offers[1]!.cells[0]!.change).toBe('=');
  });

  it('gives each commune its share of the territory; the shares add up to the whole', () => {
    const shares = model.rows.map((r) => r.cells[0]!);
    expect(shares.map((c) => c.share ?? 0).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(cell(first, COMMUNE_KEYS.plieParticipants).share).toBeCloseTo(12 / 23);
    const young = model.rows.map((r) => r.cells[1]!);
    // The small count's share is hidden: the others add up to the whole but it.
    expect(young.map((c) => c.share ?? 0).reduce((a, b) => a + b, 0)).toBeCloseTo(97 / 102);
    expect(model.figures.map((f) => f.total)).toEqual(['23', '102']);
  });

  it('says each commune’s evolution since the nearest previous year', () => {
    expect(cell(second, COMMUNE_KEYS.mlYoung)).toMatchObject({ shown: '40', previous: { year: 2022, shown: '30' }, change: '+10' });
    expect(cell(third, COMMUNE_KEYS.mlYoung).change).toBe('=');
    // A figure without history has no previous year.
    expect(cell(second, COMMUNE_KEYS.plieParticipants)).toMatchObject({ change: null });
    expect(cell(second, COMMUNE_KEYS.plieParticipants).previous).toBeUndefined();
  });

  it('hides a second count when only one is small: the total minus the others would give it away', () => {
    const alone = { [COMMUNE_KEYS.mlYoung]: figure(byCommune({ [first]: 3, [second]: 40, [third]: 57 })) } as IndicatorsJson;
    const rows = communesModel(alone, config, 2023)!.rows.map((r) => r.cells[0]!);
    expect(rows.map((c) => c.shown).slice(0, 4)).toEqual(['< 5', 's', '57', '0']);
    expect(rows[1]).toMatchObject({ count: 40, small: true, share: null, change: null });
    expect(rows[2]!.share).toBeCloseTo(0.57);
  });

  it('hides a commune’s hours with its people, the amount shown « s » rather than « < 5 »', () => {
    const clause = {
      [COMMUNE_KEYS.clausePeople]: figure(byCommune({ [first]: 3, [second]: 40, [third]: 57 })),
      [COMMUNE_KEYS.clauseHours]: figure(byCommune({ [first]: 120, [second]: 900.5, [third]: 1000 })),
    } as IndicatorsJson;
    const hours = communesModel(clause, config, 2023)!.rows.map((r) => r.cells[1]!);
    expect(hours.map((c) => c.shown).slice(0, 4)).toEqual(['s', 's', '1\u202f000', '0']);
    expect(hours[2]!.share).toBeCloseTo(1000 / 2020.5);
  });

  it('is undefined without any by-commune figure, and names each commune’s PDF', () => {
    expect(communesModel({}, config, 2023)).toBeUndefined();
    expect(communeSlug('Marcq-en-Barœul')).toBe('marcq-en-baroeul');
    expect(communeSlug('Saint-André-lez-Lille')).toBe('saint-andre-lez-lille');
  });
});
