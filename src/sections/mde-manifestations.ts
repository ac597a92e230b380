import { inYear } from '../schemas/dates.js';
import { EVENT_KINDS, type EventKind, type Manifestation } from '../schemas/mde/manifestations.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { averaging, cells, summing, type Measure } from '../measure/measure.js';
import { part, type Part, type Section } from '../measure/section.js';

export interface EventGroup {
  kind: EventKind;
  events: (Omit<Manifestation, 'line'> & { territoryExhibitors: Part | undefined })[];
  /** The kind's events and the totals of their declared figures, as `mde.events.byKind` has them. */
  totals: { events: number; exhibitors: number; visitors: number; participants: number; interviews: number };
}

export interface MdeManifestations {
  groups: EventGroup[];
}

/** The declared figures of one event, as its indicator names them. */
/** The French names of an event's figures (the spreadsheets' columns). */
const EVENT_LABELS = {
  exhibitors: 'exposants',
  exhibitorsFromTerritory: 'exposants du territoire',
  visitors: 'visiteurs',
  participants: 'participants',
  participantsFromTerritory: 'participants du territoire',
  interviews: 'entretiens',
};
const EVENT_FIGURES = {
  exhibitors: (m: Manifestation) => m.exposants,
  exhibitorsFromTerritory: (m: Manifestation) => m.exposants_territoire,
  visitors: (m: Manifestation) => m.visiteurs,
  participants: (m: Manifestation) => m.participants,
  participantsFromTerritory: (m: Manifestation) => m.participants_territoire,
  interviews: (m: Manifestation) => m.entretiens,
};

/**
 * The events of a kind and the totals of their declared figures. All sums (an event adds 1), so
 * that `explain` recomputes each cell of the breakdown the same way.
 */
function kindCells(events: ExportRows<Manifestation>) {
  const total = (pick: (m: Manifestation) => number | undefined) => summing(events, (m) => pick(m) ?? 0);
  return cells({
    events: summing(events, () => 1),
    exhibitors: total(EVENT_FIGURES.exhibitors),
    visitors: total(EVENT_FIGURES.visitors),
    participants: total(EVENT_FIGURES.participants),
    interviews: total(EVENT_FIGURES.interviews),
  });
}

/** Each figure of one event is the value of its own row (the mean of one value; of none, null, when not declared). */
function declaredFigures(events: ExportRows<Manifestation>, event: Manifestation, m: Measure) {
  m.figure(
    {
      key: `mde.events.${event.date}.${event.type}`,
      cellLabels: EVENT_LABELS,
      label: event.nom,
      unit: 'count',
      definition:
        `Chiffres déclarés par l’association pour la manifestation « ${event.type} » du ${event.date} : exposants et, parmi eux, ceux du territoire, ` +
        'visiteurs, participants et, parmi eux, ceux du territoire, entretiens réalisés ; vide quand il n’est pas déclaré.',
    },
    cells(
      Object.fromEntries(
        Object.entries(EVENT_FIGURES).map(([name, pick]) => [name, averaging(events.pick(pick(event) === undefined ? [] : [event]), (r) => pick(r)!)]),
      ),
    ),
  );
}

/** « Co-organisation et/ou participation à des forums » : the declared events of the year, by kind. */
export const mdeManifestationsSection: Section<'mde', MdeManifestations> = {
  id: 'mde-manifestations',
  offer: 'mde',
  title: 'Forums, salons et job datings',
  compute(data: OfferYear<MdeData>, m: Measure) {
    const events = data.events.filter((e) => inYear(e.date, data.year)).sort((a, b) => a.date.localeCompare(b.date));
    if (events.length === 0) return undefined;
    const kinds = EVENT_KINDS.map((kind) => ({ kind, events: events.filter((e) => e.type === kind) })).filter((k) => k.events.length > 0);
    const byKind = m.figure(
      {
        key: 'mde.events.byKind',
        cellLabels: {
          events: 'manifestations',
          exhibitors: EVENT_LABELS.exhibitors,
          visitors: EVENT_LABELS.visitors,
          participants: EVENT_LABELS.participants,
          interviews: EVENT_LABELS.interviews,
        },
        label: 'Manifestations par type',
        unit: 'count',
        definition:
          'Manifestations de l’année déclarées par l’association, par type : leur nombre et les totaux de leurs exposants, visiteurs, ' +
          'participants et entretiens réalisés (un chiffre non déclaré compte pour 0).',
      },
      cells(Object.fromEntries(kinds.map(({ kind, events: ofKind }) => [kind, kindCells(ofKind)]))),
    );
    for (const { events: ofKind } of kinds) for (const event of ofKind) declaredFigures(ofKind, event, m);
    const groups = kinds.map(({ kind, events: ofKind }) => ({
      kind,
      events: ofKind.map(({ line: _line, ...e }) => ({
        ...e,
        territoryExhibitors: e.exposants !== undefined && e.exposants_territoire !== undefined ? part(e.exposants_territoire, e.exposants) : undefined,
      })),
      totals: byKind[kind]!,
    }));
    return { groups };
  },
};
