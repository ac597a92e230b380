import { activeIn, inYear } from '../aggregation/ml-periods.js';
import type { MlYear } from '../dataset/load.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface MlServiceCivique {
  inMission: number;
  started: number;
  underOwnAgrement: number;
}

export const mlServiceCiviqueSection: Section<'ml', MlServiceCivique> = {
  id: 'ml-service-civique',
  offer: 'ml',
  title: 'Zoom sur le Service Civique',
  compute(data: MlYear, m: Measure) {
    const missions = activeIn(
      data.situations.where('type', (t) => t === 'Service civique'),
      'date_debut',
      'date_fin',
      data.year,
    );
    const inMission = m.count(
      {
        key: 'ml.civicService.inMission',
        label: 'Jeunes en mission de Service Civique',
        unit: 'people',
        definition:
          'Jeunes distincts ayant une situation « Service civique » active dans l’année (démarrée au plus tard le 31/12, non terminée avant le 01/01).',
      },
      distinct(missions, 'identifiant_personne'),
    );
    const started = m.count(
      {
        key: 'ml.civicService.started',
        label: 'Missions démarrées dans l’année',
        unit: 'people',
        definition: 'Jeunes distincts dont une mission de Service Civique a démarré dans l’année.',
      },
      distinct(
        missions.where('date_debut', (d) => inYear(d, data.year)),
        'identifiant_personne',
      ),
    );
    const underOwnAgrement = m.count(
      {
        key: 'ml.civicService.ownAgrement',
        label: 'Jeunes engagés sous l’agrément de la Mission Locale',
        unit: 'people',
        definition: 'Jeunes distincts dont une mission de Service Civique active dans l’année relève de l’agrément de la Mission Locale.',
      },
      distinct(
        missions.filter((s) => s.agrement_ml),
        'identifiant_personne',
      ),
    );
    return { inMission, started, underOwnAgrement };
  },
};
