import type { Communication } from '../schemas/content.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

const DECLARED = 'Déclaré dans contenu/communication.json (statistiques du site et des réseaux).';

/** The communication page: website and social networks, declared. */
export const communicationSection: LegacySection<'contenu', Communication | undefined> = {
  id: 'communication',
  offer: 'contenu',
  title: 'Communication',
  compute({ current }, _config, trace = noTrace) {
    if (current.communication === undefined) return undefined;
    for (const key of ['communication.website.visitors', 'communication.website.pageViews', 'communication.networks']) trace.declared(key, 'contenu/communication.json');
    return current.communication;
  },
  indicators(m) {
    if (!m) return [];
    return [
      { key: 'communication.website.visitors', value: m.site.visiteurs, label: 'Visiteurs du site internet', definition: DECLARED },
      { key: 'communication.website.pageViews', value: m.site.pagesVues, label: 'Pages vues', definition: DECLARED },
      {
        key: 'communication.networks',
        value: Object.fromEntries(m.reseaux.map((r) => [r.nom, { followers: r.abonnes, newFollowers: r.nouveauxAbonnes, audience: r.audience }])),
        label: 'Réseaux sociaux',
        definition: DECLARED,
      },
    ];
  },
};
