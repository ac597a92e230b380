import type { ContentData } from '../dataset/content.js';
import type { OfferYear } from '../dataset/load.js';
import type { Section } from '../measure/section.js';

export interface Editorial {
  title: string;
  signatory: string;
  role: string;
  markdown: string;
}

/** The president's editorial, declared in `contenu/editorial.md`: text only, no figure. */
export const editorialSection: Section<'contenu', Editorial> = {
  id: 'editorial',
  offer: 'contenu',
  title: 'Éditorial',
  front: true,
  compute({ editorial: e }: OfferYear<ContentData>) {
    return e && { title: e.titre, signatory: e.signataire, role: e.fonction, markdown: e.markdown };
  },
};
