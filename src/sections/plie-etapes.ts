import type { PlieYear } from '../dataset/load.js';
import type { ExportRows } from '../dataset/export-rows.js';
import { inYear } from '../schemas/dates.js';
import { STEP_KINDS, type Step, type StepKind } from '../schemas/steps.js';
import { isEnParcours, isStepActive } from '../aggregation/plie-periods.js';
import { rankByCount } from '../aggregation/breakdowns.js';
import { distinct, type Measure } from '../measure/measure.js';
import { part, type ChartSpec, type Part, type Section } from '../measure/section.js';

/** The keys of the figures the page charts: named in their declaration and by their chart. */
const BY_KIND = 'plie.steps.byKind';
const BY_SUBTYPE = 'plie.steps.bySubtype';

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
}

/** How many sub-types the page charts. */
const TOP_SUBTYPES = 10;
const IAE: StepKind = "Emploi d'insertion (IAE)";
const PRESTATION: StepKind = 'Prestation';

/** The year's active steps of participants en parcours (a step lasting two years counts in both). */
export function activeSteps(data: PlieYear): ExportRows<Step> {
  const enParcours = new Set(data.participants.filter((p) => isEnParcours(p, data.year)).map((p) => p.identifiant));
  return data.steps.filter((s) => isStepActive(s, data.year) && enParcours.has(s.identifiant_participant));
}

const stepKind = (s: Step) => s.type_etape;
const MOBILISED = 'étapes mobilisées de l’année (étapes actives dans l’année des participants en parcours)';

export const plieEtapesSection: Section<'plie', PlieEtapes> = {
  id: 'plie-etapes',
  offer: 'plie',
  title: 'Les étapes de parcours',
  compute(data: PlieYear, m: Measure) {
    const steps = activeSteps(data);
    const started = steps.filter((s) => inYear(s.date_debut, data.year));
    const iaeSteps = steps.filter((s) => s.type_etape === IAE);
    const prestationSteps = steps.filter((s) => s.type_etape === PRESTATION);
    const total = m.count(
      {
        key: 'plie.steps',
        label: 'Étapes mobilisées',
        unit: 'count',
        definition: 'Étapes actives dans l’année (débutées au plus tard le 31/12, non terminées avant le 01/01) des participants en parcours.',
      },
      steps,
      { by: stepKind },
    );
    const participants = m.count(
      {
        key: 'plie.steps.participants',
        label: 'Participants ayant au moins une étape',
        unit: 'people',
        definition: 'Participants en parcours distincts ayant au moins une étape active dans l’année.',
      },
      distinct(steps, 'identifiant_participant'),
    );
    const startedShare = m.rate(
      {
        key: 'plie.steps.startedShare',
        label: 'Part des étapes démarrées dans l’année',
        unit: 'rate',
        definition: `Étapes mobilisées dont la date de début est dans l’année (numérateur) / ${MOBILISED} (dénominateur).`,
      },
      started,
      steps,
    );
    const byKind = m.countBy(
      {
        key: BY_KIND,
        label: 'Étapes par type',
        unit: 'count',
        definition: 'Étapes mobilisées de l’année par type : Emploi, Formation, Emploi d’insertion (IAE), Prestation.',
      },
      steps,
      stepKind,
      { order: STEP_KINDS },
    );
    const topSubtypes = m.countBy(
      {
        key: BY_SUBTYPE,
        label: 'Étapes les plus mobilisées',
        unit: 'count',
        definition:
          `Les ${TOP_SUBTYPES} sous-types les plus fréquents des étapes mobilisées de l’année (ex æquo par ordre alphabétique), ` +
          'avec leur nombre d’étapes.',
      },
      steps.filter((s) => s.sous_type !== undefined),
      (s) => s.sous_type!,
      { shape: (cells) => rankByCount(cells).slice(0, TOP_SUBTYPES) },
    );
    const iaeShare = m.rate(
      {
        key: 'plie.steps.iaeShare',
        label: 'Part des contrats IAE',
        unit: 'rate',
        history: true,
        definition: `Étapes « Emploi d’insertion (IAE) » mobilisées dans l’année (numérateur) / ${MOBILISED} (dénominateur).`,
      },
      iaeSteps,
      steps,
    );
    const prestationShare = m.rate(
      {
        key: 'plie.steps.prestationShare',
        label: 'Part des prestations (remobilisation)',
        unit: 'rate',
        history: true,
        definition: `Étapes « Prestation » mobilisées dans l’année (numérateur) / ${MOBILISED} (dénominateur).`,
      },
      prestationSteps,
      steps,
    );
    return {
      total,
      participants,
      startedInYear: { count: started.length, share: startedShare },
      byKind: byKind.map(({ label, count }) => ({
        kind: label as StepKind,
        ...part(count, total),
        startedInYear: started.filter((s) => s.type_etape === label).length,
      })),
      topSubtypes,
      iae: { count: iaeSteps.length, share: iaeShare },
      prestations: { count: prestationSteps.length, share: prestationShare },
    };
  },
  charts(m): ChartSpec[] {
    const { byKind, topSubtypes } = m;
    return [
      {
        id: 'plie-steps-kind',
        kind: 'doughnut',
        title: 'Étapes par type',
        indicator: BY_KIND,
        labels: byKind.map((k) => k.kind),
        values: byKind.map((k) => k.count),
      },
      {
        id: 'plie-steps-subtype',
        kind: 'horizontalBar',
        title: 'Étapes les plus mobilisées',
        indicator: BY_SUBTYPE,
        labels: topSubtypes.map((s) => s.label),
        values: topSubtypes.map((s) => s.count),
      },
    ];
  },
};
