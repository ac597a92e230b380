import { isAbsolute, relative } from 'node:path';
import { formatIssue, formatIssues, type DataIssue } from '../errors.js';
import { plural } from '../text/plural.js';

/**
 * The warnings of one build against those of the build before (the last that made the report): the
 * analyst fixing a file wants to see what it added and what it cleared, not the whole list again.
 */
export interface WarningChanges {
  /** Every warning of this build, as the page lists them. */
  current: readonly DataIssue[];
  /** Those the build before did not have; all of them on the first build. */
  added: readonly DataIssue[];
  /** How many of the build before's are gone. */
  resolved: number;
  /** No build made the report before this one. */
  first: boolean;
}

/** A warning by its text: moved to another line, it is another warning (the line to look at changed). */
const identity = (issue: DataIssue) => formatIssue(issue);

export function warningChanges(previous: readonly DataIssue[] | undefined, current: readonly DataIssue[]): WarningChanges {
  const before = new Set((previous ?? []).map(identity));
  const now = new Set(current.map(identity));
  return {
    current,
    added: current.filter((issue) => !before.has(identity(issue))),
    resolved: [...before].filter((text) => !now.has(text)).length,
    first: previous === undefined,
  };
}

/** A file under the folder the command runs in, as the analyst typed it (`data/2023/jeunes.csv`), not from the root. */
export function shortPath(file: string, cwd = process.cwd()): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

export const shortPaths = (issues: readonly DataIssue[], cwd = process.cwd()): DataIssue[] =>
  issues.map((issue) => ({ ...issue, file: shortPath(issue.file, cwd) }));

const count = (n: number, word: string) => `${n} ${plural(n, word)}`;

/** What the ✓ line adds when the warnings are those of the build before: `; 3 avertissements, inchangés`; else ''. */
export function unchangedWarnings(changes: WarningChanges): string {
  const same = !changes.first && changes.added.length === 0 && changes.resolved === 0;
  return same && changes.current.length > 0 ? ` ; ${count(changes.current.length, 'avertissement')}, ${plural(changes.current.length, 'inchangé')}` : '';
}

/**
 * What the terminal prints of the warnings after a build: all of them after the first, then only the
 * new ones and how many were cleared, and nothing when they are the same (at most `max` problems listed).
 */
export function warningsText(changes: WarningChanges, max = 10): string {
  const { current, added, resolved, first } = changes;
  if (added.length === 0 && resolved === 0) return '';
  if (first) return `⚠ ${count(current.length, 'avertissement')} (aussi en haut de la page) :\n${formatIssues(added, max)}\n`;
  const cleared = resolved === 0 ? '' : count(resolved, 'corrigé');
  if (current.length === 0) return `✓ plus aucun avertissement (${cleared})\n`;
  const news = added.length === 0 ? '' : `${added.length} ${plural(added.length, 'nouveau', 'nouveaux')}`;
  const what = [news, cleared].filter(Boolean).join(', ');
  const list = added.length === 0 ? '' : ` ; ${added.length === 1 ? 'le nouveau' : 'les nouveaux'} :\n${formatIssues(added, max)}`;
  return `⚠ ${count(current.length, 'avertissement')} (${what})${list}\n`;
}
