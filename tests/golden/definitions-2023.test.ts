import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { positiveExitEvidence, stepsByParticipant, UNSUPPORTED } from '../../src/dataset/plie-evidence.js';
import { isDurable } from '../../src/aggregation/ml-contracts.js';
import { communesModel } from '../../src/render/communes.js';
import { sectionIds } from '../../src/sections/index.js';
import { computeReport } from '../../src/report.js';

/**
 * The figures issue 14 added (PLIE exits checked against the parcours, the strict neutralisation
 * rule, Mission Locale durable employment and public profile, commune pages), on the 2023 fixtures.
 * Each total was recomputed outside the tool from the CSVs (a short independent script over
 * participants.csv, etapes.csv, jeunes.csv, evenements.csv and situations.csv), and each sample
 * below was checked by reading its rows in the files: the row is quoted in the test's name.
 */
describe('issue 14 definitions on the 2023 fixtures', async () => {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
  const { indicators } = computeReport(dataset, config);
  const value = (key: string) => indicators[key]?.value;

  const participants = dataset.current.plie!.participants;
  const steps = stepsByParticipant(dataset.current.plie!.steps);
  const evidenceOf = positiveExitEvidence(config);
  const evidence = (id: string) => {
    const participant = participants.find((p) => p.identifiant === id)!;
    return evidenceOf(participant, steps.get(id) ?? []);
  };

  describe('PLIE', () => {
    it('215 participants still in parcours on 31/12 (entered by then, no exit dated that day or before)', () => {
      expect(value('plie.participants.atYearEnd')).toBe(215);
    });

    it('86 positive exits of 168, 7 neutralised by the strict rule: 86 / 161 = 53,4 %', () => {
      expect(value('plie.exits.adjustedPositiveRate.strict')).toBeCloseTo(86 / 161, 12);
    });

    it('13 positive exits without a supporting step, 54 in durable employment', () => {
      expect(value('plie.exits.positive.unsupported')).toBe(13);
      expect(value('plie.exits.positive.durableEmployment')).toBe(54);
    });

    it('PL-002200, Emploi on 17/10/2023, one CDD 17/08 → 17/10/2023: a contract under 6 months', () => {
      expect(evidence('PL-002200')).toEqual({ status: 'unsupported', reason: UNSUPPORTED.shortContract(6) });
    });

    it('PL-002226, Emploi, steps but no job step: no contract around the exit', () => {
      expect(evidence('PL-002226')).toEqual({ status: 'unsupported', reason: UNSUPPORTED.noContract });
    });

    it('PL-002580, Emploi on 16/07/2023, interim 11/11/2022 → 03/07/2023 and 20/02 → 16/07/2023: 248 days added up, durable', () => {
      expect(evidence('PL-002580')).toMatchObject({ status: 'supported', durableEmployment: true, basis: 'Intérim cumulé d’au moins 6 mois' });
    });

    it('PL-002451, Emploi on 13/05/2023, CDI 03/03 → 13/05/2023: durable', () => {
      expect(evidence('PL-002451')).toMatchObject({ status: 'supported', durableEmployment: true, basis: 'CDI' });
    });

    it('PL-002422, Formation on 03/10/2023, qualifying training 06/09 → 11/11/2023 validated: under way at the exit', () => {
      expect(evidence('PL-002422')).toMatchObject({ status: 'supported', durableEmployment: false });
    });
  });

  describe('Mission Locale', () => {
    it('1 465 Emploi situations started in 2023; 218 jeunes started a CDI or a CDD of 6 months or more', () => {
      expect(value('ml.employment.contractsStarted')).toBe(1465);
      expect(value('ml.employment.durable')).toBe(218);
    });

    it('ML-003010, CDD 31/01 → 30/07/2023: exactly 6 months (31/01 + 6 months = 31/07, last day the 30th), durable', () => {
      const cdd = [...dataset.current.ml!.situations].find((s) => s.identifiant_personne === 'ML-003010' && s.date_debut === '2023-01-31')!;
      expect(cdd.date_fin).toBe('2023-07-30');
      expect(isDurable(cdd, config.ml.durableEmployment, 2023)).toBe(true);
      expect(isDurable({ ...cdd, date_fin: '2023-07-29' }, config.ml.durableEmployment, 2023)).toBe(false);
    });

    it('2 545 jeunes met in an interview, a workshop or an information session (1 634 in an interview)', () => {
      expect(value('ml.youngAccompanied.withCollective')).toBe(2545);
      expect(value('ml.youngAccompanied')).toBe(1634);
    });

    it('the 1 634 jeunes accompanied by age on 31/12, by qualification, RQTH 75 and ZRR 11', () => {
      expect(value('ml.public.byAgeBand')).toEqual({ '16-17 ans': 139, '18-21 ans': 825, '22-25 ans': 656, '26 ans et plus': 14 });
      expect(value('ml.public.byQualification')).toEqual({
        'Niveau Infra 3 (sans diplôme)': 390,
        'Niveau 3 (CAP, BEP)': 426,
        'Niveau 4 (Bac)': 595,
        'Niveau 5': 173,
        'Niveau 6': 50,
      });
      expect(value('ml.public.rqthShare')).toBeCloseTo(75 / 1634, 12);
      expect(value('ml.public.zrrShare')).toBeCloseTo(11 / 1634, 12);
    });

    it('679 new registrations by commune, names spelt several ways and INSEE codes read as their commune', () => {
      // Marcq-en-Barœul: 125 spelt so, 25 « MARCQ EN BAROEUL », 20 « Marcq-en-Baroeul », 5 « 59378 ».
      const byCommune = value('ml.newRegistrations.byCommune') as Record<string, number>;
      expect(byCommune['Marcq-en-Barœul']).toBe(175);
      expect(Object.values(byCommune).reduce((a, b) => a + b, 0)).toBe(679);
    });
  });

  describe('commune pages', () => {
    it('Saint-André-lez-Lille has 4 residents in the social clause: « < 5 » on its page, no share, no change', () => {
      expect((value('mde.clause.peopleByCommune') as Record<string, number>)['Saint-André-lez-Lille']).toBe(4);
      const page = communesModel(indicators, config, 2023)!.pages.find((p) => p.name === 'Saint-André-lez-Lille')!;
      const cell = page.offers.flatMap((o) => o.cells).find((c) => c.key === 'mde.clause.peopleByCommune')!;
      expect(cell).toMatchObject({ count: 4, shown: '< 5', small: true, share: null, change: null });
    });
  });
});
