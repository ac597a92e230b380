import type { Config } from '../config/schema.js';
import type { MlYear } from '../dataset/load.js';
import type { Jeune } from '../schemas/ml/jeunes.js';
import type { Situation } from '../schemas/ml/situations.js';
import { isBelowBac } from '../schemas/person.js';
import { activeSituations, ageAtYearEnd, inYear, measureTopSector } from '../aggregation/ml-periods.js';
import { personNumbers } from '../aggregation/person-numbers.js';
import { durableWords, isDurable } from '../aggregation/ml-contracts.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Part, Section } from '../measure/section.js';

/** The key of the figure the page charts: named in its declaration and by its chart. */
const BY_CONTRACT = 'ml.employment.byContract';

export interface MlEmploi {
  young: number;
  situations: number;
  /** Contracts started in the year, beside those active in it. */
  contractsStarted: number;
  /** Jeunes with a durable job (CDI, or CDD of 6 months or more) started in the year. */
  durable: number;
  belowBac: Part;
  aged18to21: Part;
  women: Part;
  byContract: { label: string; count: number }[];
  cdi: number;
  interim: number;
  topSector: ({ label: string } & Part) | undefined;
  workStudy: { young: number; signed: number; topSector: ({ label: string } & Part) | undefined };
}

const NOT_GIVEN = 'Non renseigné';
const CONTRACTS = ['CDI', 'CDD', 'Intérim', 'Contrat aidé', 'IAE'];
/** Who the shares of the jeunes in employment are taken of. */
const WORKERS = 'jeunes distincts ayant une situation « Emploi » active dans l’année (dénominateur)';

/** A job's contract type; one without counts as « Non renseigné ». */
const contract = (s: Situation) => s.sous_type ?? NOT_GIVEN;

export const mlEmploiSection: Section<'ml', MlEmploi> = {
  id: 'ml-emploi',
  offer: 'ml',
  title: 'Emploi',
  compute(data: MlYear, m: Measure, config: Config) {
    const year = data.year;
    const jobs = activeSituations(data, 'Emploi');
    // Contracts started in the year: a contract spanning two years counts in the year it began.
    const started = jobs.where('date_debut', (d) => inYear(d, year));
    const rule = config.ml.durableEmployment;
    const durableJobs = started.filter((s) => isDurable(s, rule, year));
    const workers = data.jeunes.pick(personNumbers(data).jeunesIn(jobs, 'identifiant_personne'), jobs);
    const workStudy = activeSituations(data, 'Alternance');
    const signed = workStudy.where('date_debut', (d) => inYear(d, year));
    const age = (j: Jeune) => ageAtYearEnd(j, year);
    const belowBac = workers.filter((j) => isBelowBac(j.niveau_qualification));
    const aged18to21 = workers.filter((j) => age(j) >= 18 && age(j) <= 21);
    const women = workers.filter((j) => j.sexe === 'F');
    const share = (rows: readonly Jeune[], value: number | null): Part => ({ count: rows.length, share: value });

    const young = m.count(
      {
        key: 'ml.employment.young',
        label: 'Jeunes en emploi',
        unit: 'people',
        definition: 'Jeunes distincts ayant une situation « Emploi » active dans l’année.',
      },
      workers,
    );
    const situations = m.count(
      {
        key: 'ml.employment.situations',
        label: 'Situations emploi',
        unit: 'count',
        history: true,
        definition: 'Situations « Emploi » actives dans l’année (une situation à cheval sur deux années compte dans les deux).',
      },
      jobs,
      { by: contract },
    );
    const contractsStarted = m.count(
      {
        key: 'ml.employment.contractsStarted',
        label: 'Contrats commencés dans l’année',
        unit: 'count',
        history: true,
        definition:
          'Situations « Emploi » dont la date de début est dans l’année : une situation à cheval sur deux années ne compte ' +
          'que dans celle où elle a commencé (à comparer d’une année à l’autre, contrairement aux situations actives).',
      },
      started,
      { by: contract },
    );
    const durable = m.count(
      {
        key: 'ml.employment.durable',
        label: 'Jeunes en emploi durable',
        unit: 'people',
        history: true,
        definition:
          `Jeunes distincts ayant commencé dans l’année une situation « Emploi » durable : ${durableWords(rule)} ` +
          '(réglage ml.durableEmployment de la configuration).',
      },
      distinct(durableJobs, 'identifiant_personne'),
    );
    const belowBacShare = m.rate(
      {
        key: 'ml.employment.belowBacShare',
        label: 'Part des jeunes en emploi de niveau inférieur au Bac',
        unit: 'rate',
        definition: `Jeunes en emploi de niveau infra 3 ou 3 (numérateur) / ${WORKERS}.`,
      },
      belowBac,
      workers,
    );
    const aged18to21Share = m.rate(
      {
        key: 'ml.employment.aged18to21Share',
        label: 'Part des 18-21 ans',
        unit: 'rate',
        definition: `Jeunes en emploi âgés de 18 à 21 ans au 31/12 (numérateur) / ${WORKERS}.`,
      },
      aged18to21,
      workers,
    );
    const womenShare = m.rate(
      { key: 'ml.employment.womenShare', label: 'Part des femmes', unit: 'rate', definition: `Jeunes femmes en emploi (numérateur) / ${WORKERS}.` },
      women,
      workers,
    );
    const byContract = m.countBy(
      {
        key: BY_CONTRACT,
        label: 'Situations emploi par type de contrat',
        unit: 'count',
        definition: 'Situations « Emploi » actives dans l’année par sous-type de contrat (CDI, CDD, intérim, contrat aidé, IAE, puis les autres).',
      },
      jobs,
      contract,
      { order: CONTRACTS, shape: (cells) => cells.filter((c) => c.count > 0) },
    );
    const cdi = m.count(
      {
        key: 'ml.employment.cdi',
        label: 'Situations en CDI',
        unit: 'count',
        history: true,
        definition: 'Situations « Emploi » actives dans l’année de sous-type « CDI ».',
      },
      jobs.where('sous_type', (t) => t === 'CDI'),
    );
    const interim = m.count(
      {
        key: 'ml.employment.interim',
        label: 'Situations en intérim',
        unit: 'count',
        history: true,
        definition: 'Situations « Emploi » actives dans l’année de sous-type « Intérim ».',
      },
      jobs.where('sous_type', (t) => t === 'Intérim'),
    );
    const topSector = measureTopSector(
      m,
      {
        sector: {
          key: 'ml.employment.topSector',
          label: 'Premier secteur des contrats',
          unit: 'count',
          definition: 'Secteur le plus fréquent des situations « Emploi » actives dans l’année (ex æquo : ordre alphabétique), avec son nombre de situations.',
        },
        share: {
          key: 'ml.employment.topSectorShare',
          label: 'Part du premier secteur des contrats',
          unit: 'rate',
          definition:
            'Situations « Emploi » actives dans l’année du premier secteur (numérateur) / situations « Emploi » actives ' + 'dans l’année (dénominateur).',
        },
      },
      jobs,
    );
    const workStudyYoung = m.count(
      {
        key: 'ml.workStudy.young',
        label: 'Jeunes suivis en alternance',
        unit: 'people',
        definition: 'Jeunes distincts ayant une situation « Alternance » active dans l’année.',
      },
      distinct(workStudy, 'identifiant_personne'),
    );
    const signedCount = m.count(
      {
        key: 'ml.workStudy.signed',
        label: 'Contrats en alternance signés dans l’année',
        unit: 'count',
        definition: 'Situations « Alternance » dont la date de début est dans l’année.',
      },
      signed,
    );
    const signedTopSector = measureTopSector(
      m,
      {
        sector: {
          key: 'ml.workStudy.topSector',
          label: 'Premier secteur des contrats en alternance signés',
          unit: 'count',
          definition: 'Secteur le plus fréquent des contrats en alternance signés dans l’année (ex æquo : ordre alphabétique), avec son nombre de contrats.',
        },
        share: {
          key: 'ml.workStudy.topSectorShare',
          label: 'Part du premier secteur des contrats en alternance',
          unit: 'rate',
          definition:
            'Contrats en alternance signés dans l’année du premier secteur (numérateur) / contrats en alternance signés ' + 'dans l’année (dénominateur).',
        },
      },
      signed,
    );
    return {
      young,
      situations,
      contractsStarted,
      durable,
      belowBac: share(belowBac, belowBacShare),
      aged18to21: share(aged18to21, aged18to21Share),
      women: share(women, womenShare),
      byContract,
      cdi,
      interim,
      topSector,
      workStudy: { young: workStudyYoung, signed: signedCount, topSector: signedTopSector },
    };
  },
  charts(m) {
    const title = 'Situations emploi par type de contrat';
    return [
      {
        id: 'ml-employment-contract',
        kind: 'doughnut',
        title,
        indicator: BY_CONTRACT,
        labels: m.byContract.map((c) => c.label),
        values: m.byContract.map((c) => c.count),
      },
    ];
  },
};
