import type { Situation } from '../schemas/ml/situations.js';
import { inYear, isActive } from '../aggregation/ml-periods.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MlServiceCivique {
  inMission: number;
  started: number;
  underOwnAgrement: number;
}

export const mlServiceCiviqueSection: LegacySection<'ml', MlServiceCivique> = {
  id: 'ml-service-civique',
  offer: 'ml',
  title: 'Zoom sur le Service Civique',
  compute({ current }, _config, trace = noTrace) {
    const missions = current.situations.filter((s) => s.type === 'Service civique' && isActive(s.date_debut, s.date_fin, current.year));
    const started = missions.filter((s) => inYear(s.date_debut, current.year));
    const underOwnAgrement = missions.filter((s) => s.agrement_ml);
    const young = (rows: typeof missions) => rows.distinct('identifiant_personne');
    const file = 'situations.csv';
    const byPerson = { distinctBy: (s: Situation) => s.identifiant_personne };
    trace.count('ml.civicService.inMission', { file, rows: missions }, byPerson);
    trace.count('ml.civicService.started', { file, rows: started }, byPerson);
    trace.count('ml.civicService.ownAgrement', { file, rows: underOwnAgrement }, byPerson);
    return {
      inMission: young(missions),
      started: young(started),
      underOwnAgrement: young(underOwnAgrement),
    };
  },
  indicators(m) {
    return [
      { key: 'ml.civicService.inMission', value: m.inMission, label: 'Jeunes en mission de Service Civique', definition: 'Jeunes distincts ayant une mission de Service Civique active dans l’année.' },
      { key: 'ml.civicService.started', value: m.started, label: 'Missions démarrées dans l’année', definition: 'Jeunes distincts dont la mission a démarré dans l’année.' },
      { key: 'ml.civicService.ownAgrement', value: m.underOwnAgrement, label: 'Jeunes engagés sous l’agrément de la Mission Locale', definition: 'Jeunes distincts dont la mission active dans l’année relève de l’agrément de la Mission Locale.' },
    ];
  },
};
