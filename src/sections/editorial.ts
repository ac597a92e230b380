import type { LegacySection } from '../measure/section.js';

export interface Editorial {
  title: string;
  signatory: string;
  role: string;
  markdown: string;
}

/** The president's editorial, declared in `contenu/editorial.md`: text only, no figure. */
export const editorialSection: LegacySection<'contenu', Editorial | undefined> = {
  id: 'editorial',
  offer: 'contenu',
  title: 'Éditorial',
  front: true,
  compute({ current }) {
    const e = current.editorial;
    return e && { title: e.titre, signatory: e.signataire, role: e.fonction, markdown: e.markdown };
  },
  indicators: () => [],
};
