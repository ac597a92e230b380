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
  /** `name`: as the page says the psychologist (ALPES: « la psychologue »). */
  psychologist: { young: number; interviews: number; name: string } | null;
  disabilityFollowUp: number;
}

export const mlSanteSection: Section<'ml', MlSante> = {
  id: 'ml-sante',
  offer: 'ml',
  title: 'Zoom sur la santé',
  compute(data: MlYear, m: Measure, config: Config) {
    const { cpam, checkUp, psychologist, workshops } = config.ml.health;
    const events = data.evenements.where('date', (d) => inYear(d, data.year));
    const withPartner = (partner: Partner) => events.where('intervenant', (i) => i === partner.intervenant);
    const disability = data.dispositifs.filter((d) => d.dispositif === 'Suivi renforcé TH' && isActive(d.date_entree, d.date_sortie, data.year));
    return {
      cpam:
        cpam === null
          ? null
          : m.count(
              {
                key: 'ml.health.cpam',
                label: `Jeunes reçus par ${cpam.name}`,
                unit: 'people',
                definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${cpam.intervenant} ».`,
              },
              distinct(withPartner(cpam), 'identifiant_jeune'),
            ),
      healthCheck:
        checkUp === null
          ? null
          : m.count(
              {
                key: 'ml.health.checkUp',
                label: `Jeunes ayant fait un bilan de santé avec ${checkUp.name}`,
                unit: 'people',
                definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${checkUp.intervenant} » (bilan de santé).`,
              },
              distinct(withPartner(checkUp), 'identifiant_jeune'),
            ),
      healthWorkshops: m.count(
        {
          key: 'ml.health.workshops',
          label: 'Jeunes aux actions santé',
          unit: 'people',
          definition:
            `Jeunes distincts ayant participé dans l’année à un événement de type ${either(workshops.eventTypes)} ` +
            `et de thème ${either(workshops.themes)}.`,
        },
        distinct(
          events.where('type', (t) => workshops.eventTypes.includes(t)).where('theme', (t) => t !== undefined && workshops.themes.includes(t)),
          'identifiant_jeune',
        ),
      ),
      psychologist: psychologist === null ? null : { ...measurePsychologist(m, withPartner(psychologist), psychologist), name: psychologist.name },
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

type Partner = { intervenant: string; name: string };

/** « « Atelier » », « « Atelier » ou « Forum » »: the configured values, as the definitions quote them. */
const either = (values: readonly string[]) => values.map((v) => `« ${v} »`).join(' ou ');

/** The psychologist's events (`seen`, those with the intervenant `psychologist`): one interview each. */
function measurePsychologist(m: Measure, seen: MlYear['evenements'], psychologist: Partner) {
  return {
    young: m.count(
      {
        key: 'ml.health.psychologist.young',
        label: `Jeunes reçus par ${psychologist.name}`,
        unit: 'people',
        definition: `Jeunes distincts ayant un événement de l’année avec l’intervenant « ${psychologist.intervenant} ».`,
      },
      distinct(seen, 'identifiant_jeune'),
    ),
    interviews: m.count(
      {
        key: 'ml.health.psychologist.interviews',
        label: `Entretiens avec ${psychologist.name}`,
        unit: 'count',
        definition: `Événements de l’année avec l’intervenant « ${psychologist.intervenant} », chacun compté comme un entretien.`,
      },
      seen,
    ),
  };
}
