import { join, sep } from 'node:path';
import type { Dataset } from '../dataset/load.js';
import { TEXTS_FOLDER } from '../dataset/content-names.js';
import { labelIssues, unprintedTexts } from '../dataset/text-labels.js';
import type { ComputedReport } from '../report.js';

/** Whether every changed file is a narrative text of the year (`contenu/textes/…`), the folder itself excepted. */
export function onlyTexts(changed: readonly string[], dataDir: string): boolean {
  const folder = join(dataDir, 'contenu', TEXTS_FOLDER) + sep;
  return changed.length > 0 && changed.every((file) => file.startsWith(folder));
}

/**
 * The computed report after a save that changed only narrative texts: no section reads them (they
 * are printed after its figures, with the wording of `key: text` lines, by the page), so the
 * sections, their figures and charts stand, and only the warnings about the texts are made again,
 * as `computeReport` makes them: the texts' first, then the declared figures' (unchanged). Saves
 * the preview the whole aggregation (100 ms and more on the fixtures) after each edit of a text.
 */
export function withNewTexts(computed: ComputedReport, dataset: Dataset): ComputedReport {
  const texts = dataset.current.contenu?.texts ?? {};
  const rendered = computed.sections;
  const pageKeys = new Map(rendered.filter((section) => section.model !== undefined).map((section) => [section.id, section.indicators]));
  const isText = (file: string) => file.startsWith(`contenu/${TEXTS_FOLDER}/`);
  const others = computed.conflicts.filter((issue) => !isText(issue.file));
  return { ...computed, conflicts: [...unprintedTexts(texts, rendered), ...labelIssues(texts, pageKeys), ...others] };
}
