import { distinct, inYear, isActive } from './ml-periods.js';
import type { Section } from './section.js';

export interface MlServiceCivique {
  inMission: number;
  started: number;
  underOwnAgrement: number;
}

export const mlServiceCiviqueSection: Section<'ml', MlServiceCivique> = {
  id: 'ml-service-civique',
  offer: 'ml',
  title: 'Zoom sur le Service Civique',
  compute({ current }) {
    const missions = current.situations.filter((s) => s.type === 'Service civique' && isActive(s.date_debut, s.date_fin, current.year));
    const young = (rows: typeof missions) => distinct(rows, (s) => s.identifiant_personne);
    return {
      inMission: young(missions),
      started: young(missions.filter((s) => inYear(s.date_debut, current.year))),
      underOwnAgrement: young(missions.filter((s) => s.agrement_ml)),
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
