import { isActive } from '../aggregation/ml-periods.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MlCoaching {
  young: number;
}

export const mlCoachingSection: LegacySection<'ml', MlCoaching> = {
  id: 'ml-coaching',
  offer: 'ml',
  title: 'Zoom sur le coaching',
  compute({ current }, _config, trace = noTrace) {
    const coached = current.dispositifs.filter((d) => d.dispositif === 'Coaching' && isActive(d.date_entree, d.date_sortie, current.year));
    trace.count('ml.coaching.young', { file: 'dispositifs.csv', rows: coached }, { distinctBy: (d) => d.identifiant_jeune });
    return { young: coached.distinct('identifiant_jeune') };
  },
  indicators(m) {
    return [{ key: 'ml.coaching.young', value: m.young, label: 'Jeunes accompagnés par la conseillère coach', definition: 'Jeunes distincts dans le dispositif « Coaching » actif dans l’année.' }];
  },
};
