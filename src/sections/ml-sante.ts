import { inYear, isActive } from '../aggregation/ml-periods.js';
import type { Config } from '../config/schema.js';
import type { MlYear } from '../dataset/load.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

/** A partner's figure is null when the configuration names no such partner (`ml.health`): the page then prints nothing of it. */
export interface MlSante {
  cpam: number | null;
  healthCheck: number | null;
  healthWorkshops: number;
  psychologist: { young: number; interviews: number } | null;
  disabilityFollowUp: number;
}

export const mlSanteSection: Section<'ml', MlSante> = {
  id: 'ml-sante',
  offer: 'ml',
  title: 'Zoom sur la santé',
  compute(data: MlYear, m: Measure, config: Config) {
    const { cpam, checkUp, psychologist } = config.ml.health;
    const events = data.evenements.filter((e) => inYear(e.date, data.year));
    const withPartner = (partner: string) => events.filter((e) => e.intervenant === partner);
    const disability = data.dispositifs.filter((d) => d.dispositif === 'Suivi renforcé TH' && isActive(d.date_entree, d.date_sortie, data.year));
    return {
      cpam:
        cpam === null
          ? null
          : m.count(
              {
                key: 'ml.health.cpam',
                label: `Jeunes reçus par l’intervenant « ${cpam} »`,
                unit: 'people',
                definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${cpam} ».`,
              },
              distinct(withPartner(cpam), 'identifiant_jeune'),
            ),
      healthCheck:
        checkUp === null
          ? null
          : m.count(
              {
                key: 'ml.health.checkUp',
                label: `Bilans de santé (${checkUp})`,
                unit: 'people',
                definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${checkUp} » (bilan de santé).`,
              },
              distinct(withPartner(checkUp), 'identifiant_jeune'),
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
      psychologist: psychologist === null ? null : measurePsychologist(m, withPartner(psychologist), psychologist),
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

/** The psychologist's events (`seen`, those with the intervenant `psychologist`): one interview each. */
function measurePsychologist(m: Measure, seen: MlYear['evenements'], psychologist: string) {
  return {
    young: m.count(
      {
        key: 'ml.health.psychologist.young',
        label: 'Jeunes reçus par la psychologue',
        unit: 'people',
        definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${psychologist} ».`,
      },
      distinct(seen, 'identifiant_jeune'),
    ),
    interviews: m.count(
      {
        key: 'ml.health.psychologist.interviews',
        label: 'Entretiens avec la psychologue',
        unit: 'count',
        definition: `Événements de l’année avec l’intervenant « ${psychologist} », chacun compté comme un entretien.`,
      },
      seen,
    ),
  };
}
