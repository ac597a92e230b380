import type { Config } from '../config/schema.js';
import type { ContentData } from '../dataset/content.js';
import type { OfferYear } from '../dataset/load.js';
import type { Territory } from '../schemas/content.js';
import type { Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import { declaredIn } from '../dataset/content-names.js';

export interface TerritoryPage {
  communes: number;
  territoryName: string;
  figures: Territory;
}

const FILE = declaredIn('territory');
const declared = (source: string) => `Chiffre déclaré dans ${FILE} ; source : ${source}.`;

/** « Les données clés du territoire », declared with their sources. */
export const territoireSection: Section<'contenu', TerritoryPage> = {
  id: 'territoire',
  offer: 'contenu',
  title: 'Les données clés du territoire',
  compute({ territory }: OfferYear<ContentData>, m: Measure, config: Config) {
    if (territory === undefined) return undefined;
    const { population, salariesPrives, demandeursEmploi: de } = territory;
    m.declare(
      {
        key: 'territory.communes',
        label: 'Communes du territoire',
        unit: 'count',
        definition: 'Nombre de communes du territoire de l’association, listées dans la configuration (territory.communes).',
      },
      config.territory.communes.length,
      'configuration : territory.communes',
    );
    m.declare(
      { key: 'territory.population', label: 'Habitants', unit: 'people', definition: `Population du territoire. ${declared(population.source)}` },
      population.valeur,
      FILE,
    );
    m.declare(
      {
        key: 'territory.privateEmployees',
        label: 'Salariés du secteur privé',
        unit: 'people',
        definition: `Salariés du secteur privé travaillant sur le territoire, à la date indiquée. ${declared(salariesPrives.source)}`,
      },
      salariesPrives.valeur,
      FILE,
    );
    const source = declared(de.source);
    const jobSeekers = (key: string, label: string, which: string, value: number) =>
      m.declare({ key, label, unit: 'people', definition: `Demandeurs d’emploi ${which} du territoire, à la date indiquée. ${source}` }, value, FILE);
    const evolution = (key: string, label: string, which: string, value: number) => {
      const definition = `Évolution sur un an (données brutes) des demandeurs d’emploi ${which} du territoire. ${source}`;
      return m.declare({ key, label, unit: 'rate', definition }, value, FILE);
    };
    jobSeekers('territory.jobSeekers.abc', 'Demandeurs d’emploi de catégories A, B et C', 'de catégories A, B et C', de.abc);
    evolution('territory.jobSeekers.abcEvolution', 'Évolution sur un an (A, B, C)', 'de catégories A, B et C', de.evolutionAbc);
    jobSeekers('territory.jobSeekers.a', 'Demandeurs d’emploi de catégorie A', 'de catégorie A', de.a);
    evolution('territory.jobSeekers.aEvolution', 'Évolution sur un an (A)', 'de catégorie A', de.evolutionA);
    return { communes: config.territory.communes.length, territoryName: config.association.territoryName, figures: territory };
  },
};
