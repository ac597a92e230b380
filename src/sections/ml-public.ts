import type { MlYear } from '../dataset/load.js';
import { asRecord, communeName, countByCommune, inOrder, type CommuneCount } from '../aggregation/breakdowns.js';
import { inYear, jeunesById, jeunesOf } from '../aggregation/ml-periods.js';
import { PROPOSAL_THEMES } from '../schemas/ml/propositions.js';
import { historyRecord, part, type Part, type Past, type LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MlPublic {
  newRegistrations: number;
  youngInContact: number;
  youngAccompanied: number;
  contacts: number;
  interviews: number;
  proposals: { total: number; byTheme: { label: string; count: number }[]; employment: Part };
  accompanied: { byCommune: CommuneCount[]; qpv: Part; rqth: Part };
  history: Past<{ newRegistrations: number; interviews: number }>[];
}

const INTERVIEW = 'Entretien individuel';

function counts(data: MlYear) {
  const events = data.evenements.filter((e) => inYear(e.date, data.year));
  return {
    events,
    registered: data.jeunes.filter((j) => inYear(j.date_premier_accueil, data.year)),
    interviews: events.filter((e) => e.type === INTERVIEW),
  };
}

export const mlPublicSection: LegacySection<'ml', MlPublic> = {
  id: 'ml-public',
  offer: 'ml',
  title: 'Le public',
  compute(data, config, trace = noTrace) {
    const { current } = data;
    const { events, registered, interviews } = counts(current);
    const proposals = current.propositions.filter((p) => inYear(p.date, current.year));
    const employmentProposals = proposals.filter((p) => p.theme === 'Emploi');
    const accompanied = jeunesOf(interviews.distinctValues('identifiant_jeune'), jeunesById(current));
    const qpv = accompanied.filter((j) => j.qpv);
    const rqth = accompanied.filter((j) => j.rqth);
    trace.count('ml.newRegistrations', { file: 'jeunes.csv', rows: registered });
    trace.count('ml.youngInContact', { file: 'evenements.csv', rows: events }, { distinctBy: (e) => e.identifiant_jeune });
    trace.count('ml.youngAccompanied', { file: 'jeunes.csv', rows: accompanied });
    trace.count('ml.contacts', { file: 'evenements.csv', rows: events }, { group: (e) => e.type });
    trace.count('ml.interviews', { file: 'evenements.csv', rows: interviews });
    trace.count('ml.proposals', { file: 'propositions.csv', rows: proposals }, { group: (p) => p.theme });
    trace.count('ml.proposals.byTheme', { file: 'propositions.csv', rows: proposals }, { group: (p) => p.theme });
    trace.rate('ml.proposals.employmentShare', { file: 'propositions.csv', rows: employmentProposals }, { file: 'propositions.csv', rows: proposals });
    trace.count('ml.young.byCommune', { file: 'jeunes.csv', rows: accompanied }, { group: (j) => communeName(j.commune.insee, config) });
    trace.count('ml.young.rqth', { file: 'jeunes.csv', rows: rqth });
    trace.rate('ml.young.qpvShare', { file: 'jeunes.csv', rows: qpv }, { file: 'jeunes.csv', rows: accompanied });
    return {
      newRegistrations: registered.length,
      youngInContact: events.distinct('identifiant_jeune'),
      youngAccompanied: accompanied.length,
      contacts: events.length,
      interviews: interviews.length,
      proposals: {
        total: proposals.length,
        byTheme: inOrder(proposals.countBy('theme'), PROPOSAL_THEMES).filter((t) => t.count > 0),
        employment: part(employmentProposals.length, proposals.length),
      },
      accompanied: {
        byCommune: countByCommune(accompanied, (j) => j.commune.insee, config),
        qpv: part(qpv.length, accompanied.length),
        rqth: part(rqth.length, accompanied.length),
      },
      history: data.history.map((past) => {
        const c = counts(past);
        const group = String(past.year);
        trace.count('ml.newRegistrations.history', { file: 'jeunes.csv', rows: c.registered, year: past.year }, { group });
        trace.count('ml.interviews.history', { file: 'evenements.csv', rows: c.interviews, year: past.year }, { group });
        return { year: past.year, value: { newRegistrations: c.registered.length, interviews: c.interviews.length } };
      }),
    };
  },
  indicators(m) {
    return [
      { key: 'ml.newRegistrations', value: m.newRegistrations, label: 'Nouvelles inscriptions (premier accueil)', definition: 'Jeunes dont la date de premier accueil est dans l’année.' },
      { key: 'ml.newRegistrations.history', value: historyRecord(m.history, (v) => v.newRegistrations), label: 'Nouvelles inscriptions, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.youngInContact', value: m.youngInContact, label: 'Jeunes en contact', definition: 'Jeunes distincts ayant au moins un événement (tout type de contact) dans l’année.' },
      { key: 'ml.youngAccompanied', value: m.youngAccompanied, label: 'Jeunes accompagnés (entretiens)', definition: 'Jeunes distincts ayant eu au moins un entretien individuel dans l’année.' },
      { key: 'ml.contacts', value: m.contacts, label: 'Contacts', definition: 'Événements de l’année, tous types (entretiens, ateliers, appels, courriels, SMS…).' },
      { key: 'ml.interviews', value: m.interviews, label: 'Entretiens', definition: 'Événements « Entretien individuel » de l’année.' },
      { key: 'ml.interviews.history', value: historyRecord(m.history, (v) => v.interviews), label: 'Entretiens, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.proposals', value: m.proposals.total, label: 'Propositions', definition: 'Propositions faites aux jeunes dans l’année.' },
      { key: 'ml.proposals.byTheme', value: asRecord(m.proposals.byTheme), label: 'Propositions par thème', definition: 'Propositions de l’année par thème.' },
      { key: 'ml.proposals.employmentShare', value: m.proposals.employment.share, label: 'Part des propositions sur le thème Emploi', definition: 'Propositions « Emploi » / propositions.' },
      { key: 'ml.young.byCommune', value: asRecord(m.accompanied.byCommune), label: 'Jeunes accompagnés par commune', definition: 'Jeunes accompagnés par commune de résidence ; toutes les communes du territoire, puis « Hors territoire / non renseigné ».' },
      { key: 'ml.young.rqth', value: m.accompanied.rqth.count, label: 'Jeunes accompagnés reconnus travailleurs handicapés', definition: 'Jeunes accompagnés dont la RQTH est renseignée.' },
      { key: 'ml.young.qpvShare', value: m.accompanied.qpv.share, label: 'Part des jeunes accompagnés résidant en QPV', definition: 'Jeunes accompagnés résidant en quartier prioritaire / jeunes accompagnés.' },
    ];
  },
  charts(m) {
    return [{ id: 'ml-proposals-theme', kind: 'horizontalBar', title: 'Propositions par thème', labels: m.proposals.byTheme.map((t) => t.label), values: m.proposals.byTheme.map((t) => t.count) }];
  },
};
