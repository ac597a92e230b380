import { renderCommunePages, type CommunePagesView } from '../render/commune-html.js';
import type { Printer, PrintJob } from './pdf.js';

/** Where `--format communes` writes a commune's PDF, under the output folder. */
export const communePdfName = (slug: string): string => `communes/${slug}.pdf`;

/**
 * One PDF per commune of the territory (`--format communes`), printed one after the other by the
 * report's browser: `{ "communes/<commune>.pdf": bytes }`, written with the report's other files.
 */
export async function printCommunes(printer: Printer, view: CommunePagesView, job: PrintJob): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const { slug, html } of await renderCommunePages(view)) files[communePdfName(slug)] = await printer.print(html, job);
  return files;
}
