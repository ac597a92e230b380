import { ErrorCode, ReportError } from '../errors.js';
import { recordedSet, type RecordedSet } from '../output/written-record.js';
import { renderCommunePages, type CommunePagesView } from '../render/commune-html.js';
import type { Printer, PrintJob } from './pdf.js';

/** Where `--format communes` writes the communes' PDFs, under the output folder. */
export const COMMUNES_FOLDER = 'communes';

/** One PDF per commune of the territory (`--format communes`), printed one after the other by the report's browser: `{ "<commune>.pdf": bytes }`. */
export async function printCommunes(printer: Printer, view: CommunePagesView, job: PrintJob): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const { slug, html } of await renderCommunePages(view)) files[`${slug}.pdf`] = await printer.print(html, job);
  return files;
}

/**
 * The files of `--format communes`, written with the report's other files as one set: each
 * commune's PDF under `communes/`, the record of them, and the PDFs this tool wrote there for
 * communes no longer in the territory, to remove (only those: see written-record.ts).
 */
export async function communeFiles(outDir: string, pdfs: Readonly<Record<string, Uint8Array>>): Promise<RecordedSet & { notices: string[] }> {
  const set = await recordedSet(outDir, COMMUNES_FOLDER, pdfs);
  const notices = [
    ...(set.remove.length === 0 ? [] : [`Fiches communales de communes qui ne sont plus du territoire, retirées : ${set.remove.join(', ')}.`]),
    ...(set.changed.length === 0
      ? []
      : [`Fiches communales de communes qui ne sont plus du territoire, modifiées depuis leur écriture : laissées en place (${set.changed.join(', ')}).`]),
  ];
  return { ...set, notices };
}

/** Why `--format communes` writes nothing: no page of the report counts people by commune. */
export const NO_COMMUNE_PAGE =
  'aucune page du rapport ne compte les personnes par commune de résidence (les pages des jeunes accompagnés, des participants ' +
  'et sorties du PLIE, de la clause d’insertion et des aides à la mobilité sont désactivées, de leur offre ou de la configuration, ou sans ligne de l’année)';

/** `--format communes` alone and nothing to write: an error, the run would write nothing (with other formats, a notice). */
export function noCommunePage(year: number, others: boolean): string {
  if (others) return `Fiches communales non écrites (--format communes) : ${NO_COMMUNE_PAGE} ; les fichiers déjà dans ${COMMUNES_FOLDER}/ sont laissés.`;
  throw new ReportError(ErrorCode.USAGE, `--format communes : aucune fiche communale à écrire pour ${year}, ${NO_COMMUNE_PAGE}. Rien n’a été écrit.`);
}
