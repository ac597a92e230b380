import { inYear } from '../schemas/dates.js';
import { asRecord, countByLabel } from '../aggregation/breakdowns.js';
import { distinct } from '../aggregation/ml-periods.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MdeSiaeInterim {
  siae: { total: number; byType: { label: string; count: number }[] };
  interim: { people: number; contracts: number };
}

export const SIAE_TYPES = ['ACI', 'EI', 'AI', 'ETTI'];
const SIAE_NAMES: Record<string, string> = {
  ACI: 'Ateliers et Chantiers d’Insertion',
  EI: 'Entreprises d’Insertion',
  AI: 'Associations Intermédiaires',
  ETTI: 'Entreprises de Travail Temporaire d’Insertion',
};

/** SIAE placements and the temporary-work contracts of the people the association follows. */
export const mdeSiaeInterimSection: LegacySection<'mde', MdeSiaeInterim | undefined> = {
  id: 'mde-siae-interim',
  offer: 'mde',
  title: 'SIAE et intérim',
  compute({ current }, _config, trace = noTrace) {
    const started = current.situations.filter((s) => s.type === 'Emploi' && inYear(s.date_debut, current.year));
    if (started.length === 0) return undefined;
    const placements = started.filter((s) => SIAE_TYPES.includes(s.sous_type ?? ''));
    const interim = started.filter((s) => s.sous_type === 'Intérim');
    const file = 'situations.csv';
    trace.count('mde.siae.placements', { file, rows: placements }, { group: (s) => s.sous_type! });
    trace.count('mde.siae.total', { file, rows: placements }, { group: (s) => s.sous_type! });
    trace.count('mde.interim.people', { file, rows: interim }, { distinctBy: (s) => s.identifiant_personne });
    trace.count('mde.interim.contracts', { file, rows: interim });
    return {
      siae: { total: placements.length, byType: countByLabel(placements, (s) => s.sous_type!, SIAE_TYPES).map((t) => ({ ...t, name: SIAE_NAMES[t.label] })) },
      interim: { people: distinct(interim, (s) => s.identifiant_personne), contracts: interim.length },
    };
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    return [
      { key: 'mde.siae.placements', value: asRecord(m.siae.byType), label: 'Placements en SIAE par type de structure', definition: 'Situations MDE de sous-type ACI, EI, AI ou ETTI démarrées dans l’année.' },
      { key: 'mde.siae.total', value: m.siae.total, label: 'Personnes placées en SIAE', definition: 'Placements en SIAE de l’année.' },
      { key: 'mde.interim.people', value: m.interim.people, label: 'Personnes ayant signé des contrats d’intérim', definition: 'Personnes distinctes ayant un contrat d’intérim (situation MDE « Intérim ») démarré dans l’année.' },
      { key: 'mde.interim.contracts', value: m.interim.contracts, label: 'Contrats d’intérim signés', definition: 'Situations MDE « Intérim » démarrées dans l’année.' },
    ];
  },
};
