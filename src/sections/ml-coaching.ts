import { isActive } from '../aggregation/ml-periods.js';
import type { MlYear } from '../dataset/load.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface MlCoaching {
  young: number;
}

export const mlCoachingSection: Section<'ml', MlCoaching> = {
  id: 'ml-coaching',
  offer: 'ml',
  title: 'Zoom sur le coaching',
  compute(data: MlYear, m: Measure) {
    const coached = data.dispositifs.filter((d) => d.dispositif === 'Coaching' && isActive(d.date_entree, d.date_sortie, data.year));
    const young = m.count(
      {
        key: 'ml.coaching.young',
        label: 'Jeunes accompagnés par la conseillère coach',
        unit: 'people',
        definition: 'Jeunes distincts ayant un dispositif « Coaching » actif dans l’année (entré au plus tard le 31/12, non sorti avant le 01/01).',
      },
      distinct(coached, 'identifiant_jeune'),
    );
    return { young };
  },
};
