import { inYear } from '../schemas/dates.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import type { Situation } from '../schemas/ml/situations.js';

export interface MdeSiaeInterim {
  siae: { total: number; byType: { label: string; count: number; name: string | undefined }[] };
  interim: { people: number; contracts: number };
}

export const SIAE_TYPES = ['ACI', 'EI', 'AI', 'ETTI'];
const SIAE_NAMES: Record<string, string> = {
  ACI: 'Ateliers et Chantiers d’Insertion',
  EI: 'Entreprises d’Insertion',
  AI: 'Associations Intermédiaires',
  ETTI: 'Entreprises de Travail Temporaire d’Insertion',
};

const siaeType = (s: Situation) => s.sous_type!;

/** SIAE placements and the temporary-work contracts of the people the association follows. */
export const mdeSiaeInterimSection: Section<'mde', MdeSiaeInterim> = {
  id: 'mde-siae-interim',
  offer: 'mde',
  title: 'SIAE et intérim',
  compute(data: OfferYear<MdeData>, m: Measure) {
    const started = data.situations.where('type', (t) => t === 'Emploi').where('date_debut', (d) => inYear(d, data.year));
    if (started.length === 0) return undefined;
    const placements = started.where('sous_type', (t) => SIAE_TYPES.includes(t ?? ''));
    const interim = started.where('sous_type', (t) => t === 'Intérim');
    const byType = m.countBy(
      {
        key: 'mde.siae.placements',
        label: 'Placements en SIAE par type de structure',
        unit: 'count',
        definition: 'Situations « Emploi » du programme MDE démarrées dans l’année, par type de structure (sous-type ACI, EI, AI ou ETTI).',
      },
      placements,
      siaeType,
      { order: SIAE_TYPES },
    );
    const total = m.count(
      {
        key: 'mde.siae.total',
        label: 'Personnes placées en SIAE',
        unit: 'count',
        definition: 'Placements en SIAE de l’année : situations « Emploi » du programme MDE de sous-type ACI, EI, AI ou ETTI démarrées dans l’année.',
      },
      placements,
      { by: siaeType },
    );
    const people = m.count(
      {
        key: 'mde.interim.people',
        label: 'Personnes ayant signé des contrats d’intérim',
        unit: 'people',
        definition: 'Personnes distinctes ayant au moins une situation « Emploi » de sous-type « Intérim » du programme MDE démarrée dans l’année.',
      },
      distinct(interim, 'identifiant_personne'),
    );
    const contracts = m.count(
      {
        key: 'mde.interim.contracts',
        label: 'Contrats d’intérim signés',
        unit: 'count',
        definition: 'Situations « Emploi » de sous-type « Intérim » du programme MDE démarrées dans l’année.',
      },
      interim,
    );
    return {
      siae: { total, byType: byType.map((t) => ({ ...t, name: SIAE_NAMES[t.label] })) },
      interim: { people, contracts },
    };
  },
};
