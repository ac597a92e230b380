import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import type { Participant, QualificationLevel, Sex } from '../schemas/participants.js';
import { asRecord, communeName, countByCommune, countByLabel, type CommuneCount } from '../aggregation/breakdowns.js';
import { ageAtEntry, isEnParcours, isEntry, isLowQualification } from '../aggregation/plie-periods.js';
import { historyRecord, part, type ChartSpec, type Part, type Past, type LegacySection } from '../measure/section.js';
import { noTrace, type Source } from '../measure/evidence.js';

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

/** The bands of age at entry: under 26, then 26–34, 35–44 and on up to the senior age, which opens the last band. */
function bandsFor(seniorAge: number): { label: string; max: number }[] {
  const upper = [25, 34, 44].filter((limit) => limit < seniorAge - 1);
  const bands = upper.map((max, i) => ({ label: i === 0 ? `Moins de ${max + 1} ans` : `${upper[i - 1]! + 1} à ${max} ans`, max }));
  const last = upper.at(-1) ?? -1;
  if (last + 1 <= seniorAge - 1) bands.push({ label: last < 0 ? `Moins de ${seniorAge} ans` : `${last + 1} à ${seniorAge - 1} ans`, max: seniorAge - 1 });
  bands.push({ label: `${seniorAge} ans et plus`, max: Number.POSITIVE_INFINITY });
  return bands;
}

/** The band a participant's age at entry falls in. */
function ageBandOf(seniorAge: number): (p: Participant) => string {
  const bands = bandsFor(seniorAge);
  return (p) => bands.find((b) => ageAtEntry(p) <= b.max)!.label;
}

/** Counts per band of age at entry, every band listed. */
export function ageBands(people: readonly Participant[], seniorAge: number): { label: string; count: number }[] {
  return countByLabel(people, ageBandOf(seniorAge), bandsFor(seniorAge).map((b) => b.label));
}

/** The label of a participant's qualification group; undefined for a level no group holds. */
const qualificationOf = (p: Participant): string | undefined => QUALIFICATION_GROUPS.find((g) => g.levels.includes(p.niveau_qualification))?.label;

function entryFigures(data: PlieYear) {
  const all = data.participants;
  const enParcours = all.filter((p) => isEnParcours(p, data.year));
  const entries = all.filter((p) => isEntry(p, data.year));
  return { enParcours, entries, entryRatio: enParcours.length === 0 ? null : entries.length / enParcours.length };
}

export const plieParticipantsSection: LegacySection<'plie', PlieParticipants> = {
  id: 'plie-participants',
  offer: 'plie',
  title: 'Les participants',
  compute(dataset, config: Config, trace = noTrace) {
    const { seniorAge } = config.plie;
    const { enParcours, entries, entryRatio } = entryFigures(dataset.current);
    const total = enParcours.length;
    const having = (predicate: (p: Participant) => boolean) => enParcours.filter(predicate);
    const rsa = having((p) => p.rsa);
    const lowQualification = having(isLowQualification);
    const seniors = having((p) => ageAtEntry(p) >= seniorAge);
    const qpv = having((p) => p.qpv);
    const criteria = [
      { label: 'RSA', rows: rsa },
      { label: 'DELD / DETLD', rows: having((p) => p.deld) },
      { label: 'DE TH', rows: having((p) => p.th) },
      { label: `DE Séniors (${seniorAge} ans et plus)`, rows: seniors },
    ];
    const qualified = enParcours.filter((p) => qualificationOf(p) !== undefined);
    const file = 'participants.csv';
    const sex = (p: Participant) => p.sexe;
    const commune = (p: Participant) => communeName(p.commune.insee, config);
    trace.count('plie.participants', { file, rows: enParcours });
    trace.count('plie.participants.bySex', { file, rows: enParcours }, { group: sex });
    trace.count('plie.participants.byCommune', { file, rows: enParcours }, { group: commune });
    trace.rate('plie.participants.rsaShare', { file, rows: rsa }, { file, rows: enParcours });
    trace.rate('plie.participants.lowQualificationShare', { file, rows: lowQualification }, { file, rows: enParcours });
    trace.rate('plie.participants.seniorShare', { file, rows: seniors }, { file, rows: enParcours });
    trace.rate('plie.participants.qpvShare', { file, rows: qpv }, { file, rows: enParcours });
    for (const { label, rows } of criteria) trace.count('plie.participants.criteria', { file, rows }, { group: label });
    trace.count('plie.participants.ageBands', { file, rows: enParcours }, { group: ageBandOf(seniorAge) });
    trace.count('plie.participants.qualification', { file, rows: qualified }, { group: (p) => qualificationOf(p)! });
    trace.count('plie.entries', { file, rows: entries });
    trace.count('plie.entries.bySex', { file, rows: entries }, { group: sex });
    trace.count('plie.entries.byCommune', { file, rows: entries }, { group: commune });
    trace.rate('plie.entries.ratio', { file, rows: entries }, { file, rows: enParcours });
    const history = dataset.history.map((data) => ({ data, ...entryFigures(data) }));
    for (const past of history) {
      const source = (rows: readonly Participant[]): Source<Participant> => ({ file, rows, year: past.data.year });
      const group = String(past.data.year);
      trace.count('plie.participants.history', source(past.enParcours), { group });
      trace.count('plie.entries.history', source(past.entries), { group });
      trace.rate('plie.entries.femaleShare.history', source(past.entries.filter((p) => p.sexe === 'F')), source(past.entries), { group });
      trace.rate('plie.entries.ratio.history', source(past.entries), source(past.enParcours), { group });
    }
    return {
      participants: {
        total,
        bySex: bySex(enParcours),
        byCommune: countByCommune(enParcours, (p) => p.commune.insee, config),
        rsa: part(rsa.length, total),
        lowQualification: part(lowQualification.length, total),
        seniors: part(seniors.length, total),
        qpv: part(qpv.length, total),
      },
      entries: {
        total: entries.length,
        bySex: bySex(entries),
        byCommune: countByCommune(entries, (p) => p.commune.insee, config),
      },
      entryRatio,
      seniorAge,
      history: history.map((past) => ({
        year: past.data.year,
        value: { participants: past.enParcours.length, entries: past.entries.length, femaleShare: bySex(past.entries).F.share, entryRatio: past.entryRatio },
      })),
      criteria: criteria.map(({ label, rows }) => ({ label, count: rows.length })),
      ageBands: ageBands(enParcours, seniorAge),
      qualification: countByLabel(qualified, (p) => qualificationOf(p)!, QUALIFICATION_GROUPS.map((g) => g.label)),
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

