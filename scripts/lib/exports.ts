/**
 * The yearly exports: what a case-management system would give for year Y, from the same people.
 */
import { endOfYear, formatDay } from './dates.js';
import { encodeUtf8WithBom, encodeWindows1252, toCsv } from './encoding.js';
import type { Participant } from './population.js';
import { enParcours, isActive, type Step } from './steps.js';

const PARTICIPANT_HEADER = [
  'identifiant',
  'nom',
  'prenom',
  'sexe',
  'date_naissance',
  'commune',
  'qpv',
  'date_entree',
  'date_sortie',
  'categorie_sortie',
  'motif_sortie',
  'secteur_sortie',
  'niveau_qualification',
  'rsa',
  'deld',
  'th',
  'structure_referente',
];

const STEP_HEADER = [
  'identifiant_participant',
  'type_etape',
  'sous_type',
  'date_debut',
  'date_fin',
  'secteur',
  'organisme',
  'action',
  'convention',
  'heures',
  'resultat',
];

/** In 2021 one operator's software still wrote `O`/`N`: the reader must accept both. */
function yesNo(value: boolean, person: Participant, year: number): string {
  const short = year === 2021 && person.operator === 'FCP/Atelier de Préformation';
  if (short) return value ? 'O' : 'N';
  return value ? 'Oui' : 'Non';
}

function participantRow(person: Participant, year: number): string[] {
  // Exits after the export's year are not known yet.
  const exit = person.exit && person.exit.date <= endOfYear(year) ? person.exit : undefined;
  return [
    person.id,
    person.lastName,
    person.firstName,
    person.sex,
    formatDay(person.birth),
    person.communeCell,
    yesNo(person.qpv, person, year),
    formatDay(person.entry),
    exit ? formatDay(exit.date) : '',
    exit?.category ?? '',
    exit?.reason ?? '',
    exit?.sector ?? '',
    person.level,
    yesNo(person.rsa, person, year),
    yesNo(person.deld, person, year),
    yesNo(person.th, person, year),
    person.operator,
  ];
}

function stepRow(step: Step, year: number): string[] {
  // A step still running at 31/12 has neither an end date nor a result yet.
  const ended = step.end <= endOfYear(year);
  return [
    step.participant.id,
    step.kind,
    step.subType,
    formatDay(step.start),
    ended ? formatDay(step.end) : '',
    step.sector,
    step.organisme,
    step.action,
    step.convention,
    step.hours === undefined ? '' : String(step.hours),
    ended ? step.result : '',
  ];
}

/** Plain code-unit order: unlike localeCompare, it cannot depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface YearExport {
  participantsCsv: Buffer;
  stepsCsv: Buffer;
}

export function exportYear(people: readonly Participant[], steps: readonly Step[], year: number): YearExport {
  const exported = people.filter((person) => enParcours(person, year));
  const exportedIds = new Set(exported);
  const yearSteps = steps
    .filter((step) => exportedIds.has(step.participant) && isActive(step, year))
    .sort((a, b) => compareText(a.participant.id, b.participant.id) || a.start - b.start);
  const participantsText = toCsv(
    PARTICIPANT_HEADER,
    exported.map((person) => participantRow(person, year)),
  );
  return {
    // Real exports end with an empty line.
    participantsCsv: encodeWindows1252(participantsText + '\r\n'),
    stepsCsv: encodeUtf8WithBom(
      toCsv(
        STEP_HEADER,
        yearSteps.map((step) => stepRow(step, year)),
      ),
    ),
  };
}
