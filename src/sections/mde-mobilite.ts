import { inYear } from '../schemas/dates.js';
import { isGranted, MOBILITY_NATURES, type Aide } from '../schemas/ml/aides.js';
import { distinct } from '../aggregation/ml-periods.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface MobilityLine {
  nature: (typeof MOBILITY_NATURES)[number];
  aids: number;
  people: number;
  fromTerritory: number;
  inQpv: number;
  trips: number;
}

export interface MdeMobilite {
  lines: MobilityLine[];
}

/** People counted once each, as their first row (a person has one commune and one QPV status). */
function people(rows: readonly Aide[]) {
  const first = new Map<string, Aide>();
  for (const r of rows) if (!first.has(r.identifiant_beneficiaire)) first.set(r.identifiant_beneficiaire, r);
  const list = [...first.values()];
  return { people: list, fromTerritory: list.filter((a) => a.commune.insee !== undefined), inQpv: list.filter((a) => a.qpv) };
}

/** « Dispositif Mobilité »: the mobility scheme's aids of the year, by what they paid for. */
export const mdeMobiliteSection: LegacySection<'mde', MdeMobilite | undefined> = {
  id: 'mde-mobilite',
  offer: 'mde',
  title: 'Dispositif Mobilité',
  compute({ current }, _config, trace = noTrace) {
    const aids = current.aids.filter((a) => a.nature !== undefined && isGranted(a) && inYear(a.date, current.year));
    if (aids.length === 0) return undefined;
    const file = 'aides.csv';
    const byNature = MOBILITY_NATURES.map((nature) => ({ nature, rows: aids.filter((a) => a.nature === nature) })).filter(({ rows }) => rows.length > 0);
    const lines = byNature.map(({ nature, rows }) => {
      const p = people(rows);
      const collective = rows.filter((a) => a.deplacement !== undefined);
      const cell = (name: string) => `${nature} / ${name}`;
      trace.count('mde.mobility.byNature', { file, rows }, { group: cell('aids') });
      for (const [name, list] of Object.entries(p)) trace.count('mde.mobility.byNature', { file, rows: list }, { group: cell(name) });
      trace.count('mde.mobility.byNature', { file, rows: collective }, { group: cell('trips'), distinctBy: (a) => a.deplacement! });
      return { nature, aids: rows.length, people: p.people.length, fromTerritory: p.fromTerritory.length, inQpv: p.inQpv.length, trips: distinct(collective, (a) => a.deplacement) };
    });
    trace.count('mde.mobility.passTopUps', { file, rows: byNature.find((n) => n.nature === 'Recharge Pass Pass')?.rows ?? [] });
    return { lines };
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    return [
      {
        key: 'mde.mobility.byNature',
        value: Object.fromEntries(m.lines.map((l) => [l.nature, { aids: l.aids, people: l.people, fromTerritory: l.fromTerritory, inQpv: l.inQpv, trips: l.trips }])),
        label: 'Aides à la mobilité par nature',
        definition: 'Aides MDE « Mobilité MDE » accordées dans l’année, par nature : aides, personnes distinctes, dont du territoire et résidant en QPV, déplacements collectifs distincts.',
      },
      { key: 'mde.mobility.passTopUps', value: m.lines.find((l) => l.nature === 'Recharge Pass Pass')?.aids ?? 0, label: 'Rechargements d’abonnements mensuels', definition: 'Aides « Recharge Pass Pass » accordées dans l’année.' },
    ];
  },
};
