import type { DataIssue } from '../errors.js';
import { nearest } from '../text/suggest.js';
import { foldHeader } from '../text/fold.js';
import type { ColumnSpec } from '../schemas/export.js';
import { SEPARATOR_NAMES } from './csv.js';
import { plural } from '../text/plural.js';

export interface MappedRow {
  line: number;
  /** Canonical column name → trimmed cell ('' when empty or absent). */
  values: Record<string, string>;
}

/** Where each canonical column is in a file: its index (undefined when absent) and its header as written. */
export interface HeaderMap {
  file: string;
  indexOf: Record<string, number | undefined>;
  headerOf: Record<string, string>;
  /**
   * Each optional column absent from the file → what to tell the user should a row need it (the
   * nearest header, the headers nobody reads): see `absentColumnIssue`.
   */
  absent: Record<string, string>;
  /** How many headers the file has: a row wider than that is shifted and not read (see `CsvReader`). */
  width: number;
}

/**
 * How a column is found, strongest first: 0 its own name written exactly (`commune`, as this tool
 * documents it), 1 the configuration's aliases, 2 its own name folded (« Commune »), 3 its built-in
 * aliases. A column's own name outranks another column's alias, so « Commune » beside « Code INSEE »
 * is `commune`, and « Identifiant participant » beside a step's « Identifiant » is `identifiant_participant`.
 */
const TIER_COUNT = 4;

/** A header as a message shows it: quoted, and cut when it is a whole line read as one header. */
export const quoted = (header: string): string => `« ${header.length > 60 ? `${header.slice(0, 57)}…` : header} »`;

/** The file's headers for a message: at most 30, the rest counted. */
function headerList(headers: readonly string[]): string {
  const shown = headers.filter((h) => h !== '');
  const listed = shown.slice(0, 30).map(quoted).join(', ');
  return shown.length > 30 ? `${listed}… (${shown.length} en tout)` : listed || '(aucun)';
}

/** The character a one-header line is most likely cut by (`|`, `:`…), when one repeats. */
function likelySeparator(header: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of header) if (/[^\p{L}\p{N}\s_'’().\-/]/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] >= 2 ? best[0] : undefined;
}

/** Whether a folded header holds every word of a folded name (`date_entree_parcours` ⊇ `date_entree`). */
function holdsWords(header: string, name: string): boolean {
  if (name === '') return false;
  const words = new Set(header.split('_'));
  return name.split('_').every((word) => words.has(word));
}

/**
 * Finds each canonical column among the file's headers, whatever their case, accents, punctuation
 * or French stop words (« Date de sortie » is `date_sortie`), through its name written exactly, the
 * configuration's aliases, its name folded, then its built-in aliases, in that order of strength.
 * Within one, two headers that could both be one column, or one header that could be two, are
 * errors: which one holds the data is not guessed.
 */
export function mapHeaders(
  file: string,
  headers: readonly string[],
  specs: readonly ColumnSpec[],
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): { map: HeaderMap; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const error = (message: string, column?: string) => issues.push({ severity: 'error', file, line: 1, ...(column !== undefined && { column }), message });
  const folded = headers.map(foldHeader);
  // Each folded header's first index, and the later ones (reported only when the header is read).
  const firstOf = new Map<string, number>();
  const repeats = new Map<number, number[]>();
  folded.forEach((key, index) => {
    if (key === '') return;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else repeats.set(first, [...(repeats.get(first) ?? []), index]);
  });

  // Every (column, tier, header) that could match; then each header goes to its strongest tier.
  const matches = specs.map((spec) => {
    const tiers = [headers.includes(spec.name) ? [spec.name] : [], extraAliases[spec.name] ?? [], [spec.name], spec.aliases];
    const found: { tier: number; index: number }[] = [];
    const seen = new Set<number>();
    tiers.forEach((names, tier) => {
      for (const name of names) {
        const index = firstOf.get(foldHeader(name));
        if (index !== undefined && !seen.has(index)) {
          seen.add(index);
          found.push({ tier, index });
        }
      }
    });
    return found;
  });
  const strongest = new Map<number, number>();
  for (const found of matches) for (const { tier, index } of found) strongest.set(index, Math.min(tier, strongest.get(index) ?? TIER_COUNT));

  const indexOf: Record<string, number | undefined> = {};
  const headerOf: Record<string, string> = {};
  const claimedBy = new Map<number, string[]>();
  specs.forEach((spec, s) => {
    const kept = matches[s]!.filter(({ tier, index }) => strongest.get(index) === tier);
    const tier = Math.min(...kept.map((m) => m.tier));
    const best = kept.filter((m) => m.tier === tier).map((m) => m.index);
    if (best.length > 1) {
      error(
        `deux en-têtes peuvent être la colonne « ${spec.name} » : ${[...best]
          .sort((a, b) => a - b)
          .map((i) => `${quoted(headers[i]!)} (colonne ${i + 1})`)
          .join(' et ')} ; gardez-en un, ou nommez le bon dans columnAliases (configuration)`,
      );
    }
    const index = best[0];
    indexOf[spec.name] = index;
    headerOf[spec.name] = index === undefined ? spec.name : headers[index]!;
    if (index !== undefined) claimedBy.set(index, [...(claimedBy.get(index) ?? []), spec.name]);
  });
  for (const [index, columns] of claimedBy) {
    if (columns.length > 1) {
      error(
        `cet en-tête peut être la colonne ${columns.map((c) => `« ${c} »`).join(' ou ')} ; renommez-le, ou nommez-le dans columnAliases (configuration)`,
        headers[index],
      );
    }
    // Which of two same-named columns holds the data cannot be guessed; an unread one does not matter.
    const again = repeats.get(index);
    if (again !== undefined) error(`en-tête en double (colonnes ${[index, ...again].map((i) => i + 1).join(' et ')})`, headers[index]);
  }

  const unused = headers.filter((_, i) => !claimedBy.has(i) && folded[i] !== '');
  const nearestHeader = (spec: ColumnSpec): string | undefined => {
    const names = [spec.name, ...(extraAliases[spec.name] ?? []), ...spec.aliases];
    for (const name of names) {
      const found = nearest(name, unused, { fold: foldHeader, limit: 1 })[0];
      if (found !== undefined) return found;
    }
    // Then a longer header holding all of a name's words (« Date d’entrée du parcours » for `date_entree`).
    for (const name of names) {
      const found = unused.find((header) => holdsWords(foldHeader(header), foldHeader(name)));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const hint = (spec: ColumnSpec, before = ' (', after = ')'): string => {
    const near = nearestHeader(spec);
    return near === undefined ? '' : `${before}en-tête proche : ${quoted(near)}${after}`;
  };

  const missing = specs.filter((spec) => (spec.required || spec.headerRequired === true) && indexOf[spec.name] === undefined);
  const guess = headers.length === 1 ? likelySeparator(headers[0]!) : undefined;
  // The whole line is one header naming several columns: the file is not cut by any separator the tool knows.
  const uncut =
    headers.length === 1 && claimedBy.size === 0 && (guess !== undefined || specs.filter((spec) => folded[0]!.includes(foldHeader(spec.name))).length >= 2);
  if (uncut) {
    error(
      `une seule colonne lue dans la ligne d’en-têtes (${quoted(headers[0]!)}) : aucun séparateur reconnu (essayés : ` +
        `${SEPARATOR_NAMES})${guess === undefined ? '' : ` ; ce fichier semble séparé par « ${guess} »`} ` +
        `: enregistrez-le en CSV séparé par des points-virgules`,
    );
  } else {
    for (const spec of missing) {
      // A column whose cells may be empty says why its header may not be missing.
      const why = spec.required ? hint(spec) : ` (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés${hint(spec, ' ; ', '')})`;
      error(
        `colonne obligatoire « ${spec.name} » absente${why} ; en-têtes acceptés : ` +
          `${[spec.name, ...(extraAliases[spec.name] ?? []), ...spec.aliases].join(', ')} ; en-têtes du fichier : ${headerList(headers)}`,
      );
    }
  }

  const absentSpecs = specs.filter((spec) => !spec.required && spec.headerRequired !== true && spec.mayBeAbsent !== true && indexOf[spec.name] === undefined);
  const absent: Record<string, string> = {};
  // The warning below, said with it (same line), lists the headers left unread.
  for (const spec of absentSpecs) absent[spec.name] = hint(spec, ' ; ', '');
  if (absentSpecs.length > 0 && issues.length === 0) {
    // A renamed header would otherwise silently empty a column: say which headers went unused.
    issues.push({
      severity: 'warning',
      file,
      line: 1,
      message:
        `${plural(absentSpecs.length, 'colonne absente, lue vide', 'colonnes absentes, lues vides')} : ` +
        absentSpecs.map((spec) => `${spec.name}${hint(spec)}`).join(', ') +
        (unused.length > 0 ? ` ; en-têtes non reconnus : ${unused.join(', ')} (voir columnAliases dans la configuration)` : ''),
    });
  }
  return { map: { file, indexOf, headerOf, absent, width: headers.length }, issues };
}

/**
 * An optional column is absent and a row needs it (an exit date calls for its category): one error
 * for the file, said instead of the same error on every row that follows from it.
 */
export function absentColumnIssue(map: HeaderMap, column: string, line: number, reason: string): DataIssue {
  return {
    severity: 'error',
    file: map.file,
    line: 1,
    message: `colonne « ${column} » absente, alors que des lignes la demandent, dès la ligne ${line} (${reason})${map.absent[column] ?? ''}`,
  };
}

/** A row's cells by canonical column ('' when empty or absent). */
export function valuesOf(map: HeaderMap, cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [column, index] of Object.entries(map.indexOf)) values[column] = index === undefined ? '' : (cells[index] ?? '');
  return values;
}

/**
 * Whether a record can be the header row: it names every required column (see `mapHeaders`). A
 * title line above the headers does not; the header row itself does, however it is spelled.
 */
export function namesRequiredColumns(
  cells: readonly string[],
  specs: readonly ColumnSpec[],
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): boolean {
  const folded = new Set(cells.map(foldHeader));
  return specs.every((spec) => !spec.required || [spec.name, ...(extraAliases[spec.name] ?? []), ...spec.aliases].some((name) => folded.has(foldHeader(name))));
}

/**
 * Which of a file's `width` columns the report reads, by index: a control character in a column it
 * never reads (an address, a comment copied from another system) cannot reach an output.
 */
export function columnsRead(map: HeaderMap, width: number): boolean[] {
  const read = new Array<boolean>(width).fill(false);
  for (const index of Object.values(map.indexOf)) if (index !== undefined) read[index] = true;
  return read;
}
