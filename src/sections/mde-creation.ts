import type { BusinessCreation } from '../schemas/content.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

const DECLARED = 'Déclaré dans contenu/creation-entreprise.json.';

/** « Aide à la création / reprise d'entreprises » : the declared tallies. */
export const mdeCreationSection: LegacySection<'mde', BusinessCreation | undefined> = {
  id: 'mde-creation',
  offer: 'mde',
  title: 'Aide à la création / reprise d’entreprises',
  compute({ current }, _config, trace = noTrace) {
    const declared = current.businessCreation;
    if (declared) for (const { key } of mdeCreationSection.indicators(declared)) trace.declared(key, 'contenu/creation-entreprise.json');
    return declared;
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    return [
      { key: 'mde.creation.workshops', value: { sessions: m.ateliers.nombre, participants: m.ateliers.participants, fromTerritory: m.ateliers.participantsTerritoire }, label: 'Ateliers création / reprise d’entreprises', definition: DECLARED },
      { key: 'mde.creation.projectHolders', value: { total: m.porteursAccueillis.total, fromTerritory: m.porteursAccueillis.territoire, F: m.porteursAccueillis.femmes, H: m.porteursAccueillis.hommes }, label: 'Porteurs de projets accueillis', definition: DECLARED },
      { key: 'mde.creation.referrals', value: m.orientations, label: 'Orientations vers des partenaires', definition: DECLARED },
      { key: 'mde.creation.companies', value: { companies: m.entreprisesCreees.entreprises, entrepreneurs: m.entreprisesCreees.entrepreneurs }, label: 'Entreprises créées sur le territoire', definition: DECLARED },
    ];
  },
};
