import { inYear } from '../schemas/dates.js';
import { EVENT_KINDS, type EventKind, type Manifestation } from '../schemas/mde/manifestations.js';
import { part, type Part, type LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface EventGroup {
  kind: EventKind;
  events: (Omit<Manifestation, 'line'> & { territoryExhibitors: Part | undefined })[];
  totals: { exhibitors: number; visitors: number; participants: number; participantsFromTerritory: number; interviews: number };
}

export interface MdeManifestations {
  groups: EventGroup[];
}

const sum = (events: readonly Manifestation[], pick: (m: Manifestation) => number | undefined) => events.reduce((total, m) => total + (pick(m) ?? 0), 0);

/** The declared figures of one event, as its indicator names them. */
const EVENT_FIGURES = {
  exhibitors: (m: Manifestation) => m.exposants,
  exhibitorsFromTerritory: (m: Manifestation) => m.exposants_territoire,
  visitors: (m: Manifestation) => m.visiteurs,
  participants: (m: Manifestation) => m.participants,
  participantsFromTerritory: (m: Manifestation) => m.participants_territoire,
  interviews: (m: Manifestation) => m.entretiens,
};

/** « Co-organisation et/ou participation à des forums » : the declared events of the year, by kind. */
export const mdeManifestationsSection: LegacySection<'mde', MdeManifestations | undefined> = {
  id: 'mde-manifestations',
  offer: 'mde',
  title: 'Forums, salons et job datings',
  compute({ current }, _config, trace = noTrace) {
    const events = current.events.filter((m) => inYear(m.date, current.year)).sort((a, b) => a.date.localeCompare(b.date));
    if (events.length === 0) return undefined;
    const file = 'contenu/manifestations.csv';
    const groups = EVENT_KINDS.map((kind) => {
      const ofKind = events.filter((m) => m.type === kind);
      if (ofKind.length > 0) {
        // The events of a kind (each adds 1), then the totals of their declared figures.
        trace.sum('mde.events.byKind', { file, rows: ofKind }, () => 1, { group: `${kind} / events` });
        trace.sum('mde.events.byKind', { file, rows: ofKind }, (m) => m.exposants ?? 0, { group: `${kind} / exhibitors` });
        trace.sum('mde.events.byKind', { file, rows: ofKind }, (m) => m.visiteurs ?? 0, { group: `${kind} / visitors` });
        trace.sum('mde.events.byKind', { file, rows: ofKind }, (m) => m.participants ?? 0, { group: `${kind} / participants` });
        trace.sum('mde.events.byKind', { file, rows: ofKind }, (m) => m.entretiens ?? 0, { group: `${kind} / interviews` });
      }
      for (const m of ofKind) {
        // Each figure is the value of the event's own row (the mean of one value; of none when not declared: null).
        for (const [name, pick] of Object.entries(EVENT_FIGURES)) {
          trace.mean(`mde.events.${m.date}.${m.type}`, { file, rows: pick(m) === undefined ? [] : [m] }, (row) => pick(row)!, { group: name });
        }
      }
      return {
        kind,
        events: ofKind.map(({ line: _line, ...m }) => ({
          ...m,
          territoryExhibitors: m.exposants !== undefined && m.exposants_territoire !== undefined ? part(m.exposants_territoire, m.exposants) : undefined,
        })),
        totals: {
          exhibitors: sum(ofKind, (m) => m.exposants),
          visitors: sum(ofKind, (m) => m.visiteurs),
          participants: sum(ofKind, (m) => m.participants),
          participantsFromTerritory: sum(ofKind, (m) => m.participants_territoire),
          interviews: sum(ofKind, (m) => m.entretiens),
        },
      };
    }).filter((g) => g.events.length > 0);
    return { groups };
  },
  indicators(m) {
    if (!m) return [];
    return [
      {
        key: 'mde.events.byKind',
        value: Object.fromEntries(m.groups.map((g) => [g.kind, { events: g.events.length, exhibitors: g.totals.exhibitors, visitors: g.totals.visitors, participants: g.totals.participants, interviews: g.totals.interviews }])),
        label: 'Manifestations par type',
        definition: 'Déclaré dans contenu/manifestations.csv : par type, nombre de manifestations de l’année et totaux de leurs exposants, visiteurs, participants et entretiens.',
      },
      ...m.groups.flatMap((g) =>
        g.events.map((e) => ({
          key: `mde.events.${e.date}.${e.type}`,
          value: { exhibitors: e.exposants ?? null, exhibitorsFromTerritory: e.exposants_territoire ?? null, visitors: e.visiteurs ?? null, participants: e.participants ?? null, participantsFromTerritory: e.participants_territoire ?? null, interviews: e.entretiens ?? null },
          label: e.nom,
          definition: 'Déclaré dans contenu/manifestations.csv.',
        })),
      ),
    ];
  },
};
