import type { Config } from '../config/schema.js';
import type { DataIssue } from '../errors.js';
import { frenchDate } from '../schemas/dates.js';
import { normalizeKey } from '../text/fold.js';
import { looseIdentifier, normalIdentifier } from '../schemas/fields.js';
import type { Participant } from '../schemas/participants.js';
import type { Step } from '../schemas/steps.js';
import { continuesPositiveExit, unsupportedExits } from './plie-evidence.js';
import type { MlData } from './year-data.js';
import type { Rows } from './rows.js';
import { unknownByNumber } from './pooled-rows.js';
import { missingQpvList, nearCommune, OUTSIDE_TERRITORY, qpvOf, readCode, type CommuneCell } from '../config/territory.js';
import { counted, plural } from '../text/plural.js';

export const lineList = (lines: number[], max = 10) => lines.slice(0, max).join(', ') + (lines.length > max ? `… (+${lines.length - max})` : '');

/**
 * People counted in « Hors territoire / non renseigné »: a commune left empty is a warning; one
 * spelled like a commune of the territory (`La Madelaine`) or a five-digit code that is no INSEE
 * code (a postcode) is a warning naming what it probably is, so that a typo never silently moves
 * people out of their commune's count; a commune of elsewhere is a fact, told as a notice (every
 * real year has some: a warning would make --strict unusable).
 */
function outsideTerritory(file: string, rows: readonly { commune: CommuneCell; line: number }[], config: Config, noun: string): DataIssue[] {
  const linesOf = new Map<string, number[]>();
  const empty: number[] = [];
  for (const { commune, line } of rows) {
    if (commune.insee !== undefined) continue;
    if (commune.raw === '') {
      empty.push(line);
      continue;
    }
    const lines = linesOf.get(commune.raw);
    if (lines === undefined) linesOf.set(commune.raw, [line]);
    else lines.push(line);
  }
  const issues: DataIssue[] = [];
  if (empty.length > 0) {
    issues.push({
      severity: 'warning',
      file,
      column: 'commune',
      message:
        `${counted(empty.length, noun)} sans commune, ${plural(empty.length, 'compté')} dans « ${OUTSIDE_TERRITORY} » ` +
        `(${plural(empty.length, 'ligne')} ${lineList(empty)})`,
    });
  }
  // Five-digit codes read through the official geographic code (readCode): a postcode several communes
  // share, or a code both some commune's INSEE code and another's postcode, is said with its rows, never guessed.
  const rowsOf = (raw: string, lines: number[]) => `« ${raw} » (${plural(lines.length, 'ligne')} ${lineList(lines)})`;
  const nameList = (communes: readonly { name: string }[]) => communes.map((c) => c.name).join(', ');
  const unknownCodes: [raw: string, lines: number[]][] = [];
  const read = new Set<string>();
  for (const [raw, lines] of linesOf) {
    const code = readCode(raw, config.territory);
    if (code === undefined || code.kind === 'outside') continue;
    read.add(raw);
    if (code.kind === 'unknown') unknownCodes.push([raw, lines]);
    else if (code.kind === 'shared' || code.kind === 'ambiguous') {
      const what =
        code.kind === 'shared'
          ? `est le code postal de plusieurs communes (${nameList(code.communes)})`
          : `est le code INSEE de ${code.insee.name} et le code postal de ${nameList(code.postcodeOf)}`;
      issues.push({
        severity: 'warning',
        file,
        column: 'commune',
        message:
          `${rowsOf(raw, lines)} ${what} : compté hors territoire plutôt que deviné ; écrivez la commune par son nom ou ` +
          `son code INSEE (ou, si ce code désigne toujours la même commune dans vos exports, ajoutez-le à ses alias, territory.communes)`,
      });
    }
  }
  if (unknownCodes.length > 0) {
    const shown = unknownCodes.slice(0, 5).map(([raw, lines]) => `« ${raw} » (${plural(lines.length, 'ligne')} ${lineList(lines, 3)})`);
    issues.push({
      severity: 'warning',
      file,
      column: 'commune',
      message:
        `${counted(unknownCodes.length, 'code')} à cinq chiffres ${plural(unknownCodes.length, 'qui n’est', 'qui ne sont')} ` +
        `ni le code INSEE ni le code postal d’aucune commune, ${plural(unknownCodes.length, 'compté')} hors territoire : ` +
        `${shown.join(', ')}${unknownCodes.length > 5 ? '…' : ''} ; la commune s’écrit par son nom ou son code INSEE`,
    });
  }
  const elsewhere: [raw: string, lines: number[]][] = [];
  for (const [raw, lines] of linesOf) {
    if (read.has(raw)) continue;
    const near = nearCommune(raw, config.territory);
    if (near === undefined) {
      elsewhere.push([raw, lines]);
      continue;
    }
    issues.push({
      severity: 'warning',
      file,
      column: 'commune',
      message:
        `« ${raw} » (${plural(lines.length, 'ligne')} ${lineList(lines)}) n’est pas une commune du territoire mais ` +
        `ressemble à « ${near.name} » : si c’est elle, ajoutez « ${raw} » à ses alias (territory.communes, configuration)`,
    });
  }
  if (elsewhere.length > 0) {
    const count = elsewhere.reduce((n, [, lines]) => n + lines.length, 0);
    // Each commune once, however it is spelled (`Lille`, `LILLE`), the most frequent first.
    const byName = new Map<string, { raw: string; rows: number }>();
    for (const [raw, lines] of elsewhere) {
      const key = normalizeKey(raw);
      const known = byName.get(key);
      const code = readCode(raw, config.territory);
      const shown = code?.kind === 'outside' ? `${raw} (${nameList(code.communes)})` : raw;
      if (known === undefined) byName.set(key, { raw: shown, rows: lines.length });
      else known.rows += lines.length;
    }
    const names = [...byName.values()].sort((a, b) => b.rows - a.rows).map(({ raw }) => raw);
    issues.push({
      severity: 'notice',
      file,
      message:
        `${counted(count, noun)} résidant hors du territoire ` +
        `(${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}), ${plural(count, 'compté')} dans « ${OUTSIDE_TERRITORY} »`,
    });
  }
  return issues;
}

/** Rejected rows keep their cells as written: their identifiers are compared in the normal form of valid ones. */
const normalIds = (written: ReadonlySet<string>): Set<string> => new Set(Array.from(written, normalIdentifier));

/**
 * For an unknown identifier, the one person whose identifier it nearly is (`ML-1006` for
 * `ML-001006`, see `looseIdentifier`): built on the first unknown identifier only.
 */
function nearPeople(people: readonly { identifiant: string; line: number }[], file: string): (id: string) => string {
  let byLoose: Map<string, { identifiant: string; line: number } | null> | undefined;
  return (id) => {
    if (byLoose === undefined) {
      byLoose = new Map();
      for (const person of people) {
        const loose = looseIdentifier(person.identifiant);
        byLoose.set(loose, byLoose.has(loose) ? null : person);
      }
    }
    const near = byLoose.get(looseIdentifier(id));
    return near ? ` : « ${near.identifiant} » (ligne ${near.line} de ${file}) ?` : '';
  };
}

interface Files {
  participants: string;
  steps: string;
}

/**
 * Checks that span rows or files: duplicates, unknown participants, steps outside the parcours,
 * residents outside the territory. `rejectedIds` are identifiers of participant rows that failed
 * validation: their steps are not reported again as belonging to an unknown participant.
 */
export function checkPlie(
  participants: readonly Participant[],
  steps: readonly Step[],
  rejectedIds: ReadonlySet<string>,
  files: Files,
  config: Config,
  year: number,
): DataIssue[] {
  const issues: DataIssue[] = [];
  if (year !== undefined) issues.push(...unsupportedExits(participants, steps, year, files.participants, config));
  // Duplicates were rejected as they were read (`unique` of the export): each identifier is one participant.
  const byId = new Map<string, Participant>();
  for (const p of participants) byId.set(p.identifiant, p);
  const rejected = normalIds(rejectedIds);

  issues.push(...outsideTerritory(files.participants, participants, config, 'participant'));

  const neighbourhoods = qpvOf(config.territory, year);
  // The year's list missing is a gap in the checks, not in the figures (the QPV shares count the exports' qpv column).
  if (neighbourhoods === undefined) issues.push({ severity: 'warning', file: files.participants, message: missingQpvList(config.territory, year) });
  const qpvCommunes = new Set((neighbourhoods ?? []).map((q) => q.insee));
  const qpvElsewhere =
    neighbourhoods === undefined
      ? []
      : participants.filter((p) => p.qpv && p.commune.insee !== undefined && !qpvCommunes.has(p.commune.insee)).map((p) => p.line);
  if (qpvElsewhere.length > 0) {
    issues.push({
      severity: 'warning',
      file: files.participants,
      message:
        `${counted(qpvElsewhere.length, 'participant déclaré', 'participants déclarés')} en QPV ` +
        `dans une commune sans quartier prioritaire (${plural(qpvElsewhere.length, 'ligne')} ${lineList(qpvElsewhere)})`,
    });
  }

  const employment = config.plie.positiveExitCategories[0];
  const noSector = participants.filter((p) => p.categorie_sortie === employment && p.secteur_sortie === undefined).map((p) => p.line);
  if (noSector.length > 0) {
    issues.push({
      severity: 'warning',
      file: files.participants,
      message:
        `${counted(noSector.length, 'sortie')} « ${employment} » sans secteur : ` +
        `${plural(noSector.length, 'absente')} du classement par secteur (${plural(noSector.length, 'ligne')} ${lineList(noSector)})`,
    });
  }

  const nearParticipant = nearPeople(participants, files.participants);
  const continuesExit = continuesPositiveExit(config);
  for (const step of steps) {
    const owner = byId.get(step.identifiant_participant);
    if (!owner) {
      if (rejected.has(step.identifiant_participant)) continue;
      issues.push({
        severity: 'error',
        file: files.steps,
        line: step.line,
        column: 'identifiant_participant',
        message:
          `étape d'un participant inconnu « ${step.identifiant_participant} » (absent ` +
          `de ${files.participants})${nearParticipant(step.identifiant_participant)}`,
      });
      continue;
    }
    // A step still open when its participant has left ends, at the latest, with the parcours; but for
    // the job or the training of a positive exit, which goes on after it.
    const endsAfterExit = owner.date_sortie !== undefined && (step.date_fin === undefined || step.date_fin > owner.date_sortie) && !continuesExit(owner, step);
    if (step.date_debut < owner.date_entree || endsAfterExit) {
      issues.push({
        severity: 'warning',
        file: files.steps,
        line: step.line,
        message:
          `étape hors du parcours du participant « ${step.identifiant_participant} » (entrée le ${frenchDate(owner.date_entree)}` +
          (owner.date_sortie ? `, sortie le ${frenchDate(owner.date_sortie)}` : '') +
          (step.date_fin === undefined && owner.date_sortie ? ' ; étape sans date de fin' : '') +
          ')',
      });
    }
  }
  return issues;
}

/** The Mission Locale's cross-file checks: unique jeunes, every row about a known jeune, residents outside the territory. */
export function checkMl(data: MlData, rejectedIds: ReadonlySet<string>, path: (file: string) => string, config: Config): DataIssue[] {
  const issues: DataIssue[] = [];
  // Duplicates were rejected as they were read (`unique` of the export).
  let known: Set<string> | undefined;
  const rejected = normalIds(rejectedIds);
  const isUnknown = (id: string) => !(known ??= new Set(data.jeunes.map((j) => j.identifiant))).has(id) && !rejected.has(id);
  const holdsUnknown = unknownByNumber(data.jeunes, isUnknown, (id) => !rejected.has(id));
  const nearJeune = nearPeople(data.jeunes, path('jeunes.csv'));
  const unknown = (file: string, column: string, rows: Iterable<{ line: number }>, idOf: (row: never) => string) => {
    for (const row of rows) {
      const id = idOf(row as never);
      if (isUnknown(id))
        issues.push({
          severity: 'error',
          file: path(file),
          line: row.line,
          column,
          message: `jeune inconnu « ${id} » (absent de ${path('jeunes.csv')})${nearJeune(id)}`,
        });
    }
  };
  // Columnar exports: each distinct identifier is looked up once; only the rows of unknown ones are rebuilt.
  const unknownIn = <T extends { line: number }, K extends keyof T & string>(file: string, column: K, rows: Rows<T>) => {
    const idOf = (row: T) => row[column] as string;
    if (holdsUnknown(rows, column))
      unknown(
        file,
        column,
        rows.filter((row) => isUnknown(idOf(row))),
        idOf,
      );
  };
  unknownIn('evenements.csv', 'identifiant_jeune', data.evenements);
  unknownIn('propositions.csv', 'identifiant_jeune', data.propositions);
  unknownIn('situations.csv', 'identifiant_personne', data.situations);
  unknownIn('dispositifs.csv', 'identifiant_jeune', data.dispositifs);
  unknownIn('aides.csv', 'identifiant_beneficiaire', data.aides);

  issues.push(...outsideTerritory(path('jeunes.csv'), data.jeunes, config, 'jeune'));
  return issues;
}
