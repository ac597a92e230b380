import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { Participant, QualificationLevel, Sex } from '../schemas/participants.js';
import type { CommuneCount } from '../aggregation/breakdowns.js';
import { ageAtEntry, isEnParcours, isEntry, isInParcoursAtYearEnd, isLowQualification } from '../aggregation/plie-periods.js';
import { cells, counting, type Cell, type Measure } from '../measure/measure.js';
import type { About } from '../measure/indicator.js';
import { part, type ChartSpec, type Part, type Section } from '../measure/section.js';
import { COMMUNE_KEYS } from './commune-keys.js';

/** The keys of the figures the page charts: named in their declaration and by their chart. */
const CRITERIA = 'plie.participants.criteria';
const AGE_BANDS = 'plie.participants.ageBands';
const QUALIFICATION = 'plie.participants.qualification';

export interface BySex {
  F: Part;
  H: Part;
}

export interface PlieParticipants {
  participants: { total: number; atYearEnd: number; bySex: BySex; byCommune: CommuneCount[]; rsa: Part; lowQualification: Part; seniors: Part; qpv: Part };
  entries: { total: number; bySex: BySex; byCommune: CommuneCount[]; femaleShare: number | null };
  /** Nouvelles entrées / participants en parcours. */
  entryRatio: number | null;
  seniorAge: number;
  criteria: Cell[];
  ageBands: Cell[];
  qualification: Cell[];
}

const QUALIFICATION_GROUPS: { label: string; levels: QualificationLevel[] }[] = [
  { label: 'Infra 3 (sans diplôme)', levels: ['Infra 3'] },
  { label: 'Niveau 3 (CAP, BEP)', levels: ['3'] },
  { label: 'Niveau 4 (Bac)', levels: ['4'] },
  { label: 'Niveau 5 (Bac+2)', levels: ['5'] },
  { label: 'Niveau 6 et plus', levels: ['6', '7', '8'] },
];

/** The bands of age at entry: under 26, then 26–34, 35–44 and on up to the senior age, which opens the last band. */
export function bandsFor(seniorAge: number): { label: string; max: number }[] {
  const upper = [25, 34, 44].filter((limit) => limit < seniorAge - 1);
  const bands = upper.map((max, i) => ({ label: i === 0 ? `Moins de ${max + 1} ans` : `${upper[i - 1]! + 1} à ${max} ans`, max }));
  const last = upper.at(-1) ?? -1;
  if (last + 1 <= seniorAge - 1) bands.push({ label: last < 0 ? `Moins de ${seniorAge} ans` : `${last + 1} à ${seniorAge - 1} ans`, max: seniorAge - 1 });
  bands.push({ label: `${seniorAge} ans et plus`, max: Number.POSITIVE_INFINITY });
  return bands;
}

/** The band a participant's age at entry falls in. */
export function ageBandOf(seniorAge: number): (p: Participant) => string {
  const bands = bandsFor(seniorAge);
  return (p) => bands.find((b) => ageAtEntry(p) <= b.max)!.label;
}

/** The label of a participant's qualification group; undefined for a level no group holds. */
const qualificationOf = (p: Participant): string | undefined => QUALIFICATION_GROUPS.find((g) => g.levels.includes(p.niveau_qualification))?.label;

const SEXES: Sex[] = ['F', 'H'];
const sexOf = (p: Participant) => p.sexe;
const PARCOURS = 'entrés dans le PLIE au plus tard le 31/12 de l’année et non sortis avant le 01/01';
const EN_PARCOURS = `participants en parcours de l’année (${PARCOURS})`;
const ENTRIES = 'nouvelles entrées de l’année (participants dont la date d’entrée dans le PLIE est dans l’année)';

/** Effectifs F / H, declared once under `about`, with each sex's share of the people counted. */
function bySex(m: Measure, about: About, people: ExportRows<Participant>): BySex {
  const counts = Object.fromEntries(m.countBy(about, people, sexOf, { order: SEXES }).map((c) => [c.label, c.count]));
  return { F: part(counts['F'] ?? 0, people.length), H: part(counts['H'] ?? 0, people.length) };
}

export const plieParticipantsSection: Section<'plie', PlieParticipants> = {
  id: 'plie-participants',
  offer: 'plie',
  title: 'Les participants',
  compute(data: PlieYear, m: Measure, config: Config) {
    const { seniorAge } = config.plie;
    const enParcours = data.participants.filter((p) => isEnParcours(p, data.year));
    const entries = data.participants.filter((p) => isEntry(p, data.year));
    const having = (predicate: (p: Participant) => boolean) => enParcours.filter(predicate);
    const rsa = having((p) => p.rsa);
    const lowQualification = having(isLowQualification);
    const seniors = having((p) => ageAtEntry(p) >= seniorAge);
    const qpv = having((p) => p.qpv);
    const share = (about: Omit<About, 'unit'>, rows: ExportRows<Participant>): Part => ({
      count: rows.length,
      share: m.rate({ ...about, unit: 'rate' }, rows, enParcours),
    });

    const total = m.count(
      { key: 'plie.participants', label: 'Participants en parcours', unit: 'people', history: true, definition: `Participants ${PARCOURS}.` },
      enParcours,
    );
    const atYearEnd = m.count(
      {
        key: 'plie.participants.atYearEnd',
        label: 'Participants en parcours au 31/12',
        unit: 'people',
        history: true,
        definition:
          'Participants toujours en parcours le 31/12 de l’année : entrés au plus tard le 31/12, sans sortie datée de ce jour ou avant ' +
          '(le décompte annuel du réseau des PLIE, à côté des participants en parcours pendant l’année).',
      },
      data.participants.filter((p) => isInParcoursAtYearEnd(p, data.year)),
    );
    const participants = {
      total,
      atYearEnd,
      bySex: bySex(
        m,
        { key: 'plie.participants.bySex', label: 'Participants en parcours par sexe', unit: 'people', definition: `Effectifs F / H des ${EN_PARCOURS}.` },
        enParcours,
      ),
      byCommune: m.byCommune(
        {
          key: COMMUNE_KEYS.plieParticipants,
          history: true,
          label: 'Participants en parcours par commune',
          unit: 'people',
          definition:
            'Participants en parcours de l’année par commune de résidence : toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
        },
        enParcours,
        (p) => p.commune.insee,
      ),
      rsa: share(
        {
          key: 'plie.participants.rsaShare',
          label: 'Part des allocataires du RSA',
          definition: `Participants en parcours allocataires du RSA (critère d’entrée) (numérateur) / ${EN_PARCOURS} (dénominateur).`,
        },
        rsa,
      ),
      lowQualification: share(
        {
          key: 'plie.participants.lowQualificationShare',
          label: 'Part des niveaux ≤ CAP',
          definition: `Participants en parcours de niveau infra 3 ou 3 (CAP, BEP) (numérateur) / ${EN_PARCOURS} (dénominateur).`,
        },
        lowQualification,
      ),
      seniors: share(
        {
          key: 'plie.participants.seniorShare',
          label: 'Part des séniors',
          definition: `Participants en parcours âgés de ${seniorAge} ans ou plus à leur entrée (numérateur) / ${EN_PARCOURS} (dénominateur).`,
        },
        seniors,
      ),
      qpv: share(
        {
          key: 'plie.participants.qpvShare',
          label: 'Part des résidents en QPV',
          definition: `Participants en parcours résidant dans un quartier prioritaire (numérateur) / ${EN_PARCOURS} (dénominateur).`,
        },
        qpv,
      ),
    };
    const criteria = m.figure(
      {
        key: CRITERIA,
        label: 'Critères d’entrée',
        unit: 'people',
        definition: 'Participants en parcours de l’année par critère d’entrée : RSA, DELD / DETLD, DE TH, séniors (un participant peut en cumuler plusieurs).',
      },
      cells({
        RSA: counting(rsa),
        'DELD / DETLD': counting(having((p) => p.deld)),
        'DE TH': counting(having((p) => p.th)),
        [`DE Séniors (${seniorAge} ans et plus)`]: counting(seniors),
      }),
    );
    const ageBandList = m.countBy(
      {
        key: AGE_BANDS,
        label: 'Âge',
        unit: 'people',
        definition: 'Participants en parcours de l’année par tranche d’âge à leur entrée dans le PLIE.',
      },
      enParcours,
      ageBandOf(seniorAge),
      { order: bandsFor(seniorAge).map((b) => b.label) },
    );
    const qualification = m.countBy(
      {
        key: QUALIFICATION,
        label: 'Niveau de qualification',
        unit: 'people',
        definition: 'Participants en parcours de l’année par niveau de qualification (nomenclature 2019) ; un niveau hors des cinq groupes n’est pas compté.',
      },
      enParcours.filter((p) => qualificationOf(p) !== undefined),
      (p) => qualificationOf(p)!,
      { order: QUALIFICATION_GROUPS.map((g) => g.label) },
    );
    const entryTotal = m.count(
      {
        key: 'plie.entries',
        label: 'Nouvelles entrées',
        unit: 'people',
        history: true,
        definition: 'Participants dont la date d’entrée dans le PLIE est dans l’année.',
      },
      entries,
    );
    const entriesBySex = bySex(
      m,
      { key: 'plie.entries.bySex', label: 'Nouvelles entrées par sexe', unit: 'people', definition: `Effectifs F / H des ${ENTRIES}.` },
      entries,
    );
    const entriesByCommune = m.byCommune(
      {
        key: COMMUNE_KEYS.plieEntries,
        history: true,
        label: 'Nouvelles entrées par commune',
        unit: 'people',
        definition: 'Nouvelles entrées de l’année par commune de résidence : toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      entries,
      (p) => p.commune.insee,
    );
    const femaleShare = m.rate(
      {
        key: 'plie.entries.femaleShare',
        label: 'Part des femmes parmi les nouvelles entrées',
        unit: 'rate',
        history: true,
        definition: `Nouvelles entrées de l’année de sexe F (numérateur) / ${ENTRIES} (dénominateur).`,
      },
      entries.filter((p) => p.sexe === 'F'),
      entries,
    );
    const entryRatio = m.rate(
      {
        key: 'plie.entries.ratio',
        label: 'Nouvelles entrées / participants en parcours',
        unit: 'rate',
        history: true,
        definition: `Nouvelles entrées de l’année (numérateur) / ${EN_PARCOURS} (dénominateur).`,
      },
      entries,
      enParcours,
    );
    return {
      participants,
      entries: { total: entryTotal, bySex: entriesBySex, byCommune: entriesByCommune, femaleShare },
      entryRatio,
      seniorAge,
      criteria: Object.entries(criteria).map(([label, count]) => ({ label, count })),
      ageBands: ageBandList,
      qualification,
    };
  },
  charts(m) {
    const chart = (id: string, kind: ChartSpec['kind'], title: string, indicator: string, list: Cell[]): ChartSpec => ({
      id,
      kind,
      title,
      indicator,
      labels: list.map((c) => c.label),
      values: list.map((c) => c.count),
    });
    return [
      chart('plie-criteria', 'horizontalBar', 'Critères d’entrée PLIE', CRITERIA, m.criteria),
      chart('plie-age', 'doughnut', 'Âge', AGE_BANDS, m.ageBands),
      chart('plie-qualification', 'horizontalBar', 'Niveau de qualification', QUALIFICATION, m.qualification),
    ];
  },
};
