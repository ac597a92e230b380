import { inYear, isActive } from '../aggregation/ml-periods.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MlSante {
  cpam: number;
  healthCheck: number;
  healthWorkshops: number;
  psychologist: { young: number; interviews: number };
  disabilityFollowUp: number;
}

export const mlSanteSection: LegacySection<'ml', MlSante> = {
  id: 'ml-sante',
  offer: 'ml',
  title: 'Zoom sur la santé',
  compute({ current }, _config, trace = noTrace) {
    const events = current.evenements.filter((e) => inYear(e.date, current.year));
    const withPartner = (partner: string) => events.filter((e) => e.intervenant === partner);
    const cpam = withPartner('CPAM');
    const healthCheck = withPartner('Institut Pasteur');
    const healthWorkshops = events.filter((e) => e.type === 'Atelier' && e.theme === 'Santé');
    const psychologist = withPartner('Psychologue');
    const disability = current.dispositifs.filter((d) => d.dispositif === 'Suivi renforcé TH' && isActive(d.date_entree, d.date_sortie, current.year));
    const young = { distinctBy: (row: { identifiant_jeune: string }) => row.identifiant_jeune };
    trace.count('ml.health.cpam', { file: 'evenements.csv', rows: cpam }, young);
    trace.count('ml.health.checkUp', { file: 'evenements.csv', rows: healthCheck }, young);
    trace.count('ml.health.workshops', { file: 'evenements.csv', rows: healthWorkshops }, young);
    trace.count('ml.health.psychologist.young', { file: 'evenements.csv', rows: psychologist }, young);
    trace.count('ml.health.psychologist.interviews', { file: 'evenements.csv', rows: psychologist });
    trace.count('ml.disability.reinforced', { file: 'dispositifs.csv', rows: disability }, young);
    return {
      cpam: cpam.distinct('identifiant_jeune'),
      healthCheck: healthCheck.distinct('identifiant_jeune'),
      healthWorkshops: healthWorkshops.distinct('identifiant_jeune'),
      psychologist: { young: psychologist.distinct('identifiant_jeune'), interviews: psychologist.length },
      disabilityFollowUp: disability.distinct('identifiant_jeune'),
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
