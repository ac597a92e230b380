import type { ContentData } from '../dataset/content.js';
import type { OfferYear } from '../dataset/load.js';
import type { Communication } from '../schemas/content.js';
import type { Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import { declaredIn } from '../dataset/content-names.js';

const FILE = declaredIn('communication');
const DECLARED = `Chiffres déclarés dans ${FILE} (statistiques du site et des réseaux).`;

/** The communication page: website and social networks, declared. */
export const communicationSection: Section<'contenu', Communication> = {
  id: 'communication',
  offer: 'contenu',
  title: 'Communication',
  compute({ communication }: OfferYear<ContentData>, m: Measure) {
    if (communication === undefined) return undefined;
    const { site, reseaux } = communication;
    m.declare(
      {
        key: 'communication.website.visitors',
        label: 'Visiteurs du site internet',
        unit: 'people',
        definition: `Visiteurs du site internet dans l’année. ${DECLARED}`,
      },
      site.visiteurs,
      FILE,
    );
    m.declare(
      { key: 'communication.website.pageViews', label: 'Pages vues', unit: 'count', definition: `Pages du site internet vues dans l’année. ${DECLARED}` },
      site.pagesVues,
      FILE,
    );
    m.declare(
      {
        key: 'communication.networks',
        cellLabels: { followers: 'abonnés', newFollowers: 'nouveaux abonnés', audience: 'audience' },
        label: 'Réseaux sociaux',
        unit: { followers: 'people', newFollowers: 'people', audience: 'count' },
        definition:
          'Pour chaque réseau social : abonnés (followers), nouveaux abonnés de l’année (newFollowers) ' +
          `et audience (audience, telle que le réseau la définit : utilisateurs atteints, impressions…). ${DECLARED}`,
      },
      Object.fromEntries(reseaux.map((r) => [r.nom, { followers: r.abonnes, newFollowers: r.nouveauxAbonnes, audience: r.audience }])),
      FILE,
    );
    return communication;
  },
};
