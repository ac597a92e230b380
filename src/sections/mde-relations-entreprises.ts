import { inYear } from '../schemas/dates.js';
import { distinct } from './ml-periods.js';
import type { Indicator, Section } from './section.js';

export interface MdeRelationsEntreprises {
  informed: number;
  workStudy: { total: number; apprenticeships: number };
  pec: number;
  cie: number;
  sponsors: number;
  offers: { published: number; onTerritory: number; cdi: number } | undefined;
}

/** « Responsabilité sociale des entreprises » and the job offers published, from the MDE's logs. */
export const mdeRelationsEntreprisesSection: Section<'mde', MdeRelationsEntreprises | undefined> = {
  id: 'mde-relations-entreprises',
  offer: 'mde',
  title: 'Relations entreprises et offres d’emploi',
  compute({ current }) {
    if (current.employerActions === undefined && current.offers === undefined) return undefined;
    const actions = (current.employerActions ?? []).filter((a) => inYear(a.date, current.year));
    const of = (action: string) => actions.filter((a) => a.action === action);
    const workStudy = of('Contrat en alternance');
    const offers = current.offers?.filter((o) => inYear(o.date, current.year));
    return {
      informed: distinct(of('Sensibilisation'), (a) => a.employeur),
      workStudy: { total: workStudy.length, apprenticeships: workStudy.filter((a) => a.detail === 'Apprentissage').length },
      pec: of('PEC').length,
      cie: of('CIE').length,
      sponsors: distinct(of('Parrainage'), (a) => a.detail ?? a.employeur),
      offers: offers && {
        published: offers.length,
        onTerritory: offers.filter((o) => o.commune.insee !== undefined).length,
        cdi: offers.filter((o) => o.type_contrat.toUpperCase() === 'CDI').length,
      },
    };
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    const LOG = 'relations-employeurs.csv';
    return [
      { key: 'mde.employers.informed', value: m.informed, label: 'Employeurs sensibilisés', definition: `Employeurs distincts ayant une action « Sensibilisation » dans l’année (${LOG}).` },
      { key: 'mde.employers.workStudyContracts', value: m.workStudy, label: 'Contrats en alternance signés', definition: `Actions « Contrat en alternance » de l’année, dont précision « Apprentissage » (${LOG}).` },
      { key: 'mde.employers.pec', value: m.pec, label: 'PEC signés', definition: `Actions « PEC » de l’année (${LOG}).` },
      { key: 'mde.employers.cie', value: m.cie, label: 'CIE signés', definition: `Actions « CIE » de l’année (${LOG}).` },
      { key: 'mde.employers.sponsors', value: m.sponsors, label: 'Parrains mobilisés', definition: `Parrains distincts des actions « Parrainage » de l’année (${LOG}).` },
      ...(m.offers ? [{ key: 'mde.jobOffers', value: m.offers, label: 'Offres publiées', definition: 'Offres publiées dans l’année (offres.csv) : sur le territoire (commune du lieu de travail), en CDI.' }] : []),
    ];
  },
};
