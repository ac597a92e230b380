import { inYear, isActive } from '../aggregation/ml-periods.js';
import type { MlYear } from '../dataset/load.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface MlSante {
  cpam: number;
  healthCheck: number;
  healthWorkshops: number;
  psychologist: { young: number; interviews: number };
  disabilityFollowUp: number;
}

export const mlSanteSection: Section<'ml', MlSante> = {
  id: 'ml-sante',
  offer: 'ml',
  title: 'Zoom sur la santé',
  compute(data: MlYear, m: Measure) {
    const events = data.evenements.filter((e) => inYear(e.date, data.year));
    const withPartner = (partner: string) => events.filter((e) => e.intervenant === partner);
    const psychologist = withPartner('Psychologue');
    const disability = data.dispositifs.filter((d) => d.dispositif === 'Suivi renforcé TH' && isActive(d.date_entree, d.date_sortie, data.year));
    return {
      cpam: m.count(
        {
          key: 'ml.health.cpam',
          label: 'Jeunes reçus par la CPAM',
          unit: 'people',
          definition: 'Jeunes distincts ayant un événement de l’année avec l’intervenant « CPAM ».',
        },
        distinct(withPartner('CPAM'), 'identifiant_jeune'),
      ),
      healthCheck: m.count(
        {
          key: 'ml.health.checkUp',
          label: 'Bilans de santé (Institut Pasteur)',
          unit: 'people',
          definition: 'Jeunes distincts ayant un événement de l’année avec l’intervenant « Institut Pasteur » (bilan de santé).',
        },
        distinct(withPartner('Institut Pasteur'), 'identifiant_jeune'),
      ),
      healthWorkshops: m.count(
        {
          key: 'ml.health.workshops',
          label: 'Jeunes aux actions santé',
          unit: 'people',
          definition: 'Jeunes distincts ayant participé dans l’année à un atelier de thème « Santé ».',
        },
        distinct(
          events.filter((e) => e.type === 'Atelier' && e.theme === 'Santé'),
          'identifiant_jeune',
        ),
      ),
      psychologist: {
        young: m.count(
          {
            key: 'ml.health.psychologist.young',
            label: 'Jeunes reçus par la psychologue',
            unit: 'people',
            definition: 'Jeunes distincts ayant un événement de l’année avec l’intervenant « Psychologue ».',
          },
          distinct(psychologist, 'identifiant_jeune'),
        ),
        interviews: m.count(
          {
            key: 'ml.health.psychologist.interviews',
            label: 'Entretiens avec la psychologue',
            unit: 'count',
            definition: 'Événements de l’année avec l’intervenant « Psychologue », chacun compté comme un entretien.',
          },
          psychologist,
        ),
      },
      disabilityFollowUp: m.count(
        {
          key: 'ml.disability.reinforced',
          label: 'Jeunes en suivi renforcé TH',
          unit: 'people',
          definition: 'Jeunes distincts ayant un dispositif « Suivi renforcé TH » actif dans l’année (entré au plus tard le 31/12, non sorti avant le 01/01).',
        },
        distinct(disability, 'identifiant_jeune'),
      ),
    };
  },
};
