import type { PlieYear } from '../dataset/load.js';
import { inYear } from '../schemas/dates.js';
import { STEP_KINDS, type Step, type StepKind } from '../schemas/steps.js';
import { isEnParcours, isStepActive } from '../aggregation/plie-periods.js';
import { countByLabel, rankByCount } from '../aggregation/breakdowns.js';
import { historyRecord, part, type Part, type Past, type LegacySection } from '../measure/section.js';
import { noTrace, type Source } from '../measure/evidence.js';

export interface PlieEtapes {
  /** Étapes mobilisées: active in the year, of participants en parcours. */
  total: number;
  participants: number;
  startedInYear: Part;
  byKind: ({ kind: StepKind; startedInYear: number } & Part)[];
  /** The most frequent sub-types (immersion, CDD, ACI…), most frequent first. */
  topSubtypes: { label: string; count: number }[];
  iae: Part;
  prestations: Part;
  history: Past<{ iaeShare: number | null; prestationShare: number | null }>[];
}

/** How many sub-types the page charts. */
const TOP_SUBTYPES = 10;
const IAE: StepKind = "Emploi d'insertion (IAE)";
const PRESTATION: StepKind = 'Prestation';

/** The year's active steps of participants en parcours (a step lasting two years counts in both). */
export function activeSteps(data: PlieYear): Step[] {
  const enParcours = new Set(data.participants.filter((p) => isEnParcours(p, data.year)).map((p) => p.identifiant));
  return data.steps.filter((s) => isStepActive(s, data.year) && enParcours.has(s.identifiant_participant));
}

const ofKind = (steps: readonly Step[], kind: StepKind) => steps.filter((s) => s.type_etape === kind);
const kindPart = (steps: readonly Step[], kind: StepKind) => part(ofKind(steps, kind).length, steps.length);

export const plieEtapesSection: LegacySection<'plie', PlieEtapes> = {
  id: 'plie-etapes',
  offer: 'plie',
  title: 'Les étapes de parcours',
  compute(dataset, _config, trace = noTrace) {
    const { current } = dataset;
    const steps = activeSteps(current);
    const started = steps.filter((s) => inYear(s.date_debut, current.year));
    const topSubtypes = rankByCount(countByLabel(steps.filter((s) => s.sous_type !== undefined), (s) => s.sous_type!)).slice(0, TOP_SUBTYPES);
    const file = 'etapes.csv';
    const stepKind = (s: Step) => s.type_etape;
    trace.count('plie.steps', { file, rows: steps }, { group: stepKind });
    trace.count('plie.steps.participants', { file, rows: steps }, { distinctBy: (s) => s.identifiant_participant });
    trace.rate('plie.steps.startedShare', { file, rows: started }, { file, rows: steps });
    trace.count('plie.steps.byKind', { file, rows: steps }, { group: stepKind });
    trace.count('plie.steps.bySubtype', { file, rows: steps.filter((s) => topSubtypes.some((t) => t.label === s.sous_type)) }, { group: (s) => s.sous_type! });
    trace.rate('plie.steps.iaeShare', { file, rows: ofKind(steps, IAE) }, { file, rows: steps });
    trace.rate('plie.steps.prestationShare', { file, rows: ofKind(steps, PRESTATION) }, { file, rows: steps });
    for (const past of dataset.history) {
      const pastSteps = activeSteps(past);
      const source = (rows: readonly Step[]): Source<Step> => ({ file, rows, year: past.year });
      const group = String(past.year);
      trace.rate('plie.steps.iaeShare.history', source(ofKind(pastSteps, IAE)), source(pastSteps), { group });
      trace.rate('plie.steps.prestationShare.history', source(ofKind(pastSteps, PRESTATION)), source(pastSteps), { group });
    }
    return {
      total: steps.length,
      participants: new Set(steps.map((s) => s.identifiant_participant)).size,
      startedInYear: part(started.length, steps.length),
      byKind: STEP_KINDS.map((kind) => ({
        kind,
        ...kindPart(steps, kind),
        startedInYear: ofKind(started, kind).length,
      })),
      topSubtypes,
      iae: kindPart(steps, IAE),
      prestations: kindPart(steps, PRESTATION),
      history: dataset.history.map((data) => {
        const past = activeSteps(data);
        return { year: data.year, value: { iaeShare: kindPart(past, IAE).share, prestationShare: kindPart(past, PRESTATION).share } };
      }),
    };
  },
  indicators(m) {
    return [
      { key: 'plie.steps', value: m.total, label: 'Étapes mobilisées', definition: 'Étapes actives dans l’année (débutées au plus tard le 31/12, non terminées avant le 01/01) des participants en parcours.' },
      { key: 'plie.steps.participants', value: m.participants, label: 'Participants ayant au moins une étape', definition: 'Participants en parcours distincts ayant au moins une étape active dans l’année.' },
      { key: 'plie.steps.startedShare', value: m.startedInYear.share, label: 'Part des étapes démarrées dans l’année', definition: 'Étapes mobilisées dont la date de début est dans l’année / étapes mobilisées.' },
      { key: 'plie.steps.byKind', value: Object.fromEntries(m.byKind.map((k) => [k.kind, k.count])), label: 'Étapes par type', definition: 'Étapes mobilisées par type : Emploi, Formation, Emploi d’insertion (IAE), Prestation.' },
      { key: 'plie.steps.bySubtype', value: Object.fromEntries(m.topSubtypes.map((s) => [s.label, s.count])), label: 'Étapes les plus mobilisées', definition: `Les ${TOP_SUBTYPES} sous-types d’étapes mobilisées les plus fréquents.` },
      { key: 'plie.steps.iaeShare', value: m.iae.share, label: 'Part des contrats IAE', definition: 'Étapes « Emploi d’insertion (IAE) » / étapes mobilisées.' },
      { key: 'plie.steps.iaeShare.history', value: historyRecord(m.history, (v) => v.iaeShare), label: 'Part des contrats IAE, années précédentes', definition: 'Même part, pour chaque année précédente.' },
      { key: 'plie.steps.prestationShare.history', value: historyRecord(m.history, (v) => v.prestationShare), label: 'Part des prestations, années précédentes', definition: 'Même part, pour chaque année précédente.' },
      { key: 'plie.steps.prestationShare', value: m.prestations.share, label: 'Part des prestations (remobilisation)', definition: 'Étapes « Prestation » / étapes mobilisées.' },
    ];
  },
  charts(m) {
    return [
      { id: 'plie-steps-kind', kind: 'doughnut', title: 'Étapes par type', labels: m.byKind.map((k) => k.kind), values: m.byKind.map((k) => k.count) },
      { id: 'plie-steps-subtype', kind: 'horizontalBar', title: 'Étapes les plus mobilisées', labels: m.topSubtypes.map((s) => s.label), values: m.topSubtypes.map((s) => s.count) },
    ];
  },
};
