import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import { byCountDesc, rankByCount, type CommuneCount } from '../aggregation/breakdowns.js';
import { isExit, isLowQualification } from '../aggregation/plie-periods.js';
import type { Measure } from '../measure/measure.js';
import { daysBetween } from '../schemas/dates.js';
import type { Participant } from '../schemas/participants.js';
import type { ChartSpec, Section } from '../measure/section.js';
import { COMMUNE_KEYS } from './commune-keys.js';
import { checkPositiveExits, strictRate, type NeutralisationRules, type PositiveExitChecks } from './plie-sorties-rules.js';

/** The keys of the figures the page charts: named in their declaration and by their chart. */
const BY_CATEGORY = 'plie.exits.byCategory';
const TOP_SECTORS = 'plie.exits.employment.topSectors';

const NOT_GIVEN = 'Non renseigné';
const DAYS_PER_MONTH = 365.25 / 12;

export interface PlieSorties {
  total: number;
  byCategory: { label: string; count: number }[];
  positive: { count: number; byCategory: { label: string; count: number }[] };
  other: { count: number; byCategory: { label: string; count: number }[] };
  legitimate: { total: number; byReason: { label: string; count: number }[] };
  /** Positive exits / exits. */
  positiveRate: number | null;
  /** Positive exits / (exits − sorties légitimes). */
  adjustedPositiveRate: number | null;
  /** Both rules of neutralisation side by side: the configured one (this rate) and the stricter one. */
  rules: NeutralisationRules;
  /** Positive exits checked against the parcours (etapes.csv). */
  checks: PositiveExitChecks;
  objective: number;
  profile: { lowQualificationShare: number | null; rsaShare: number | null; meanMonths: number | null };
  positiveByCommune: CommuneCount[];
  employmentBySector: { total: number; top: { label: string; count: number }[]; topShare: number | null };
}

/** Length of an exited participant's parcours in months. */
const parcoursMonths = (p: Participant) => daysBetween(p.date_entree, p.date_sortie!) / DAYS_PER_MONTH;

const category = (p: Participant) => p.categorie_sortie ?? NOT_GIVEN;
const reason = (p: Participant) => p.motif_sortie ?? NOT_GIVEN;

export const plieSortiesSection: Section<'plie', PlieSorties> = {
  id: 'plie-sorties',
  offer: 'plie',
  title: 'Les sorties',
  compute(data: PlieYear, m: Measure, config: Config) {
    const { positiveExitCategories, legitimateExitCategory, legitimateExitReasons, exitCategories } = config.plie;
    const isPositive = (p: Participant) => positiveExitCategories.includes(p.categorie_sortie ?? '');
    const exits = data.participants.filter((p) => isExit(p, data.year));
    const positives = exits.filter(isPositive);
    const legitimate = exits.filter((p) => p.categorie_sortie === legitimateExitCategory);
    const countable = exits.filter((p) => p.categorie_sortie !== legitimateExitCategory);
    const employment = exits.filter((p) => p.categorie_sortie === positiveExitCategories[0]);
    const positiveList = positiveExitCategories.join(', ');

    const total = m.count(
      { key: 'plie.exits', label: 'Sorties', unit: 'people', history: true, definition: 'Participants dont la date de sortie du PLIE est dans l’année.' },
      exits,
      { by: category },
    );
    const byCategory = m.countBy(
      {
        key: BY_CATEGORY,
        label: 'Sorties par catégorie',
        unit: 'people',
        definition: 'Sorties de l’année par catégorie de sortie, dans l’ordre des catégories de la configuration.',
      },
      exits,
      category,
      { order: exitCategories },
    );
    const positive = m.count(
      {
        key: 'plie.exits.positive',
        label: 'Sorties positives',
        unit: 'people',
        definition:
          `Sorties de l’année dans une catégorie positive de la configuration (${positiveList}) : ` +
          'emploi d’au moins 6 mois, création d’entreprise, formation qualifiante.',
      },
      positives,
      { by: category },
    );
    const positiveByCategory = m.countBy(
      {
        key: 'plie.exits.positive.byCategory',
        label: 'Sorties positives par catégorie',
        unit: 'people',
        definition: `Sorties positives de l’année par catégorie (${positiveList}).`,
      },
      positives,
      category,
      // A category without exit this year (a business creation, most years) is not printed.
      { order: positiveExitCategories, shape: (cells) => cells.filter((c) => c.count > 0) },
    );
    const other = m.count(
      {
        key: 'plie.exits.other',
        label: 'Autres sorties',
        unit: 'people',
        definition: 'Sorties de l’année dans une catégorie non positive : sorties légitimes, réorientations, ruptures.',
      },
      exits.filter((p) => !isPositive(p)),
      { by: category },
    );
    const legitimateTotal = m.count(
      {
        key: 'plie.exits.legitimate',
        label: 'Sorties légitimes',
        unit: 'people',
        definition: `Sorties de l’année de catégorie « ${legitimateExitCategory} » (santé, déménagement, retraite…), neutralisées dans le taux ajusté.`,
      },
      legitimate,
      { by: reason },
    );
    const byReason = m.countBy(
      {
        key: 'plie.exits.legitimate.byReason',
        label: 'Sorties légitimes par motif',
        unit: 'people',
        definition: 'Sorties légitimes de l’année par motif de sortie, les plus fréquents d’abord.',
      },
      legitimate,
      reason,
      { order: legitimateExitReasons, shape: (cells) => byCountDesc(cells).filter((c) => c.count > 0) },
    );
    const positiveRate = m.rate(
      {
        key: 'plie.exits.positiveRate',
        label: 'Taux de sorties positives',
        unit: 'rate',
        history: true,
        definition: 'Sorties positives de l’année (numérateur) / sorties de l’année (dénominateur).',
      },
      positives,
      exits,
    );
    const adjustedPositiveRate = m.rate(
      {
        key: 'plie.exits.adjustedPositiveRate',
        label: 'Taux de sorties positives hors sorties légitimes',
        unit: 'rate',
        history: true,
        definition:
          `Sorties positives de l’année (numérateur) / sorties de l’année moins les sorties légitimes (dénominateur) : la règle ` +
          `de la configuration, qui neutralise toute sortie de catégorie « ${legitimateExitCategory} », quel qu’en soit le motif ` +
          `(${legitimateExitReasons.join(', ')}).`,
      },
      positives,
      countable,
    );
    const strict = strictRate(m, config, exits, positives);
    const lowQualificationShare = m.rate(
      {
        key: 'plie.exits.positive.lowQualificationShare',
        label: 'Part des niveaux ≤ CAP parmi les sorties positives',
        unit: 'rate',
        history: true,
        definition: 'Sorties positives de niveau infra 3 ou 3 (numérateur) / sorties positives de l’année (dénominateur).',
      },
      positives.filter(isLowQualification),
      positives,
    );
    const rsaShare = m.rate(
      {
        key: 'plie.exits.positive.rsaShare',
        label: 'Part des allocataires du RSA parmi les sorties positives',
        unit: 'rate',
        history: true,
        definition: 'Sorties positives allocataires du RSA à l’entrée (numérateur) / sorties positives de l’année (dénominateur).',
      },
      positives.filter((p) => p.rsa),
      positives,
    );
    const meanMonths = m.mean(
      {
        key: 'plie.exits.positive.meanMonths',
        label: 'Durée moyenne des parcours des sorties positives',
        unit: 'months',
        history: true,
        definition: 'Moyenne, sur les sorties positives de l’année, de la durée du parcours (date de sortie − date d’entrée), en mois de 365,25/12 jours.',
      },
      positives,
      parcoursMonths,
    );
    const positiveByCommune = m.byCommune(
      {
        key: COMMUNE_KEYS.plieExits,
        history: true,
        label: 'Sorties positives par commune',
        unit: 'people',
        definition: 'Sorties positives de l’année par commune de résidence : toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      positives,
      (p) => p.commune.insee,
    );
    const employed = m.count(
      {
        key: 'plie.exits.employment',
        label: 'Sorties en emploi',
        unit: 'people',
        definition: `Sorties de l’année de catégorie « ${positiveExitCategories[0]} ».`,
      },
      employment,
      { by: (p) => p.secteur_sortie ?? NOT_GIVEN },
    );
    const withSector = employment.filter((p) => p.secteur_sortie !== undefined);
    const top = m.countBy(
      {
        key: TOP_SECTORS,
        label: 'Principaux secteurs des sorties en emploi',
        unit: 'people',
        definition:
          `Les ${config.plie.topSectors} secteurs les plus fréquents des sorties en emploi ` +
          `de l’année (ex æquo par ordre alphabétique), avec leur nombre de sorties.`,
      },
      withSector,
      (p) => p.secteur_sortie!,
      { shape: (cells) => rankByCount(cells).slice(0, config.plie.topSectors) },
    );
    const topShare = m.rate(
      {
        key: 'plie.exits.employment.topSectorsShare',
        label: 'Part des sorties en emploi dans les principaux secteurs',
        unit: 'rate',
        definition: 'Sorties en emploi de l’année dans les principaux secteurs (numérateur) / sorties en emploi de l’année (dénominateur).',
      },
      employment.filter((p) => top.some((s) => s.label === p.secteur_sortie)),
      employment,
    );
    return {
      total,
      byCategory,
      positive: { count: positive, byCategory: positiveByCategory },
      other: { count: other, byCategory: byCategory.filter((c) => !positiveExitCategories.includes(c.label)) },
      legitimate: { total: legitimateTotal, byReason },
      positiveRate,
      adjustedPositiveRate,
      rules: { configured: { reasons: legitimateExitReasons, rate: adjustedPositiveRate }, strict },
      checks: checkPositiveExits(m, data, config, positives),
      objective: m.declare(
        {
          key: 'plie.exits.objective',
          label: 'Objectif de taux de sorties positives',
          unit: 'rate',
          definition: 'Taux de sorties positives que le PLIE se fixe, déclaré dans la configuration (plie.positiveExitObjective).',
        },
        config.plie.positiveExitObjective,
        'configuration : plie.positiveExitObjective',
      ),
      profile: { lowQualificationShare, rsaShare, meanMonths },
      positiveByCommune,
      employmentBySector: { total: employed, top, topShare },
    };
  },
  charts(m): ChartSpec[] {
    const { top } = m.employmentBySector;
    return [
      {
        id: 'plie-exits-category',
        kind: 'doughnut',
        title: 'Sorties par catégorie',
        indicator: BY_CATEGORY,
        labels: m.byCategory.filter((c) => c.count > 0).map((c) => c.label),
        values: m.byCategory.filter((c) => c.count > 0).map((c) => c.count),
      },
      {
        id: 'plie-exits-sector',
        kind: 'horizontalBar',
        title: 'Sorties « Emploi » : principaux secteurs',
        indicator: TOP_SECTORS,
        labels: top.map((s) => s.label),
        values: top.map((s) => s.count),
      },
    ];
  },
};
