import { inYear } from '../schemas/dates.js';
import type { EmployerAction, JobOffer } from '../schemas/mde/relations.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { cells, counting, countingDistinct, distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface MdeRelationsEntreprises {
  /** Undefined without the employer-relations log. */
  actions: { informed: number; workStudy: { total: number; apprenticeships: number }; pec: number; cie: number; sponsors: number } | undefined;
  /** Undefined without the job offers' file. */
  offers: { published: number; onTerritory: number; cdi: number } | undefined;
}

const LOG = 'inscrites dans l’année au journal des relations avec les employeurs';

/** « Responsabilité sociale des entreprises »: what the employer-relations log records for the year. */
function employerActions(log: ExportRows<EmployerAction>, year: number, m: Measure) {
  const actions = log.filter((a) => inYear(a.date, year));
  const of = (action: EmployerAction['action']) => actions.filter((a) => a.action === action);
  const workStudy = of('Contrat en alternance');
  return {
    informed: m.count(
      {
        key: 'mde.employers.informed',
        label: 'Employeurs sensibilisés',
        unit: 'count',
        definition: `Employeurs distincts des actions « Sensibilisation » ${LOG}.`,
      },
      distinct(of('Sensibilisation'), 'employeur'),
    ),
    workStudy: m.figure(
      {
        key: 'mde.employers.workStudyContracts',
        cellLabels: { total: 'total', apprenticeships: 'contrats d’apprentissage' },
        label: 'Contrats en alternance signés',
        unit: 'count',
        definition: `Actions « Contrat en alternance » ${LOG}, et parmi elles celles de précision « Apprentissage » (contrats d’apprentissage).`,
      },
      cells({ total: counting(workStudy), apprenticeships: counting(workStudy.filter((a) => a.detail === 'Apprentissage')) }),
    ),
    pec: m.count(
      {
        key: 'mde.employers.pec',
        label: 'PEC signés',
        unit: 'count',
        definition: `Actions « PEC » (parcours emploi compétences) ${LOG}.`,
      },
      of('PEC'),
    ),
    cie: m.count(
      {
        key: 'mde.employers.cie',
        label: 'CIE signés',
        unit: 'count',
        definition: `Actions « CIE » (contrats initiative emploi) ${LOG}.`,
      },
      of('CIE'),
    ),
    sponsors: m.figure(
      {
        key: 'mde.employers.sponsors',
        label: 'Parrains mobilisés',
        unit: 'people',
        definition: `Parrains distincts des actions « Parrainage » ${LOG} : le parrain nommé en précision, à défaut l’employeur.`,
      },
      countingDistinct(of('Parrainage'), (a) => a.detail ?? a.employeur),
    ),
  };
}

/** The job offers published on the association's website during the year. */
function jobOffers(file: ExportRows<JobOffer>, year: number, m: Measure) {
  const published = file.filter((o) => inYear(o.date, year));
  return m.figure(
    {
      key: 'mde.jobOffers',
      cellLabels: { published: 'publiées', onTerritory: 'sur le territoire', cdi: 'en CDI' },
      label: 'Offres publiées',
      unit: 'count',
      definition: 'Offres d’emploi publiées dans l’année, dont celles dont le lieu de travail est une commune du territoire et celles en CDI.',
    },
    cells({
      published: counting(published),
      onTerritory: counting(published.filter((o) => o.commune.insee !== undefined)),
      cdi: counting(published.filter((o) => o.type_contrat.toUpperCase() === 'CDI')),
    }),
  );
}

/** « Responsabilité sociale des entreprises » and the job offers published, from the MDE's logs. */
export const mdeRelationsEntreprisesSection: Section<'mde', MdeRelationsEntreprises> = {
  id: 'mde-relations-entreprises',
  offer: 'mde',
  title: 'Relations entreprises et offres d’emploi',
  compute(data: OfferYear<MdeData>, m: Measure) {
    if (data.employerActions === undefined && data.offers === undefined) return undefined;
    return {
      actions: data.employerActions && employerActions(data.employerActions, data.year, m),
      offers: data.offers && jobOffers(data.offers, data.year, m),
    };
  },
};
