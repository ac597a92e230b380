import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { formatSignedPercent, formatThousands } from '../../src/render/format.js';
import { computeReport, type IndicatorsJson } from '../../src/report.js';

/** The declared ([D]) figures of figures-2023.md that the 2023 content folder carries. */
let indicators: IndicatorsJson;
const value = (key: string) => indicators[key]?.value;
const N = '\u202f';

beforeAll(async () => {
  const config = resolveConfig();
  indicators = computeReport(await loadDataset({ year: 2023, dataDir: 'fixtures/2023', config }), config).indicators;
});

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
