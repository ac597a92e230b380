import { distinct, inYear, isActive } from './ml-periods.js';
import type { Section } from './section.js';

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
  compute({ current }) {
    const events = current.evenements.filter((e) => inYear(e.date, current.year));
    const withPartner = (partner: string) => events.filter((e) => e.intervenant === partner);
    const psychologist = withPartner('Psychologue');
    return {
      cpam: distinct(withPartner('CPAM'), (e) => e.identifiant_jeune),
      healthCheck: distinct(withPartner('Institut Pasteur'), (e) => e.identifiant_jeune),
      healthWorkshops: distinct(events.filter((e) => e.type === 'Atelier' && e.theme === 'Santé'), (e) => e.identifiant_jeune),
      psychologist: { young: distinct(psychologist, (e) => e.identifiant_jeune), interviews: psychologist.length },
      disabilityFollowUp: distinct(
        current.dispositifs.filter((d) => d.dispositif === 'Suivi renforcé TH' && isActive(d.date_entree, d.date_sortie, current.year)),
        (d) => d.identifiant_jeune,
      ),
    };
  },
  indicators(m) {
    return [
      { key: 'ml.health.cpam', value: m.cpam, label: 'Jeunes reçus par la CPAM', definition: 'Jeunes distincts ayant un événement avec l’intervenant « CPAM » dans l’année.' },
      { key: 'ml.health.checkUp', value: m.healthCheck, label: 'Bilans de santé (Institut Pasteur)', definition: 'Jeunes distincts ayant un événement avec l’intervenant « Institut Pasteur » dans l’année.' },
      { key: 'ml.health.workshops', value: m.healthWorkshops, label: 'Jeunes aux actions santé', definition: 'Jeunes distincts ayant participé à un atelier de thème « Santé » dans l’année.' },
      { key: 'ml.health.psychologist.young', value: m.psychologist.young, label: 'Jeunes reçus par la psychologue', definition: 'Jeunes distincts ayant un événement avec l’intervenant « Psychologue ».' },
      { key: 'ml.health.psychologist.interviews', value: m.psychologist.interviews, label: 'Entretiens avec la psychologue', definition: 'Événements avec l’intervenant « Psychologue » dans l’année.' },
      { key: 'ml.disability.reinforced', value: m.disabilityFollowUp, label: 'Jeunes en suivi renforcé TH', definition: 'Jeunes distincts dans le dispositif « Suivi renforcé TH » actif dans l’année.' },
    ];
  },
};
