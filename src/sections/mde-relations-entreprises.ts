import type { EmployerRelations } from '../schemas/content.js';
import type { Indicator, Section } from './section.js';

const DECLARED = 'Déclaré dans contenu/relations-entreprises.json.';

/** « Responsabilité sociale des entreprises » and the job offers published: declared figures. */
export const mdeRelationsEntreprisesSection: Section<'mde', EmployerRelations | undefined> = {
  id: 'mde-relations-entreprises',
  offer: 'mde',
  title: 'Relations entreprises et offres d’emploi',
  compute: ({ current }) => current.employerRelations,
  indicators(m): Indicator[] {
    if (!m) return [];
    return [
      { key: 'mde.employers.informed', value: m.employeursSensibilises, label: 'Employeurs sensibilisés', definition: DECLARED },
      { key: 'mde.employers.workStudyContracts', value: { total: m.contratsAlternance.total, apprenticeships: m.contratsAlternance.apprentissage }, label: 'Contrats en alternance signés', definition: DECLARED },
      { key: 'mde.employers.pec', value: m.pec, label: 'PEC signés', definition: DECLARED },
      { key: 'mde.employers.cie', value: m.cie, label: 'CIE signés', definition: DECLARED },
      { key: 'mde.employers.sponsors', value: m.parrains, label: 'Parrains mobilisés', definition: DECLARED },
      { key: 'mde.jobOffers', value: { published: m.offres.publiees, onTerritory: m.offres.territoire, cdi: m.offres.cdi }, label: 'Offres publiées', definition: DECLARED },
    ];
  },
};
