import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import type { Participant, QualificationLevel, Sex } from '../schemas/participants.js';
import { asRecord, countByCommune, type CommuneCount } from './breakdowns.js';
import { ageAtEntry, isEnParcours, isEntry, isLowQualification } from './plie-periods.js';
import { historyRecord, part, type ChartSpec, type Part, type Past, type Section } from './section.js';

export interface BySex {
  F: Part;
  H: Part;
}

export interface PlieParticipants {
  participants: { total: number; bySex: BySex; byCommune: CommuneCount[]; rsa: Part; lowQualification: Part; seniors: Part; qpv: Part };
  entries: { total: number; bySex: BySex; byCommune: CommuneCount[] };
  /** Nouvelles entrées / participants en parcours. */
  entryRatio: number | null;
  seniorAge: number;
  /** Earlier years, nearest first. */
  history: Past<{ participants: number; entries: number; femaleShare: number | null; entryRatio: number | null }>[];
  criteria: { label: string; count: number }[];
  ageBands: { label: string; count: number }[];
  qualification: { label: string; count: number }[];
}

const bySex = (people: readonly Participant[]): BySex => {
  const count = (sex: Sex) => people.filter((p) => p.sexe === sex).length;
  return { F: part(count('F'), people.length), H: part(count('H'), people.length) };
};

const QUALIFICATION_GROUPS: { label: string; levels: QualificationLevel[] }[] = [
  { label: 'Infra 3 (sans diplôme)', levels: ['Infra 3'] },
  { label: 'Niveau 3 (CAP, BEP)', levels: ['3'] },
  { label: 'Niveau 4 (Bac)', levels: ['4'] },
  { label: 'Niveau 5 (Bac+2)', levels: ['5'] },
  { label: 'Niveau 6 et plus', levels: ['6', '7', '8'] },
];

/** Bands of age at entry: under 26, then 26–34, 35–44 and on up to the senior age, which opens the last band. */
export function ageBands(people: readonly Participant[], seniorAge: number): { label: string; count: number }[] {
  const upper = [25, 34, 44].filter((limit) => limit < seniorAge - 1);
  const bands = upper.map((max, i) => ({ label: i === 0 ? `Moins de ${max + 1} ans` : `${upper[i - 1]! + 1} à ${max} ans`, max }));
  const last = upper.at(-1) ?? -1;
  if (last + 1 <= seniorAge - 1) bands.push({ label: last < 0 ? `Moins de ${seniorAge} ans` : `${last + 1} à ${seniorAge - 1} ans`, max: seniorAge - 1 });
  bands.push({ label: `${seniorAge} ans et plus`, max: Number.POSITIVE_INFINITY });
  const counts = bands.map((b) => ({ label: b.label, count: 0 }));
  for (const p of people) counts[bands.findIndex((b) => ageAtEntry(p) <= b.max)]!.count++;
  return counts;
}

function entryFigures(data: PlieYear) {
  const all = data.participants;
  const enParcours = all.filter((p) => isEnParcours(p, data.year));
  const entries = all.filter((p) => isEntry(p, data.year));
  return { enParcours, entries, entryRatio: enParcours.length === 0 ? null : entries.length / enParcours.length };
}

export const plieParticipantsSection: Section<'plie', PlieParticipants> = {
  id: 'plie-participants',
  offer: 'plie',
  title: 'Les participants',
  compute(dataset, config: Config) {
    const { seniorAge } = config.plie;
    const { enParcours, entries, entryRatio } = entryFigures(dataset.current);
    const total = enParcours.length;
    const count = (predicate: (p: Participant) => boolean) => enParcours.filter(predicate).length;
    const seniors = count((p) => ageAtEntry(p) >= seniorAge);
    return {
      participants: {
        total,
        bySex: bySex(enParcours),
        byCommune: countByCommune(enParcours, (p) => p.commune.insee, config),
        rsa: part(count((p) => p.rsa), total),
        lowQualification: part(count(isLowQualification), total),
        seniors: part(seniors, total),
        qpv: part(count((p) => p.qpv), total),
      },
      entries: {
        total: entries.length,
        bySex: bySex(entries),
        byCommune: countByCommune(entries, (p) => p.commune.insee, config),
      },
      entryRatio,
      seniorAge,
      history: dataset.history.map((data) => {
        const past = entryFigures(data);
        return {
          year: data.year,
          value: { participants: past.enParcours.length, entries: past.entries.length, femaleShare: bySex(past.entries).F.share, entryRatio: past.entryRatio },
        };
      }),
      criteria: [
        { label: 'RSA', count: count((p) => p.rsa) },
        { label: 'DELD / DETLD', count: count((p) => p.deld) },
        { label: 'DE TH', count: count((p) => p.th) },
        { label: `DE Séniors (${seniorAge} ans et plus)`, count: seniors },
      ],
      ageBands: ageBands(enParcours, seniorAge),
      qualification: QUALIFICATION_GROUPS.map((g) => ({ label: g.label, count: count((p) => g.levels.includes(p.niveau_qualification)) })),
    };
  },
  indicators(m) {
    const sexRecord = (s: BySex) => ({ F: s.F.count, H: s.H.count });
    const communes = (rows: CommuneCount[]) => asRecord(rows);
    const PARCOURS = 'entré(e) dans le PLIE au plus tard le 31/12 de l’année et non sorti(e) avant le 01/01';
    return [
      { key: 'plie.participants', value: m.participants.total, label: 'Participants en parcours', definition: `Participants ${PARCOURS}.` },
      { key: 'plie.participants.bySex', value: sexRecord(m.participants.bySex), label: 'Participants en parcours par sexe', definition: 'Effectifs F / H des participants en parcours.' },
      { key: 'plie.participants.byCommune', value: communes(m.participants.byCommune), label: 'Participants en parcours par commune', definition: 'Commune de résidence ; toutes les communes du territoire, puis « Hors territoire / non renseigné ».' },
      { key: 'plie.participants.rsaShare', value: m.participants.rsa.share, label: 'Part des allocataires du RSA', definition: 'Participants en parcours allocataires du RSA (critère d’entrée) / participants en parcours.' },
      { key: 'plie.participants.lowQualificationShare', value: m.participants.lowQualification.share, label: 'Part des niveaux ≤ CAP', definition: 'Participants en parcours de niveau infra 3 ou 3 (CAP, BEP) / participants en parcours.' },
      { key: 'plie.participants.seniorShare', value: m.participants.seniors.share, label: 'Part des séniors', definition: `Participants en parcours âgés de ${m.seniorAge} ans ou plus à leur entrée / participants en parcours.` },
      { key: 'plie.participants.qpvShare', value: m.participants.qpv.share, label: 'Part des résidents en QPV', definition: 'Participants en parcours résidant dans un quartier prioritaire / participants en parcours.' },
      { key: 'plie.participants.criteria', value: asRecord(m.criteria), label: 'Critères d’entrée', definition: 'Participants en parcours par critère d’entrée (un participant peut en cumuler plusieurs).' },
      { key: 'plie.participants.ageBands', value: asRecord(m.ageBands), label: 'Âge', definition: 'Participants en parcours par tranche d’âge à l’entrée.' },
      { key: 'plie.participants.qualification', value: asRecord(m.qualification), label: 'Niveau de qualification', definition: 'Participants en parcours par niveau de qualification (nomenclature 2019).' },
      { key: 'plie.entries', value: m.entries.total, label: 'Nouvelles entrées', definition: 'Participants dont la date d’entrée dans le PLIE est dans l’année.' },
      { key: 'plie.entries.bySex', value: sexRecord(m.entries.bySex), label: 'Nouvelles entrées par sexe', definition: 'Effectifs F / H des nouvelles entrées.' },
      { key: 'plie.entries.byCommune', value: communes(m.entries.byCommune), label: 'Nouvelles entrées par commune', definition: 'Commune de résidence des nouvelles entrées.' },
      { key: 'plie.participants.history', value: historyRecord(m.history, (v) => v.participants), label: 'Participants en parcours des années précédentes', definition: 'Participants en parcours de chaque année précédente, calculés sur son propre dossier de données.' },
      { key: 'plie.entries.history', value: historyRecord(m.history, (v) => v.entries), label: 'Nouvelles entrées des années précédentes', definition: 'Nouvelles entrées de chaque année précédente, calculées sur son propre dossier de données.' },
      { key: 'plie.entries.femaleShare.history', value: historyRecord(m.history, (v) => v.femaleShare), label: 'Part des femmes parmi les nouvelles entrées, années précédentes', definition: 'Nouvelles entrées F / nouvelles entrées, pour chaque année précédente.' },
      { key: 'plie.entries.ratio.history', value: historyRecord(m.history, (v) => v.entryRatio), label: 'Nouvelles entrées / participants en parcours, années précédentes', definition: 'Même rapport, pour chaque année précédente.' },
      { key: 'plie.entries.ratio', value: m.entryRatio, label: 'Nouvelles entrées / participants en parcours', definition: 'Nouvelles entrées de l’année / participants en parcours la même année.' },
    ];
  },
  charts(m) {
    return [
      { id: 'plie-criteria', kind: 'horizontalBar', title: 'Critères d’entrée PLIE', labels: m.criteria.map((c) => c.label), values: m.criteria.map((c) => c.count) },
      { id: 'plie-age', kind: 'doughnut', title: 'Âge', labels: m.ageBands.map((c) => c.label), values: m.ageBands.map((c) => c.count) },
      { id: 'plie-qualification', kind: 'horizontalBar', title: 'Niveau de qualification', labels: m.qualification.map((c) => c.label), values: m.qualification.map((c) => c.count) },
    ] satisfies ChartSpec[];
  },
};

