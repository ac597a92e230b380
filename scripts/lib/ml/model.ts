/**
 * The simulated Mission Locale: young people (jeunes) and everything the exports hold about them.
 * Dates are true dates; an export shows an end date only when it falls in or before its year.
 */
import type { Day } from '../dates.js';
import type { Commune } from '../territory.js';

export type Sex = 'F' | 'H';
export type Level = 'Infra 3' | '3' | '4' | '5' | '6';

export interface Jeune {
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birth: Day;
  /** Set while dealing a scheme that depends on the exact age (Obligation de formation). */
  birthFixed: boolean;
  commune: Commune | undefined;
  communeCell: string;
  qpv: boolean;
  level: Level;
  firstReception: Day;
  /** The export years in which the jeune has some activity (hence a row of jeunes.csv). */
  years: ReadonlySet<number>;
  /** Generation bookkeeping: year group of the first reception (never exported). */
  cohort: 'new2023' | 'new2022' | 'earlier';
}

/** An interval of days, both ends included; `end` is the true end, possibly after the exports. */
export interface Period {
  start: Day;
  end: Day;
}

export type SchemeKind = 'CEJ' | 'Garantie Jeunes' | 'PACEA' | 'Parrainage' | 'PPAE' | 'Obligation de formation' | 'Justice' | 'Suivi renforcé TH' | 'Coaching';

export interface Scheme extends Period {
  jeune: Jeune;
  kind: SchemeKind;
  /** Obligation de formation: the status at 31/12 of each year it is still open then. */
  statusAtYearEnd: Map<number, string>;
}

export type SituationType = 'Emploi' | 'Alternance' | 'Formation' | 'Immersion (PMSMP)' | 'Service civique' | 'Mobilité internationale';

export interface Situation extends Period {
  jeune: Jeune;
  type: SituationType;
  subType: string;
  sector: string;
  /** Service civique only: under the Mission Locale's own agrément. */
  agrement: boolean | undefined;
  financeur: string;
}

export type EventType = 'Entretien individuel' | 'Atelier' | 'Information collective' | 'Forum' | 'Téléphone' | 'E-mail' | 'SMS' | 'Courrier' | 'Visite';

export interface MlEvent {
  jeune: Jeune;
  date: Day;
  type: EventType;
  theme: string;
  atelier: string;
  intervenant: string;
}

export interface Proposal {
  jeune: Jeune;
  date: Day;
  theme: string;
  detail: string;
}

export type Fund = 'Allocation CEJ/GJ' | 'Allocation PACEA' | 'FAJ' | 'Fonds ML formation' | 'Fonds ML repas' | 'Mobilité MDE';
export type Decision = 'Accordée' | '' | 'Refusée' | 'Ajournée';

export interface Aid {
  programme: 'ML' | 'MDE';
  beneficiary: string;
  fund: Fund;
  date: Day;
  /** In cents; undefined for an application refused or adjourned with an empty amount. */
  cents: number | undefined;
  decision: Decision;
  /** Written `612,00 €` rather than `612,00`, as some exports do. */
  euroSuffix: boolean;
}

export interface MissionLocale {
  jeunes: Jeune[];
  schemes: Scheme[];
  situations: Situation[];
  events: MlEvent[];
  proposals: Proposal[];
  aids: Aid[];
}
