import { describe, expect, it } from 'vitest';
import { ageBandOf, bandsFor, plieParticipantsSection } from '../../src/sections/plie-participants.js';
import { config, LAMBERSART, MARCQ, participant, yearData } from '../support/build.js';
import { Measure } from '../../src/measure/measure.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

const compute = (...args: Parameters<typeof yearData>) => runSection(plieParticipantsSection, config, yearData(...args)).model;

/** Two entries in 2022 (F and H) and one participant who entered before. */
const year2022 = () => [
  participant({ date_entree: '2022-02-01', sexe: 'F' }),
  participant({ date_entree: '2022-03-01', sexe: 'H' }),
  participant({ date_entree: '2021-03-01' }),
];

describe('plie-participants', () => {
  it('counts en parcours from entry and exit dates, an exit dated 31/12 or 01/01 included', () => {
    const m = compute(2023, [
      participant({ date_entree: '2021-05-01' }), // still in parcours
      participant({ date_entree: '2021-05-01', date_sortie: '2023-01-01', categorie_sortie: 'Rupture' }), // exited on 01/01/Y
      participant({ date_entree: '2023-12-31', date_sortie: '2023-12-31', categorie_sortie: 'Emploi' }), // in and out the same day
      participant({ date_entree: '2020-01-01', date_sortie: '2022-12-31', categorie_sortie: 'Emploi' }), // exited before Y
      participant({ date_entree: '2024-01-01' }), // enters after Y
    ]);
    expect(m.participants.total).toBe(3);
    expect(m.entries.total).toBe(1);
    expect(m.entryRatio).toBeCloseTo(1 / 3);
  });

  it('counts those still in parcours on 31/12: an exit dated 31/12 has left', () => {
    const { model, figures } = runSection(
      plieParticipantsSection,
      config,
      yearData(2023, [
        participant({ date_entree: '2021-05-01' }), // still in parcours
        participant({ date_entree: '2021-05-01', date_sortie: '2024-01-15', categorie_sortie: 'Emploi' }), // leaves next year
        participant({ date_entree: '2023-12-31' }), // entered on 31/12
        participant({ date_entree: '2021-05-01', date_sortie: '2023-12-31', categorie_sortie: 'Emploi' }), // left on 31/12
        participant({ date_entree: '2021-05-01', date_sortie: '2023-03-01', categorie_sortie: 'Rupture' }), // left during the year
        participant({ date_entree: '2024-01-01' }), // enters after Y
      ]),
      [
        yearData(2022, [
          participant({ date_entree: '2021-05-01' }),
          participant({ date_entree: '2021-05-01', date_sortie: '2022-06-01', categorie_sortie: 'Rupture' }),
        ]),
      ],
    );
    expect(model.participants.total).toBe(5);
    expect(model.participants.atYearEnd).toBe(3);
    expect(figures['plie.participants.atYearEnd.history']).toEqual({ 2022: 1 });
  });

  it('splits by sex with shares and lists every commune in the configured order, zeros and outside row included', () => {
    const m = compute(2023, [
      participant({ sexe: 'F', commune: LAMBERSART }),
      participant({ sexe: 'H', commune: MARCQ }),
      participant({ sexe: 'H', commune: MARCQ }),
      participant({ sexe: 'F', commune: 'Lille' }),
    ]);
    expect(m.participants.bySex).toEqual({ F: { count: 2, share: 0.5 }, H: { count: 2, share: 0.5 } });
    // All four entered in 2023: the same split among the new entries.
    expect(m.entries.bySex).toEqual({ F: { count: 2, share: 0.5 }, H: { count: 2, share: 0.5 } });
    expect(m.entries.femaleShare).toBe(0.5);
    const communes = m.participants.byCommune.map((c) => [c.name, c.count]);
    expect(communes).toHaveLength(11);
    expect(communes[0]).toEqual(['La Madeleine', 0]);
    expect(communes[1]).toEqual(['Lambersart', 1]);
    expect(communes[2]).toEqual(['Lompret', 0]);
    expect(communes[3]).toEqual(['Marcq-en-Barœul', 2]);
    expect(communes[10]).toEqual(['Hors territoire / non renseigné', 1]);
  });

  it('computes RSA, ≤ CAP and seniors (age at entry, 50 and over) among en parcours', () => {
    const m = compute(2023, [
      participant({ rsa: true, niveau_qualification: 'Infra 3', date_naissance: '1970-06-15', date_entree: '2020-06-15' }), // 50 on entry day
      participant({ rsa: true, niveau_qualification: '3', date_naissance: '1970-06-16', date_entree: '2020-06-15' }), // 49 at entry
      participant({ niveau_qualification: '4' }),
      participant({ niveau_qualification: '5', deld: true, th: true }),
    ]);
    expect(m.participants.rsa).toEqual({ count: 2, share: 0.5 });
    expect(m.participants.lowQualification).toEqual({ count: 2, share: 0.5 });
    expect(m.participants.seniors).toEqual({ count: 1, share: 0.25 });
    expect(m.criteria.map((c) => c.count)).toEqual([2, 1, 1, 1]);
    expect(m.ageBands.at(-1)).toEqual({ label: '50 ans et plus', count: 1 });
    expect(m.qualification.map((q) => q.count)).toEqual([1, 1, 1, 1, 0]);
  });

  it('reads the evolutions from the previous years, nearest first', () => {
    const { history, figures, evidence } = runSection(plieParticipantsSection, config, yearData(2023, [participant({})]), [
      yearData(2022, year2022()),
      yearData(2021, [participant({ date_entree: '2021-03-01', sexe: 'H' })]),
    ]);
    const past = history.map(({ year, model }) => ({
      year,
      value: { participants: model.participants.total, entries: model.entries.total, femaleShare: model.entries.femaleShare, entryRatio: model.entryRatio },
    }));
    expect(past).toEqual([
      { year: 2022, value: { participants: 3, entries: 2, femaleShare: 0.5, entryRatio: 2 / 3 } },
      { year: 2021, value: { participants: 1, entries: 1, femaleShare: 0, entryRatio: 1 } },
    ]);
    expect(figures['plie.participants.history']).toEqual({ 2022: 3, 2021: 1 });
    expect(figures['plie.entries.history']).toEqual({ 2022: 2, 2021: 1 });
    expect(figures['plie.entries.femaleShare.history']).toEqual({ 2022: 0.5, 2021: 0 });
    expect(figures['plie.entries.ratio.history']).toEqual({ 2022: 2 / 3, 2021: 1 });
    // Each year's rows, from its own export.
    const parts = (key: string) => evidence.get(key)!.parts.map((p) => [p.group, p.role, p.file, p.year, p.rows.length]);
    expect(parts('plie.participants.history')).toEqual([
      ['2022', undefined, 'participants.csv', 2022, 3],
      ['2021', undefined, 'participants.csv', 2021, 1],
    ]);
    expect(parts('plie.entries.femaleShare.history')).toEqual([
      ['2022', 'numerator', 'participants.csv', 2022, 1],
      ['2022', 'denominator', 'participants.csv', 2022, 2],
      ['2021', 'numerator', 'participants.csv', 2021, 0],
      ['2021', 'denominator', 'participants.csv', 2021, 1],
    ]);
    expect(parts('plie.entries.history').map((p) => p[0])).toEqual(['2022', '2021']);
    expect(parts('plie.entries.ratio.history').map((p) => p.slice(0, 2))).toEqual([
      ['2022', 'numerator'],
      ['2022', 'denominator'],
      ['2021', 'numerator'],
      ['2021', 'denominator'],
    ]);
  });

  it('traces every figure to the rows that recompute it', () => {
    const { indicators, evidence } = runSection(
      plieParticipantsSection,
      config,
      yearData(2023, [
        participant({
          sexe: 'H',
          commune: MARCQ,
          rsa: true,
          niveau_qualification: 'Infra 3',
          date_naissance: '1960-01-01',
          date_entree: '2021-05-01',
          deld: true,
        }),
        participant({ sexe: 'F', commune: 'Lille', qpv: true, th: true, niveau_qualification: '6' }),
        participant({
          sexe: 'F',
          commune: LAMBERSART,
          niveau_qualification: '3',
          date_entree: '2022-03-01',
          date_sortie: '2023-06-30',
          categorie_sortie: 'Rupture',
        }),
        participant({ sexe: 'H', date_naissance: '2000-01-01', date_entree: '2023-04-01' }),
        participant({ date_entree: '2020-01-01', date_sortie: '2022-12-31', categorie_sortie: 'Emploi' }), // not en parcours
      ]),
      [yearData(2022, year2022()), yearData(2021, [])],
    );
    const byKey = Object.fromEntries(indicators.map(({ key, ...rest }) => [key, rest]));
    expect(traceMismatches(byKey, evidence)).toEqual([]);
  });

  it('gives null shares, not NaN, for an empty year (whose page the report then leaves out)', () => {
    const m = plieParticipantsSection.compute(yearData(2023, []), new Measure(2023, config), config)!;
    expect(m.participants.total).toBe(0);
    expect(m.participants.rsa.share).toBeNull();
    expect(m.entryRatio).toBeNull();
  });
});

describe('age bands', () => {
  it('ends the bands at the configured senior age', () => {
    expect(bandsFor(50).map((b) => b.label)).toEqual(['Moins de 26 ans', '26 à 34 ans', '35 à 44 ans', '45 à 49 ans', '50 ans et plus']);
    expect(bandsFor(45).map((b) => b.label)).toEqual(['Moins de 26 ans', '26 à 34 ans', '35 à 44 ans', '45 ans et plus']);
    expect(bandsFor(42).map((b) => b.label)).toEqual(['Moins de 26 ans', '26 à 34 ans', '35 à 41 ans', '42 ans et plus']);
  });

  it('counts a participant aged exactly the senior age at entry as a senior', () => {
    expect(ageBandOf(50)(participant({ date_naissance: '1975-03-01', date_entree: '2025-03-01' }))).toBe('50 ans et plus');
    expect(ageBandOf(50)(participant({ date_naissance: '1975-03-02', date_entree: '2025-03-01' }))).toBe('45 à 49 ans');
  });
});
