import { inYear } from '../schemas/dates.js';
import type { EmployerAction } from '../schemas/mde/relations.js';
import { distinct } from '../aggregation/ml-periods.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MdeRelationsEntreprises {
  informed: number;
  workStudy: { total: number; apprenticeships: number };
  pec: number;
  cie: number;
  sponsors: number;
  offers: { published: number; onTerritory: number; cdi: number } | undefined;
}

/** « Responsabilité sociale des entreprises » and the job offers published, from the MDE's logs. */
export const mdeRelationsEntreprisesSection: LegacySection<'mde', MdeRelationsEntreprises | undefined> = {
  id: 'mde-relations-entreprises',
  offer: 'mde',
  title: 'Relations entreprises et offres d’emploi',
  compute({ current }, _config, trace = noTrace) {
    if (current.employerActions === undefined && current.offers === undefined) return undefined;
    const actions = (current.employerActions ?? []).filter((a) => inYear(a.date, current.year));
    const of = (action: string) => actions.filter((a) => a.action === action);
    const informed = of('Sensibilisation');
    const workStudy = of('Contrat en alternance');
    const apprenticeships = workStudy.filter((a) => a.detail === 'Apprentissage');
    const pec = of('PEC');
    const cie = of('CIE');
    const sponsorships = of('Parrainage');
    const sponsor = (a: EmployerAction) => a.detail ?? a.employeur;
    const published = current.offers?.filter((o) => inYear(o.date, current.year));
    const offers = published && {
      published,
      onTerritory: published.filter((o) => o.commune.insee !== undefined),
      cdi: published.filter((o) => o.type_contrat.toUpperCase() === 'CDI'),
    };
    const file = 'relations-employeurs.csv';
    trace.count('mde.employers.informed', { file, rows: informed }, { distinctBy: (a) => a.employeur });
    trace.count('mde.employers.workStudyContracts', { file, rows: workStudy }, { group: 'total' });
    trace.count('mde.employers.workStudyContracts', { file, rows: apprenticeships }, { group: 'apprenticeships' });
    trace.count('mde.employers.pec', { file, rows: pec });
    trace.count('mde.employers.cie', { file, rows: cie });
    trace.count('mde.employers.sponsors', { file, rows: sponsorships }, { distinctBy: sponsor });
    for (const [cell, rows] of Object.entries(offers ?? {})) trace.count('mde.jobOffers', { file: 'offres.csv', rows }, { group: cell });
    return {
      informed: distinct(informed, (a) => a.employeur),
      workStudy: { total: workStudy.length, apprenticeships: apprenticeships.length },
      pec: pec.length,
      cie: cie.length,
      sponsors: distinct(sponsorships, sponsor),
      offers: offers && { published: offers.published.length, onTerritory: offers.onTerritory.length, cdi: offers.cdi.length },
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
