import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import { daysBetween, inYear, type IsoDate } from '../schemas/dates.js';
import type { Participant } from '../schemas/participants.js';
import type { Step } from '../schemas/steps.js';
import { normalizeKey } from '../text/fold.js';

type Rules = Config['plie']['positiveExitEvidence'];

/** Interim periods are added up in days: a month of interim is 30 days (6 months, 180 days; any 6 calendar months last 181 or more). */
export const INTERIM_DAYS_PER_MONTH = 30;

/**
 * What the parcours says of a positive exit: `supported` with what supports it (a contract, a
 * training), or not with the reason; `unchecked` for a positive category the rules do not check.
 */
export type ExitEvidence =
  { status: 'supported'; durableEmployment: boolean; basis: string } | { status: 'unsupported'; reason: string } | { status: 'unchecked' };

/** The French reasons an exit is unsupported, as `explain` and the notices print them. */
export const UNSUPPORTED = {
  noStep: 'aucune étape dans le parcours',
  noContract: 'aucun contrat autour de la sortie',
  openContract: 'contrat sans date de fin : durée inconnue',
  shortContract: (months: number) => `contrat de moins de ${months} mois`,
  noTraining: 'aucune formation qualifiante autour de la sortie',
  trainingNotValidated: 'formation qualifiante terminée sans être validée',
} as const;

/** `date` moved by whole months, the day kept or cut to the month's last (31/08 + 6 months = 28 or 29/02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const addDays = (date: IsoDate, days: number): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A continuous contract lasts `months` when its last day is at least the day before the same date `months` later (01/01 → 30/06 is 6 months). */
export const lastsMonths = (start: IsoDate, end: IsoDate, months: number): boolean => addDays(end, 1) >= addMonths(start, months);

/** Days covered by periods, each day once (overlapping missions are not counted twice); ends inclusive. */
export function coveredDays(periods: readonly (readonly [IsoDate, IsoDate])[]): number {
  const sorted = periods.filter(([from, to]) => to >= from).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  let days = 0;
  let reached: IsoDate | undefined;
  for (const [from, to] of sorted) {
    const start = reached !== undefined && from <= reached ? addDays(reached, 1) : from;
    if (to >= start) days += daysBetween(start, to) + 1;
    if (reached === undefined || to > reached) reached = to;
  }
  return days;
}

const folded = (list: readonly string[]) => new Set(list.map(normalizeKey));

/** The rules of `plie.positiveExitEvidence`, compiled once: `evidenceOf(exit, itsSteps)`. */
export function positiveExitEvidence(config: Config): (exit: Participant, steps: readonly Step[]) => ExitEvidence {
  const rules = config.plie.positiveExitEvidence;
  const employment = new Set(rules.employmentCategories.filter((c) => config.plie.positiveExitCategories.includes(c)));
  const training = new Set(rules.trainingCategories.filter((c) => config.plie.positiveExitCategories.includes(c)));
  const sets = {
    jobKinds: folded(rules.employmentStepKinds),
    trainingKinds: folded(rules.trainingStepKinds),
    permanent: folded(rules.permanentContracts),
    fixedTerm: folded(rules.fixedTermContracts),
    interim: folded(rules.interimContracts),
    creation: folded(rules.businessCreations),
    qualifying: folded(rules.qualifyingTrainings),
  };
  return (exit, steps) => {
    const category = exit.categorie_sortie ?? '';
    const at = exit.date_sortie;
    if (at === undefined || (!employment.has(category) && !training.has(category))) return { status: 'unchecked' };
    if (steps.length === 0) return { status: 'unsupported', reason: UNSUPPORTED.noStep };
    return employment.has(category) ? jobEvidence(at, steps, rules, sets) : trainingEvidence(at, steps, rules, sets);
  };
}

type Sets = Record<'jobKinds' | 'trainingKinds' | 'permanent' | 'fixedTerm' | 'interim' | 'creation' | 'qualifying', Set<string>>;

const subtype = (s: Step) => normalizeKey(s.sous_type ?? '');

/** Whether a step runs within `days` of the exit: started by exit + days, not ended before exit − days. */
const around = (s: Step, at: IsoDate, days: number) => s.date_debut <= addDays(at, days) && (s.date_fin === undefined || s.date_fin >= addDays(at, -days));

function jobEvidence(at: IsoDate, steps: readonly Step[], rules: Rules, sets: Sets): ExitEvidence {
  const jobs = steps.filter((s) => sets.jobKinds.has(normalizeKey(s.type_etape)));
  const near = jobs.filter((s) => around(s, at, rules.aroundExitDays));
  const supported = (basis: string): ExitEvidence => ({ status: 'supported', durableEmployment: true, basis });
  if (near.some((s) => sets.permanent.has(subtype(s)))) return supported('CDI');
  if (near.some((s) => sets.creation.has(subtype(s)))) return supported('Création d’entreprise');
  const fixedTerm = near.filter((s) => sets.fixedTerm.has(subtype(s)));
  if (fixedTerm.some((s) => s.date_fin !== undefined && lastsMonths(s.date_debut, s.date_fin, rules.minMonths))) {
    return supported(`Contrat d’au moins ${rules.minMonths} mois`);
  }
  // Interim missions of the months before the exit, added up; a mission without end counts up to the exit.
  const since = addMonths(at, -rules.interimLookbackMonths);
  const missions = jobs
    .filter((s) => sets.interim.has(subtype(s)) && s.date_debut <= addDays(at, rules.aroundExitDays) && (s.date_fin ?? at) >= since)
    .map((s) => [s.date_debut < since ? since : s.date_debut, s.date_fin ?? at] as const);
  if (missions.length > 0 && coveredDays(missions) >= rules.minMonths * INTERIM_DAYS_PER_MONTH) {
    return supported(`Intérim cumulé d’au moins ${rules.minMonths} mois`);
  }
  if (fixedTerm.some((s) => s.date_fin === undefined)) return { status: 'unsupported', reason: UNSUPPORTED.openContract };
  if (fixedTerm.length > 0 || missions.length > 0) return { status: 'unsupported', reason: UNSUPPORTED.shortContract(rules.minMonths) };
  return { status: 'unsupported', reason: UNSUPPORTED.noContract };
}

function trainingEvidence(at: IsoDate, steps: readonly Step[], rules: Rules, sets: Sets): ExitEvidence {
  const trainings = steps.filter((s) => sets.trainingKinds.has(normalizeKey(s.type_etape)) && sets.qualifying.has(subtype(s)));
  // Under way at the exit: started by then (or within the days around it), not ended before it.
  const underWay = trainings.some((s) => s.date_debut <= addDays(at, rules.aroundExitDays) && (s.date_fin === undefined || s.date_fin >= at));
  if (underWay) return { status: 'supported', durableEmployment: false, basis: 'Formation qualifiante en cours à la sortie' };
  const ended = trainings.filter((s) => around(s, at, rules.aroundExitDays));
  if (ended.some((s) => s.resultat === 'Validé')) return { status: 'supported', durableEmployment: false, basis: 'Formation qualifiante validée' };
  return { status: 'unsupported', reason: ended.length > 0 ? UNSUPPORTED.trainingNotValidated : UNSUPPORTED.noTraining };
}

/**
 * Whether a step is the job or the training a participant left for: a step of a job or training kind
 * of a positive exit, started at the latest `aroundExitDays` after it, may run past the exit (a
 * 6-month CDD signed on the day of the exit, a training validated after it) without being out of the parcours.
 */
export function continuesPositiveExit(config: Config): (owner: Participant, step: Step) => boolean {
  const rules = config.plie.positiveExitEvidence;
  const kinds = folded([...rules.employmentStepKinds, ...rules.trainingStepKinds]);
  return (owner, step) =>
    owner.date_sortie !== undefined &&
    config.plie.positiveExitCategories.includes(owner.categorie_sortie ?? '') &&
    kinds.has(normalizeKey(step.type_etape)) &&
    step.date_debut <= addDays(owner.date_sortie, rules.aroundExitDays);
}

/** The steps of each participant, by identifier. */
export function stepsByParticipant(steps: Iterable<Step>): Map<string, Step[]> {
  const byId = new Map<string, Step[]>();
  for (const s of steps) {
    const list = byId.get(s.identifiant_participant);
    if (list === undefined) byId.set(s.identifiant_participant, [s]);
    else list.push(s);
  }
  return byId;
}

/**
 * The year's positive exits with no step of the parcours to support them (plie.positiveExitEvidence),
 * each told as a notice on its row: facts to review, not data errors (`--strict` does not stop on them).
 */
export function unsupportedExits(participants: readonly Participant[], steps: readonly Step[], year: number, file: string, config: Config): DataIssue[] {
  const evidenceOf = positiveExitEvidence(config);
  const byId = stepsByParticipant(steps);
  const issues: DataIssue[] = [];
  for (const p of participants) {
    if (!inYear(p.date_sortie, year) || !config.plie.positiveExitCategories.includes(p.categorie_sortie ?? '')) continue;
    const evidence = evidenceOf(p, byId.get(p.identifiant) ?? []);
    if (evidence.status !== 'unsupported') continue;
    issues.push({
      severity: 'notice',
      file,
      line: p.line,
      // Without its date or identifier (the line names the row): the exits of one reason are said once, with their lines.
      message:
        `sortie positive « ${p.categorie_sortie} » sans étape qui la justifie : ${evidence.reason} ` +
        `(à vérifier ; elle reste comptée positive ; la liste : alpes-report explain ${year} plie.exits.positive.unsupported)`,
    });
  }
  return issues;
}
