import type { MdeData, OfferYear } from '../dataset/load.js';
import type { Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import { declaredIn } from '../dataset/content-names.js';

/** Where the association declares these tallies, which no export holds. */
const DECLARED_IN = declaredIn('businessCreation');
const BY_THE_ASSOCIATION = 'Chiffres déclarés par l’association pour l’année : aucun export ne les contient.';

export interface MdeCreation {
  workshops: { sessions: number; participants: number; fromTerritory: number };
  projectHolders: { total: number; fromTerritory: number; F: number; H: number };
  referrals: number;
  companies: { companies: number; entrepreneurs: number };
}

/** « Aide à la création / reprise d'entreprises » : the declared tallies. */
export const mdeCreationSection: Section<'mde', MdeCreation> = {
  id: 'mde-creation',
  offer: 'mde',
  title: 'Aide à la création / reprise d’entreprises',
  compute(data: OfferYear<MdeData>, m: Measure) {
    const declared = data.businessCreation;
    if (declared === undefined) return undefined;
    const { ateliers, porteursAccueillis: holders, entreprisesCreees: created } = declared;
    return {
      workshops: m.declare(
        {
          key: 'mde.creation.workshops',
          cellLabels: { sessions: 'séances', participants: 'participants', fromTerritory: 'du territoire' },
          label: 'Ateliers création / reprise d’entreprises',
          unit: { sessions: 'count', participants: 'people', fromTerritory: 'people' },
          definition:
            'Ateliers collectifs « création / reprise d’entreprises » organisés avec les partenaires de la création : ' +
            `nombre d’ateliers, participants, dont ceux du territoire. ${BY_THE_ASSOCIATION}`,
        },
        { sessions: ateliers.nombre, participants: ateliers.participants, fromTerritory: ateliers.participantsTerritoire },
        DECLARED_IN,
      ),
      projectHolders: m.declare(
        {
          key: 'mde.creation.projectHolders',
          cellLabels: { total: 'total', fromTerritory: 'du territoire', F: 'femmes', H: 'hommes' },
          label: 'Porteurs de projets accueillis',
          unit: 'people',
          definition: `Porteurs de projets de création ou de reprise accueillis : total, dont ceux du territoire, femmes et hommes. ${BY_THE_ASSOCIATION}`,
        },
        { total: holders.total, fromTerritory: holders.territoire, F: holders.femmes, H: holders.hommes },
        DECLARED_IN,
      ),
      referrals: m.declare(
        {
          key: 'mde.creation.referrals',
          label: 'Orientations vers des partenaires',
          unit: 'count',
          definition: `Porteurs de projets orientés vers les partenaires de la création d’entreprise. ${BY_THE_ASSOCIATION}`,
        },
        declared.orientations,
        DECLARED_IN,
      ),
      companies: m.declare(
        {
          key: 'mde.creation.companies',
          cellLabels: { companies: 'entreprises', entrepreneurs: 'entrepreneurs' },
          label: 'Entreprises créées sur le territoire',
          unit: 'count',
          definition: `Entreprises créées sur le territoire par les porteurs de projets accompagnés, et leurs entrepreneurs. ${BY_THE_ASSOCIATION}`,
        },
        { companies: created.entreprises, entrepreneurs: created.entrepreneurs },
        DECLARED_IN,
      ),
    };
  },
};
