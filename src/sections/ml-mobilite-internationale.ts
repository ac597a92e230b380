import type { Situation } from '../schemas/ml/situations.js';
import { asRecord, countByLabel } from '../aggregation/breakdowns.js';
import { inYear } from '../aggregation/ml-periods.js';
import { traceWorkshops, workshopEvents, workshops, type Workshops } from './ml-orientation-formation.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MlMobiliteInternationale {
  workshops: Workshops;
  forum: number;
  interviews: number;
  referred: number;
  departures: { total: number; bySubtype: { label: string; count: number }[] };
}

const THEME = 'Mobilité internationale';

export const mlMobiliteInternationaleSection: LegacySection<'ml', MlMobiliteInternationale> = {
  id: 'ml-mobilite-internationale',
  offer: 'ml',
  title: 'Mobilité internationale',
  compute({ current }, _config, trace = noTrace) {
    const year = current.year;
    const events = current.evenements.filter((e) => e.theme === THEME && inYear(e.date, year));
    const forum = events.filter((e) => e.type === 'Forum');
    const interviews = events.filter((e) => e.type === 'Entretien individuel');
    const referred = current.propositions.filter((p) => p.theme === THEME && inYear(p.date, year));
    const departures = [...current.situations.filter((s) => s.type === THEME && inYear(s.date_debut, year))];
    const subtype = (s: Situation) => s.sous_type ?? 'Autre';
    const byJeune = { distinctBy: (row: { identifiant_jeune: string }) => row.identifiant_jeune };
    traceWorkshops(trace, workshopEvents(current, THEME), { sessions: 'ml.internationalMobility.workshops.sessions', young: 'ml.internationalMobility.workshops.young' });
    trace.count('ml.internationalMobility.forum', { file: 'evenements.csv', rows: forum }, byJeune);
    trace.count('ml.internationalMobility.interviews', { file: 'evenements.csv', rows: interviews }, byJeune);
    trace.count('ml.internationalMobility.referred', { file: 'propositions.csv', rows: referred }, byJeune);
    trace.count('ml.internationalMobility.departures', { file: 'situations.csv', rows: departures }, { group: subtype });
    trace.count('ml.internationalMobility.departures.bySubtype', { file: 'situations.csv', rows: departures }, { group: subtype });
    return {
      workshops: workshops(current, THEME),
      forum: forum.distinct('identifiant_jeune'),
      interviews: interviews.distinct('identifiant_jeune'),
      referred: referred.distinct('identifiant_jeune'),
      departures: { total: departures.length, bySubtype: countByLabel(departures, subtype) },
    };
  },
  indicators(m) {
    return [
      { key: 'ml.internationalMobility.workshops.sessions', value: m.workshops.sessions, label: 'Ateliers mobilité internationale', definition: 'Sessions distinctes d’ateliers de thème « Mobilité internationale ».' },
      { key: 'ml.internationalMobility.workshops.young', value: m.workshops.young, label: 'Jeunes aux ateliers mobilité internationale', definition: 'Jeunes distincts ayant participé à ces ateliers.' },
      { key: 'ml.internationalMobility.forum', value: m.forum, label: 'Jeunes au forum mobilité internationale', definition: 'Jeunes distincts ayant un événement « Forum » de thème « Mobilité internationale ».' },
      { key: 'ml.internationalMobility.interviews', value: m.interviews, label: 'Jeunes reçus en entretien individuel (mobilité)', definition: 'Jeunes distincts ayant un entretien individuel de thème « Mobilité internationale ».' },
      { key: 'ml.internationalMobility.referred', value: m.referred, label: 'Jeunes orientés vers des structures partenaires', definition: 'Jeunes distincts ayant une proposition de thème « Mobilité internationale ».' },
      { key: 'ml.internationalMobility.departures', value: m.departures.total, label: 'Départs en mobilité à l’étranger', definition: 'Situations « Mobilité internationale » démarrées dans l’année.' },
      { key: 'ml.internationalMobility.departures.bySubtype', value: asRecord(m.departures.bySubtype), label: 'Départs par dispositif', definition: 'Départs par sous-type (stage Erasmus+, Service Civique international…).' },
    ];
  },
};
