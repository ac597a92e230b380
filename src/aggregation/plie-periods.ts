import type { Participant } from '../schemas/participants.js';
import { isBelowBac } from '../schemas/person.js';
import { ageAt, inYear, yearEnd, yearStart } from '../schemas/dates.js';
import type { Step } from '../schemas/steps.js';

/** Entered on or before 31/12/Y and not exited before 01/01/Y (an exit dated 31/12 is still en parcours). */
export const isEnParcours = (p: Participant, year: number): boolean =>
  p.date_entree <= yearEnd(year) && (p.date_sortie === undefined || p.date_sortie >= yearStart(year));

/** Still in parcours on 31/12/Y: entered by then, and no exit dated on or before it (an exit dated 31/12 has left). */
export const isInParcoursAtYearEnd = (p: Participant, year: number): boolean =>
  p.date_entree <= yearEnd(year) && (p.date_sortie === undefined || p.date_sortie > yearEnd(year));

export const isEntry = (p: Participant, year: number): boolean => inYear(p.date_entree, year);

export const isExit = (p: Participant, year: number): boolean => inYear(p.date_sortie, year);

/** Age in full years at the entry into the PLIE, when the entry criteria are assessed. */
export const ageAtEntry = (p: Participant): number => ageAt(p.date_naissance, p.date_entree);

export const isLowQualification = (p: Participant): boolean => isBelowBac(p.niveau_qualification);

/** Started on or before 31/12/Y and not ended before 01/01/Y. */
export const isStepActive = (s: Step, year: number): boolean => s.date_debut <= yearEnd(year) && (s.date_fin === undefined || s.date_fin >= yearStart(year));
