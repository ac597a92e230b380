import type { DataIssue } from '../errors.js';
import { didYouMean } from '../text/suggest.js';

/**
 * A section's declared text (`contenu/textes/<section>.md`) may open with the wording its page
 * prints beside some figures, where that wording names the association's partners or activities
 * (« jeunes reçus en entretien par une déléguée sociale de la CPAM »): one `<indicator key>: <text>`
 * line each, between two `---` lines. The templates print such a figure only with its declared
 * wording, so that a report for another association names none of ALPES's partners; the rest of
 * the file is the narrative printed after the figures.
 *
 *     ---
 *     ml.health.cpam: jeunes reçus en entretien par une déléguée sociale de la CPAM
 *     ---
 *     Un paragraphe, imprimé après les chiffres de la page.
 */
export interface SectionText {
  /** Wording by indicator key. */
  labels: Record<string, string>;
  /** The Markdown after the wording ('' when the file holds only wording). */
  narrative: string;
  /** Lines of the wording that say nothing usable, by line number in the file. */
  issues: { line: number; message: string }[];
}

const FRONT = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

export function sectionText(text: string): SectionText {
  const match = FRONT.exec(text);
  if (match === null) return { labels: {}, narrative: text, issues: [] };
  const labels: Record<string, string> = {};
  const issues: SectionText['issues'] = [];
  (match[1] ?? '').split('\n').forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const colon = raw.indexOf(':');
    const key = colon < 0 ? '' : raw.slice(0, colon).trim();
    const value = colon < 0 ? '' : raw.slice(colon + 1).trim();
    if (!/^[a-z][\w.]*$/i.test(key) || value === '') {
      issues.push({ line, message: 'ligne de libellé attendue sous la forme « clé.de.l.indicateur: texte imprimé à côté du chiffre »' });
    } else if (Object.hasOwn(labels, key)) {
      issues.push({ line, message: `libellé de « ${key} » écrit deux fois : seul le premier est imprimé` });
    } else labels[key] = value;
  });
  return { labels, narrative: text.slice(match[0].length).trim(), issues };
}

/**
 * What the wording of the declared texts says that the pages do not bear out: a line that is not
 * `key: text`, a key that the section's page does not compute (a typo, or another page's figure).
 * `pageKeys` holds the keys of each section printed this year; a text of a section not printed is
 * said elsewhere (report.ts).
 */
export function labelIssues(texts: Record<string, string>, pageKeys: ReadonlyMap<string, readonly string[]>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [id, text] of Object.entries(texts)) {
    const file = `contenu/textes/${id}.md`;
    const { labels, issues: lines } = sectionText(text);
    issues.push(...lines.map(({ line, message }) => ({ severity: 'warning' as const, file, line, message })));
    const keys = pageKeys.get(id);
    if (keys === undefined) continue;
    for (const key of Object.keys(labels).filter((k) => !keys.includes(k))) {
      issues.push({
        severity: 'warning',
        file,
        column: key,
        message:
          `libellé d’un indicateur que cette page ne calcule pas` +
          `${didYouMean(key, keys) || ` (indicateurs de la page : ${keys.join(', ')})`} : il n’est pas imprimé`,
      });
    }
  }
  return issues;
}

/** The wording of every declared text, by indicator key, and the narratives without it (a text of wording only has none). */
export function splitTexts(texts: Record<string, string>): { labels: Record<string, string>; narratives: Record<string, string> } {
  const labels: Record<string, string> = {};
  const narratives: Record<string, string> = {};
  for (const [id, text] of Object.entries(texts)) {
    const split = sectionText(text);
    Object.assign(labels, split.labels);
    if (split.narrative !== '') narratives[id] = split.narrative;
  }
  return { labels, narratives };
}

/**
 * A narrative (`contenu/textes/<id>.md`) is printed after its section's figures: one whose section
 * has no page this year (its offer is absent or switched off), or that is a front page (cover,
 * editorial, territory), would vanish without a word.
 */
export function unprintedTexts(texts: Readonly<Record<string, unknown>>, rendered: readonly { id: string; front: boolean }[]): DataIssue[] {
  const printed = new Set(rendered.filter((section) => !section.front).map((section) => section.id));
  return Object.keys(texts)
    .filter((id) => !printed.has(id))
    .map((id) => ({
      severity: 'warning',
      file: `contenu/textes/${id}.md`,
      message: rendered.some((section) => section.id === id)
        ? 'cette page n’imprime pas de texte déclaré : ce texte ne paraît pas dans le rapport'
        : 'la section de ce texte n’a pas de page cette année (offre absente ou désactivée, section désactivée ou sans ligne) : ' +
          'ce texte ne paraît pas dans le rapport',
    }));
}
