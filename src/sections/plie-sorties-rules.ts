import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import type { ExportRows } from '../dataset/export-rows.js';
import { positiveExitEvidence, stepsByParticipant, type ExitEvidence } from '../dataset/plie-evidence.js';
import type { Measure } from '../measure/measure.js';
import type { Participant } from '../schemas/participants.js';

/** The rule of neutralisation each adjusted rate applies: the reasons it takes out of the denominator. */
export interface NeutralisationRules {
  /** The configured rule (ALPES's): every sortie légitime, whatever its reason among those listed. */
  configured: { reasons: string[]; rate: number | null };
  /** The PLIE network's stricter rule: only moving, retirement, death (plie.strictLegitimateExitReasons). */
  strict: { reasons: string[]; rate: number | null };
}

export interface PositiveExitChecks {
  /** Positive exits of a checked category with no supporting step in the parcours. */
  unsupported: number;
  /** Positive exits supported by a CDI, a contract of minMonths or more (interim added up) or a business creation. */
  durableEmployment: number;
  minMonths: number;
}

/** The adjusted rate under the stricter rule: the sorties légitimes of the strict reasons alone leave the denominator. */
export function strictRate(m: Measure, config: Config, exits: ExportRows<Participant>, positives: ExportRows<Participant>): NeutralisationRules['strict'] {
  const { legitimateExitCategory, strictLegitimateExitReasons: reasons } = config.plie;
  const neutralised = (p: Participant) => p.categorie_sortie === legitimateExitCategory && reasons.includes(p.motif_sortie ?? '');
  const rate = m.rate(
    {
      key: 'plie.exits.adjustedPositiveRate.strict',
      label: 'Taux de sorties positives ajusté, règle stricte',
      unit: 'rate',
      history: true,
      definition:
        'Sorties positives de l’année (numérateur) / sorties de l’année moins les seules sorties légitimes de motif ' +
        `${reasons.length > 0 ? reasons.map((r) => `« ${r} »`).join(', ') : '(aucun)'} (dénominateur) : ` +
        'la règle des PLIE qui ne neutralisent que les sorties administratives (configuration : plie.strictLegitimateExitReasons).',
    },
    positives,
    exits.filter((p) => !neutralised(p)),
  );
  return { reasons, rate };
}

/** Each positive exit checked against its parcours (etapes.csv): the rules of plie.positiveExitEvidence. */
export function checkPositiveExits(m: Measure, data: PlieYear, config: Config, positives: ExportRows<Participant>): PositiveExitChecks {
  const rules = config.plie.positiveExitEvidence;
  const evidenceOf = positiveExitEvidence(config);
  const steps = stepsByParticipant(data.steps);
  const evidence = new Map<Participant, ExitEvidence>(positives.map((p) => [p, evidenceOf(p, steps.get(p.identifiant) ?? [])]));
  const reasonOf = (p: Participant) => {
    const e = evidence.get(p)!;
    return e.status === 'unsupported' ? e.reason : '';
  };
  // Chosen by looking at the steps: the figures name etapes.csv beside participants.csv.
  const unsupported = positives.pick(
    positives.filter((p) => evidence.get(p)!.status === 'unsupported'),
    data.steps,
  );
  const checked = [...rules.employmentCategories, ...rules.trainingCategories].filter((c) => config.plie.positiveExitCategories.includes(c));
  const count = m.count(
    {
      key: 'plie.exits.positive.unsupported',
      label: 'Sorties positives sans étape qui les justifie',
      unit: 'people',
      definition:
        `Sorties positives de l’année (catégories vérifiées : ${checked.join(', ')}) sans étape du parcours qui les justifie : ` +
        `pour l’emploi, un CDI, un contrat (CDD, contrat aidé) d’au moins ${rules.minMonths} mois, des missions d’intérim ` +
        `totalisant ${rules.minMonths} mois sur les ${rules.interimLookbackMonths} mois avant la sortie ou une création ` +
        `d’entreprise, autour de la sortie (à ${rules.aroundExitDays} jours près) ; pour la formation, une formation qualifiante ` +
        'en cours à la sortie ou validée. Des faits à vérifier, pas des erreurs : la sortie reste comptée positive.',
    },
    unsupported,
    { by: reasonOf },
  );
  const durable = positives.pick(
    positives.filter((p) => {
      const e = evidence.get(p)!;
      return e.status === 'supported' && e.durableEmployment;
    }),
    data.steps,
  );
  const durableEmployment = m.count(
    {
      key: 'plie.exits.positive.durableEmployment',
      label: 'Sorties en emploi durable',
      unit: 'people',
      definition:
        `Sorties positives de l’année justifiées dans le parcours par un emploi durable : un CDI, un contrat d’au moins ` +
        `${rules.minMonths} mois, des missions d’intérim totalisant ${rules.minMonths} mois (à 30 jours le mois) ou une création d’entreprise.`,
    },
    durable,
    {
      by: (p) => {
        const e = evidence.get(p)!;
        return e.status === 'supported' ? e.basis : '';
      },
    },
  );
  return { unsupported: count, durableEmployment, minMonths: rules.minMonths };
}
