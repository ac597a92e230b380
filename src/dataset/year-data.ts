import type { DataIssue } from '../errors.js';
import type { BusinessCreation } from '../schemas/content.js';
import type { Manifestation } from '../schemas/mde/manifestations.js';
import type { ClauseHours } from '../schemas/mde/clauses.js';
import type { CyberbaseRow } from '../schemas/mde/cyberbase.js';
import type { EmployerAction, JobOffer } from '../schemas/mde/relations.js';
import type { Aide } from '../schemas/ml/aides.js';
import type { Dispositif } from '../schemas/ml/dispositifs.js';
import type { Evenement } from '../schemas/ml/evenements.js';
import type { Jeune } from '../schemas/ml/jeunes.js';
import type { Proposition } from '../schemas/ml/propositions.js';
import type { Situation } from '../schemas/ml/situations.js';
import type { Participant } from '../schemas/participants.js';
import type { SourceInfo } from '../schemas/source.js';
import type { Step } from '../schemas/steps.js';
import type { ContentData } from './content.js';
import type { ExportRows } from './export-rows.js';
import type { Rows } from './rows.js';

export interface PlieData {
  participants: ExportRows<Participant>;
  steps: ExportRows<Step>;
}

export interface MlData {
  jeunes: ExportRows<Jeune>;
  /** Millions of rows at a national volume: kept in columns (see `Table`). */
  evenements: Rows<Evenement>;
  propositions: Rows<Proposition>;
  /** The Mission Locale's situations (programme ML). */
  situations: Rows<Situation>;
  dispositifs: Rows<Dispositif>;
  aides: Rows<Aide>;
}

/** Each offer's data, as the sections of that offer read it; `contenu` is the year's declared content. */
export interface OfferData {
  plie: PlieData;
  ml: MlData;
  mde: MdeData;
  contenu: ContentData;
}

/** The Maison de l'Emploi's data: its exports and what the analyst declares (events, business creation). */
export interface MdeData {
  events: ExportRows<Manifestation>;
  businessCreation: BusinessCreation | undefined;
  /** The employer-relations log and the job offers published. */
  employerActions: ExportRows<EmployerAction> | undefined;
  offers: ExportRows<JobOffer> | undefined;
  clauses: ExportRows<ClauseHours> | undefined;
  cyberbase: ExportRows<CyberbaseRow> | undefined;
  /** The MDE's rows of situations.csv: SIAE placements, temporary-work contracts. */
  situations: Rows<Situation>;
  /** The MDE's rows of aides.csv: the mobility scheme. */
  aids: Rows<Aide>;
}

/** One year's validated exports; an offer whose files are absent from the folder is undefined. */
export interface YearData {
  year: number;
  source: SourceInfo;
  plie?: PlieData;
  ml?: MlData;
  mde?: MdeData;
  contenu?: ContentData;
}

export type OfferYear<T> = T & { year: number };
export type PlieYear = OfferYear<PlieData>;
export type MlYear = OfferYear<MlData>;

/** What a section computes from: its offer's data for the year and, nearest first, the previous years that have it. */
export interface OfferDataset<T> {
  year: number;
  current: OfferYear<T>;
  history: OfferYear<T>[];
}

/** What the aggregation modules read: the year's data and, nearest first, the previous years' present. */
export interface Dataset {
  year: number;
  current: YearData;
  history: YearData[];
  /** Warnings on the year's own files: `--strict` turns them into errors. */
  warnings: DataIssue[];
  /** Warnings on previous years' files: they only affect the evolutions. */
  historyWarnings: DataIssue[];
  /** Facts worth telling the user that are not problems ("no 2022 data: no evolutions"). */
  notices: string[];
}
