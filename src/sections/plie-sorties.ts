import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import { daysBetween } from '../schemas/dates.js';
import type { Participant } from '../schemas/participants.js';
import { asRecord, byCountDesc, communeName, countByCommune, countByLabel, rankByCount, type CommuneCount } from '../aggregation/breakdowns.js';
import { isExit, isLowQualification } from '../aggregation/plie-periods.js';
import { historyRecord, part, type Part, type Past, type Section } from '../measure/section.js';
import { noTrace, type Source } from '../measure/evidence.js';

const NOT_GIVEN = 'Non renseigné';
const DAYS_PER_MONTH = 365.25 / 12;

export interface ExitProfile {
  lowQualification: Part;
  rsa: Part;
  /** Mean of (exit − entry) in months of 365,25/12 days; null without positive exits. */
  meanMonths: number | null;
}

export interface PlieSorties {
  total: number;
  byCategory: { label: string; count: number }[];
  positive: Part & { byCategory: { label: string; count: number }[] };
  other: Part & { byCategory: { label: string; count: number }[] };
  legitimate: { total: number; byReason: { label: string; count: number }[] };
  /** Positive exits / exits. */
  positiveRate: number | null;
  /** Positive exits / (exits − sorties légitimes). */
  adjustedPositiveRate: number | null;
  objective: number;
  profile: ExitProfile;
  history: Past<ExitProfile & { total: number; positiveRate: number | null; adjustedPositiveRate: number | null }>[];
  positiveByCommune: CommuneCount[];
  employmentBySector: { total: number; top: { label: string; count: number }[]; topCount: number; topShare: number | null };
}

/** Length of an exited participant's parcours in months. */
const parcoursMonths = (p: Participant) => daysBetween(p.date_entree, p.date_sortie!) / DAYS_PER_MONTH;

function profileOf(positives: readonly Participant[]): ExitProfile {
  const months = positives.map(parcoursMonths);
  return {
    lowQualification: part(positives.filter(isLowQualification).length, positives.length),
    rsa: part(positives.filter((p) => p.rsa).length, positives.length),
    meanMonths: months.length === 0 ? null : months.reduce((a, b) => a + b, 0) / months.length,
  };
}

const exitsOf = (data: PlieYear) => data.participants.filter((p) => isExit(p, data.year));

export const plieSortiesSection: Section<'plie', PlieSorties> = {
  id: 'plie-sorties',
  offer: 'plie',
  title: 'Les sorties',
  compute(dataset, config: Config, trace = noTrace) {
    const { positiveExitCategories, legitimateExitCategory, legitimateExitReasons, exitCategories } = config.plie;
    const isPositive = (p: Participant) => positiveExitCategories.includes(p.categorie_sortie ?? '');
    const exits = exitsOf(dataset.current);
    const positives = exits.filter(isPositive);
    const legitimate = exits.filter((p) => p.categorie_sortie === legitimateExitCategory);
    const employment = exits.filter((p) => p.categorie_sortie === positiveExitCategories[0]);
    const sectors = rankByCount(countByLabel(employment.filter((p) => p.secteur_sortie !== undefined), (p) => p.secteur_sortie!));
    const top = sectors.slice(0, config.plie.topSectors);
    const topCount = top.reduce((sum, s) => sum + s.count, 0);
    const countable = exits.length - legitimate.length;
    const byCategory = countByLabel(exits, (p) => p.categorie_sortie ?? NOT_GIVEN, exitCategories);
    const file = 'participants.csv';
    const category = (p: Participant) => p.categorie_sortie ?? NOT_GIVEN;
    trace.count('plie.exits', { file, rows: exits }, { group: category });
    trace.count('plie.exits.byCategory', { file, rows: exits }, { group: category });
    trace.count('plie.exits.positive', { file, rows: positives }, { group: category });
    trace.count('plie.exits.positive.byCategory', { file, rows: positives }, { group: category });
    trace.count('plie.exits.other', { file, rows: exits.filter((p) => !isPositive(p)) }, { group: category });
    trace.count('plie.exits.legitimate', { file, rows: legitimate }, { group: (p) => p.motif_sortie ?? NOT_GIVEN });
    trace.count('plie.exits.legitimate.byReason', { file, rows: legitimate }, { group: (p) => p.motif_sortie ?? NOT_GIVEN });
    trace.rate('plie.exits.positiveRate', { file, rows: positives }, { file, rows: exits });
    trace.rate('plie.exits.adjustedPositiveRate', { file, rows: positives }, { file, rows: exits.filter((p) => p.categorie_sortie !== legitimateExitCategory) });
    trace.rate('plie.exits.positive.lowQualificationShare', { file, rows: positives.filter(isLowQualification) }, { file, rows: positives });
    trace.rate('plie.exits.positive.rsaShare', { file, rows: positives.filter((p) => p.rsa) }, { file, rows: positives });
    trace.mean('plie.exits.positive.meanMonths', { file, rows: positives }, parcoursMonths);
    trace.count('plie.exits.positiveByCommune', { file, rows: positives }, { group: (p) => communeName(p.commune.insee, config) });
    trace.count('plie.exits.employment', { file, rows: employment }, { group: (p) => p.secteur_sortie ?? NOT_GIVEN });
    trace.count('plie.exits.employment.topSectors', { file, rows: employment.filter((p) => top.some((s) => s.label === p.secteur_sortie)) }, { group: (p) => p.secteur_sortie! });
    trace.rate('plie.exits.employment.topSectorsShare', { file, rows: employment.filter((p) => top.some((s) => s.label === p.secteur_sortie)) }, { file, rows: employment });
    for (const past of dataset.history) {
      const pastExits = exitsOf(past);
      const pastPositives = pastExits.filter(isPositive);
      const source = <T extends Participant>(rows: readonly T[]): Source<T> => ({ file, rows, year: past.year });
      const group = String(past.year);
      trace.count('plie.exits.history', source(pastExits), { group });
      trace.rate('plie.exits.positiveRate.history', source(pastPositives), source(pastExits), { group });
      trace.rate('plie.exits.adjustedPositiveRate.history', source(pastPositives), source(pastExits.filter((p) => p.categorie_sortie !== legitimateExitCategory)), { group });
      trace.rate('plie.exits.positive.lowQualificationShare.history', source(pastPositives.filter(isLowQualification)), source(pastPositives), { group });
      trace.rate('plie.exits.positive.rsaShare.history', source(pastPositives.filter((p) => p.rsa)), source(pastPositives), { group });
      trace.mean('plie.exits.positive.meanMonths.history', source(pastPositives), parcoursMonths, { group });
    }
    return {
      total: exits.length,
      byCategory,
      positive: {
        ...part(positives.length, exits.length),
        byCategory: countByLabel(positives, (p) => p.categorie_sortie!, positiveExitCategories),
      },
      other: {
        ...part(exits.length - positives.length, exits.length),
        byCategory: byCategory.filter((c) => !positiveExitCategories.includes(c.label)),
      },
      legitimate: {
        total: legitimate.length,
        byReason: byCountDesc(countByLabel(legitimate, (p) => p.motif_sortie ?? NOT_GIVEN, legitimateExitReasons)).filter((r) => r.count > 0),
      },
      positiveRate: exits.length === 0 ? null : positives.length / exits.length,
      adjustedPositiveRate: countable === 0 ? null : positives.length / countable,
      objective: config.plie.positiveExitObjective,
      profile: profileOf(positives),
      history: dataset.history.map((data) => {
        const pastExits = exitsOf(data);
        const pastPositives = pastExits.filter(isPositive);
        const pastCountable = pastExits.filter((p) => p.categorie_sortie !== legitimateExitCategory).length;
        return {
          year: data.year,
          value: {
            ...profileOf(pastPositives),
            total: pastExits.length,
            positiveRate: pastExits.length === 0 ? null : pastPositives.length / pastExits.length,
            adjustedPositiveRate: pastCountable === 0 ? null : pastPositives.length / pastCountable,
          },
        };
      }),
      positiveByCommune: countByCommune(positives, (p) => p.commune.insee, config),
      employmentBySector: { total: employment.length, top, topCount, topShare: employment.length === 0 ? null : topCount / employment.length },
    };
  },
  indicators(m) {
    return [
      { key: 'plie.exits', value: m.total, label: 'Sorties', definition: 'Participants dont la date de sortie du PLIE est dans l’année.' },
      { key: 'plie.exits.byCategory', value: asRecord(m.byCategory), label: 'Sorties par catégorie', definition: 'Sorties de l’année par catégorie de sortie.' },
      { key: 'plie.exits.positive', value: m.positive.count, label: 'Sorties positives', definition: 'Sorties en Emploi (au moins 6 mois) ou en Formation qualifiante (catégories positives de la configuration).' },
      { key: 'plie.exits.positive.byCategory', value: asRecord(m.positive.byCategory), label: 'Sorties positives par catégorie', definition: 'Sorties positives par catégorie.' },
      { key: 'plie.exits.other', value: m.other.count, label: 'Autres sorties', definition: 'Sorties non positives : légitimes, réorientations, ruptures.' },
      { key: 'plie.exits.legitimate', value: m.legitimate.total, label: 'Sorties légitimes', definition: 'Sorties de catégorie « Légitime » (santé, déménagement, retraite…).' },
      { key: 'plie.exits.legitimate.byReason', value: asRecord(m.legitimate.byReason), label: 'Sorties légitimes par motif', definition: 'Sorties légitimes par motif de sortie.' },
      { key: 'plie.exits.positiveRate', value: m.positiveRate, label: 'Taux de sorties positives', definition: 'Sorties positives / sorties.' },
      { key: 'plie.exits.adjustedPositiveRate', value: m.adjustedPositiveRate, label: 'Taux de sorties positives hors sorties légitimes', definition: 'Sorties positives / (sorties − sorties légitimes).' },
      { key: 'plie.exits.positive.lowQualificationShare', value: m.profile.lowQualification.share, label: 'Part des niveaux ≤ CAP parmi les sorties positives', definition: 'Sorties positives de niveau infra 3 ou 3 / sorties positives.' },
      { key: 'plie.exits.positive.rsaShare', value: m.profile.rsa.share, label: 'Part des allocataires du RSA parmi les sorties positives', definition: 'Sorties positives allocataires du RSA (critère d’entrée) / sorties positives.' },
      { key: 'plie.exits.positive.meanMonths', value: m.profile.meanMonths, label: 'Durée moyenne des parcours (mois)', definition: 'Moyenne, sur les sorties positives, de (date de sortie − date d’entrée) en mois de 365,25/12 jours.' },
      { key: 'plie.exits.history', value: historyRecord(m.history, (v) => v.total), label: 'Sorties des années précédentes', definition: 'Sorties de chaque année précédente.' },
      { key: 'plie.exits.positiveRate.history', value: historyRecord(m.history, (v) => v.positiveRate), label: 'Taux de sorties positives, années précédentes', definition: 'Même taux, pour chaque année précédente.' },
      { key: 'plie.exits.adjustedPositiveRate.history', value: historyRecord(m.history, (v) => v.adjustedPositiveRate), label: 'Taux de sorties positives hors sorties légitimes, années précédentes', definition: 'Même taux, pour chaque année précédente.' },
      { key: 'plie.exits.positive.lowQualificationShare.history', value: historyRecord(m.history, (v) => v.lowQualification.share), label: 'Part des niveaux ≤ CAP parmi les sorties positives, années précédentes', definition: 'Même part, pour chaque année précédente.' },
      { key: 'plie.exits.positive.rsaShare.history', value: historyRecord(m.history, (v) => v.rsa.share), label: 'Part des allocataires du RSA parmi les sorties positives, années précédentes', definition: 'Même part, pour chaque année précédente.' },
      { key: 'plie.exits.positive.meanMonths.history', value: historyRecord(m.history, (v) => v.meanMonths), label: 'Durée moyenne des parcours des sorties positives, années précédentes', definition: 'Même moyenne, pour chaque année précédente.' },
      { key: 'plie.exits.positiveByCommune', value: asRecord(m.positiveByCommune), label: 'Sorties positives par commune', definition: 'Commune de résidence des sorties positives.' },
      { key: 'plie.exits.employment', value: m.employmentBySector.total, label: 'Sorties en emploi', definition: 'Sorties de catégorie Emploi.' },
      { key: 'plie.exits.employment.topSectors', value: asRecord(m.employmentBySector.top), label: 'Principaux secteurs des sorties en emploi', definition: 'Secteurs des sorties en emploi, les plus fréquents d’abord (ex æquo par ordre alphabétique).' },
      { key: 'plie.exits.employment.topSectorsShare', value: m.employmentBySector.topShare, label: 'Part des sorties en emploi dans les principaux secteurs', definition: 'Sorties en emploi des principaux secteurs / sorties en emploi.' },
    ];
  },
  charts(m) {
    const { top } = m.employmentBySector;
    return [
      { id: 'plie-exits-category', kind: 'doughnut', title: 'Sorties par catégorie', labels: m.byCategory.map((c) => c.label), values: m.byCategory.map((c) => c.count) },
      { id: 'plie-exits-sector', kind: 'horizontalBar', title: 'Sorties « Emploi » : principaux secteurs', labels: top.map((s) => s.label), values: top.map((s) => s.count) },
    ];
  },
};
