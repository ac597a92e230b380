import type { Territory } from '../schemas/content.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface TerritoryPage {
  communes: number;
  territoryName: string;
  figures: Territory;
}

const declared = (source: string) => `Déclaré dans contenu/territoire.json ; source : ${source}.`;

/** « Les données clés du territoire », declared with their sources. */
export const territoireSection: LegacySection<'contenu', TerritoryPage | undefined> = {
  id: 'territoire',
  offer: 'contenu',
  title: 'Les données clés du territoire',
  compute({ current }, config, trace = noTrace) {
    if (current.territory === undefined) return undefined;
    trace.declared('territory.communes', 'configuration (territory.communes)');
    const declaredKeys = ['territory.population', 'territory.privateEmployees', 'territory.jobSeekers.abc', 'territory.jobSeekers.abcEvolution', 'territory.jobSeekers.a', 'territory.jobSeekers.aEvolution'];
    for (const key of declaredKeys) trace.declared(key, 'contenu/territoire.json');
    return { communes: config.territory.communes.length, territoryName: config.association.territoryName, figures: current.territory };
  },
  indicators(m) {
    if (!m) return [];
    const { population, salariesPrives, demandeursEmploi: de } = m.figures;
    return [
      { key: 'territory.communes', value: m.communes, label: 'Communes du territoire', definition: 'Communes du territoire dans la configuration.' },
      { key: 'territory.population', value: population.valeur, label: 'Habitants', definition: declared(population.source) },
      { key: 'territory.privateEmployees', value: salariesPrives.valeur, label: 'Salariés du secteur privé', definition: declared(salariesPrives.source) },
      { key: 'territory.jobSeekers.abc', value: de.abc, label: 'Demandeurs d’emploi de catégories A, B et C', definition: declared(de.source) },
      { key: 'territory.jobSeekers.abcEvolution', value: de.evolutionAbc, label: 'Évolution sur un an (A, B, C)', definition: declared(de.source) },
      { key: 'territory.jobSeekers.a', value: de.a, label: 'Demandeurs d’emploi de catégorie A', definition: declared(de.source) },
      { key: 'territory.jobSeekers.aEvolution', value: de.evolutionA, label: 'Évolution sur un an (A)', definition: declared(de.source) },
    ];
  },
};
