/**
 * The figures the Mission Locale simulation deals as exact quotas. The 2023 ones are those of the
 * 2023 activity report; 2022 has the report's evolutions (new registrations, interviews, Formation
 * and Emploi situations, CDI and intérim) and otherwise free figures of the same order.
 */
import type { SituationType } from './model.js';
import type { Timing } from './periods.js';

// ---------------------------------------------------------------------------------------------
// Population: jeunes grouped by the year of their first reception and the exports they appear in.
// jeunes.csv 2023 = 679 + 430 + 1980 + 129 = 3218 (3087 in contact, 131 with only a situation);
// jeunes.csv 2022 = 631 + 1980 + 410 = 3021 (2912 in contact, 109 with only a situation).
// ---------------------------------------------------------------------------------------------
export const POPULATION = {
  new2023: 679,
  new2022: { both: 430, only2022: 201 },
  earlier: { both: 1980, only2022: 410, only2023: 129 },
};

/** Year of first reception of the jeunes registered before 2022. */
export const EARLIER_RECEPTION_YEARS: readonly (readonly [number, number])[] = [
  [2021, 45],
  [2020, 27],
  [2019, 15],
  [2018, 9],
  [2017, 4],
];

// ---------------------------------------------------------------------------------------------
// CEJ and Garantie Jeunes (replaced by the CEJ on 1 March 2022). 2023: 645 entrants (360 of them
// registered in 2023; 8 others were still in a Garantie Jeunes early in 2023) and 377 continuing
// from 2022 → 1022 jeunes. 2022: 250 + 30 + 28 + 240 + 357 = 905 jeunes.
// ---------------------------------------------------------------------------------------------
export const CEJ_PLAN = {
  entrants2023: { registeredInYear: 360, others: 285, afterGarantieJeunes: 8 },
  continuing2023: { cej: 357, garantieJeunes: 20 },
  ended2022: { cej: 240, garantieJeunes2022: 30, garantieJeunes2021: 250 },
  /** 2023 CEJ/GJ jeunes with an active situation overlapping their period (all the others: none). */
  withSituation2023: 707,
};

// ---------------------------------------------------------------------------------------------
// Situations. 2023 active situations are dealt to owners in two groups: the CEJ/GJ jeunes whose
// situations overlap their period, and jeunes outside the CEJ/GJ. Per type: [owners, situations].
// ---------------------------------------------------------------------------------------------
export type Quota = readonly [number, number];

export const SITUATIONS_2023_CEJ: Record<SituationType, Quota> = {
  Emploi: [400, 1100],
  Formation: [250, 370],
  Alternance: [95, 100],
  'Immersion (PMSMP)': [140, 160],
  'Service civique': [35, 35],
  'Mobilité internationale': [4, 4],
};
/** CEJ/GJ jeunes whose only overlapping situations are immersions. */
export const CEJ_IMMERSION_ONLY_2023 = 2;

export const SITUATIONS_2023_OTHERS: Record<SituationType, Quota> = {
  Emploi: [459, 815],
  Formation: [218, 308],
  Alternance: [206, 218],
  'Immersion (PMSMP)': [50, 58],
  'Service civique': [61, 61],
  'Mobilité internationale': [4, 4],
};

/** 2023 active situations per sub-type: [running across 31/12/2022, started in 2023]. */
export const SUBTYPES_2023: Record<SituationType, readonly (readonly [string, number, number])[]> = {
  // CDI 231 (210 in 2022), intérim 580 (500 in 2022): +10 %, +16 %.
  Emploi: [
    ['CDI', 95, 136],
    ['CDD', 180, 540],
    ['Intérim', 45, 535],
    ['Contrat aidé', 60, 70],
    ['IAE', 70, 184],
  ],
  // Qualifiante + Pré-qualifiante 454, Retour en formation initiale 104, Permis B 63.
  Formation: [
    ['Qualifiante', 70, 230],
    ['Pré-qualifiante', 20, 134],
    ['Retour en formation initiale', 45, 59],
    ['Remise à niveau', 0, 57],
    ['Permis B', 10, 53],
  ],
  // 130 contracts started in 2023.
  Alternance: [
    ['Apprentissage', 155, 100],
    ['Professionnalisation', 33, 30],
  ],
  // 210 immersions started in 2023.
  'Immersion (PMSMP)': [['', 8, 210]],
  // 96 active, 41 started.
  'Service civique': [['', 55, 41]],
  // 6 departures: 3 + 3.
  'Mobilité internationale': [
    ['Stage Erasmus+', 1, 3],
    ['Service civique international', 1, 3],
  ],
};

/** Situations active in 2022 that ended in 2022, per sub-type. With the `across` ones of 2023:
 * Emploi 1665 (CDI 210, intérim 500), Formation 556. */
export const SUBTYPES_ONLY_2022: Record<SituationType, readonly (readonly [string, number])[]> = {
  Emploi: [
    ['CDI', 115],
    ['CDD', 450],
    ['Intérim', 455],
    ['Contrat aidé', 85],
    ['IAE', 110],
  ],
  Formation: [
    ['Qualifiante', 150],
    ['Pré-qualifiante', 95],
    ['Retour en formation initiale', 75],
    ['Remise à niveau', 55],
    ['Permis B', 36],
  ],
  Alternance: [
    ['Apprentissage', 85],
    ['Professionnalisation', 25],
  ],
  'Immersion (PMSMP)': [['', 190]],
  'Service civique': [['', 35]],
  'Mobilité internationale': [
    ['Stage Erasmus+', 2],
    ['Service civique international', 2],
  ],
};

/** Distinct jeunes with such a situation active in 2022 (free figures, near 2023's 859 and 468). */
export const OWNERS_2022: Partial<Record<SituationType, number>> = { Emploi: 815, Formation: 445 };

/** Service civique missions active in 2023 under the Mission Locale's own agrément. */
export const SERVICE_CIVIQUE_AGREMENT_2023 = 22;

/** 2023 sector quotas. */
export const EMPLOI_TRANSPORT_2023 = 421;
export const FORMATION_ANIMATION_2023 = 210;
export const ALTERNANCE_COMMERCE_STARTED_2023 = 51;

// ---------------------------------------------------------------------------------------------
// Other schemes, per timing: [only2022, across, in2023] counts.
// ---------------------------------------------------------------------------------------------
export interface SchemePlan {
  counts: Readonly<Record<Timing, number>>;
  days: readonly [number, number];
}

export const PACEA: SchemePlan = { counts: { only2022: 150, across: 130, in2023: 269 }, days: [90, 540] };
export const JUSTICE: SchemePlan = { counts: { only2022: 12, across: 10, in2023: 16 }, days: [90, 365] };
export const SUIVI_TH: SchemePlan = { counts: { only2022: 12, across: 20, in2023: 17 }, days: [180, 720] };
export const COACHING: SchemePlan = { counts: { only2022: 30, across: 25, in2023: 55 }, days: [45, 240] };
export const PPAE: SchemePlan = { counts: { only2022: 70, across: 60, in2023: 119 }, days: [60, 365] };
/** PPAE entries of 2023 among jeunes first received in 2023. */
export const PPAE_REGISTERED_2023 = 16;
export const PARRAINAGE: SchemePlan = { counts: { only2022: 35, across: 20, in2023: 58 }, days: [120, 365] };
/** 2023 Parrainage entrants with an Emploi, Alternance or Formation situation started after entry. */
export const PARRAINAGE_SOLUTIONS_2023 = 28;

/** Obligation de formation (16–17-year-olds, ends at 18): 2023 active = 25 + 30 + 15 + 85 = 155. */
export const OBLIGATION_FORMATION = {
  only2022: 70,
  acrossClosed2023: 25,
  acrossOpen: 30,
  in2023Closed: 15,
  in2023Open: 85,
  /** Open at 31/12/2022 but not « en règle » then. */
  notCompliant2022: 7,
};

// ---------------------------------------------------------------------------------------------
// Contacts (events) and proposals per year.
// ---------------------------------------------------------------------------------------------
export interface WorkshopPlan {
  theme: string;
  code: string;
  sessions: number;
  jeunes: number;
  intervenant?: string;
}

export interface EventsPlan {
  contacted: number;
  accompanied: number;
  contacts: number;
  interviews: number;
  cejInPeriod: number;
  /** Share of the CEJ/GJ in-period top-up made of interviews. */
  cejInterviewShare: number;
  workshops: readonly WorkshopPlan[];
  cejWorkshops: number;
  cpam: number;
  pasteur: number;
  psychologue: { jeunes: number; events: number };
  forumMobilite: number;
  interviewMobilite: number;
}

export const EVENTS: Record<number, EventsPlan> = {
  2023: {
    contacted: 3087,
    accompanied: 1634,
    contacts: 42318,
    interviews: 16709,
    cejInPeriod: 27130,
    cejInterviewShare: 0.42,
    workshops: [
      { theme: 'Formation', code: 'FOR', sessions: 26, jeunes: 142 },
      { theme: 'Découverte des métiers (réalité virtuelle)', code: 'RV', sessions: 18, jeunes: 104 },
      { theme: 'Mobilité internationale', code: 'MOB', sessions: 26, jeunes: 295, intervenant: 'Erasmus+ Jeunesse' },
      { theme: 'Culture', code: 'CUL', sessions: 36, jeunes: 429 },
      { theme: 'Santé', code: 'SAN', sessions: 24, jeunes: 240, intervenant: 'Planning familial' },
      { theme: 'Numérique', code: 'NUM', sessions: 30, jeunes: 260 },
      { theme: "Techniques de recherche d'emploi", code: 'TRE', sessions: 40, jeunes: 380 },
      { theme: 'Budget et logement', code: 'LOG', sessions: 14, jeunes: 120 },
    ],
    cejWorkshops: 489,
    cpam: 154,
    pasteur: 57,
    psychologue: { jeunes: 68, events: 312 },
    forumMobilite: 115,
    interviewMobilite: 50,
  },
  2022: {
    contacted: 2912,
    accompanied: 1560,
    contacts: 40206,
    interviews: 15913,
    cejInPeriod: 23940,
    cejInterviewShare: 0.42,
    workshops: [
      { theme: 'Formation', code: 'FOR', sessions: 22, jeunes: 121 },
      { theme: 'Découverte des métiers (réalité virtuelle)', code: 'RV', sessions: 12, jeunes: 70 },
      { theme: 'Mobilité internationale', code: 'MOB', sessions: 20, jeunes: 240, intervenant: 'Erasmus+ Jeunesse' },
      { theme: 'Culture', code: 'CUL', sessions: 30, jeunes: 380 },
      { theme: 'Santé', code: 'SAN', sessions: 20, jeunes: 212, intervenant: 'Planning familial' },
      { theme: 'Numérique', code: 'NUM', sessions: 26, jeunes: 230 },
      { theme: "Techniques de recherche d'emploi", code: 'TRE', sessions: 38, jeunes: 350 },
      { theme: 'Budget et logement', code: 'LOG', sessions: 12, jeunes: 100 },
    ],
    cejWorkshops: 402,
    cpam: 140,
    pasteur: 49,
    psychologue: { jeunes: 60, events: 268 },
    forumMobilite: 98,
    interviewMobilite: 41,
  },
};

export interface ProposalsPlan {
  total: number;
  emploi: number;
  mobiliteJeunes: number;
  mobiliteExtra: number;
}

export const PROPOSALS: Record<number, ProposalsPlan> = {
  2023: { total: 28123, emploi: 7874, mobiliteJeunes: 32, mobiliteExtra: 5 },
  2022: { total: 26542, emploi: 7402, mobiliteJeunes: 27, mobiliteExtra: 4 },
};

/** The other proposal themes share what Emploi and Mobilité internationale leave. */
export const OTHER_PROPOSAL_THEMES: readonly (readonly [string, number])[] = [
  ['Formation', 22],
  ['Projet professionnel', 18],
  ['Accès aux droits', 12],
  ['Mobilité', 9],
  ['Logement', 8],
  ['Santé', 7],
  ['Loisirs, sport, culture', 7],
  ['Citoyenneté', 6],
];

// ---------------------------------------------------------------------------------------------
// Aids per year, amounts in euros: granted total, distinct beneficiaries, rows.
// ---------------------------------------------------------------------------------------------
export interface AidsPlan {
  cejAllowance: { euros: number; beneficiaries: number };
  paceaAllowance: { euros: number; beneficiaries: number };
  faj: { euros: number; beneficiaries: number; grantedRows: number; applications: number };
  training: { euros: number; beneficiaries: number; rows: number };
  meals: { euros: number; beneficiaries: number; rows: number };
  mobility: { euros: number; rows: number; outsiders: number };
}

export const AIDS: Record<number, AidsPlan> = {
  2023: {
    cejAllowance: { euros: 2_076_074, beneficiaries: 935 },
    paceaAllowance: { euros: 114_049, beneficiaries: 183 },
    faj: { euros: 29_986, beneficiaries: 85, grantedRows: 96, applications: 118 },
    training: { euros: 5_985, beneficiaries: 14, rows: 15 },
    meals: { euros: 10_029, beneficiaries: 97, rows: 131 },
    mobility: { euros: 2_656, rows: 91, outsiders: 11 },
  },
  2022: {
    cejAllowance: { euros: 1_842_517, beneficiaries: 838 },
    paceaAllowance: { euros: 98_412, beneficiaries: 161 },
    faj: { euros: 27_315, beneficiaries: 79, grantedRows: 88, applications: 109 },
    training: { euros: 5_210, beneficiaries: 12, rows: 13 },
    meals: { euros: 9_118, beneficiaries: 90, rows: 118 },
    mobility: { euros: 2_304, rows: 82, outsiders: 9 },
  },
};
