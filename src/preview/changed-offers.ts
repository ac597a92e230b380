import { join, relative, sep } from 'node:path';
import { TEXTS_FOLDER } from '../dataset/content-names.js';
import type { Offer } from '../measure/section.js';
import { EXPORTS } from '../schemas/all-exports.js';

/** Where the saved files are: the year's folder, the previous years' read for the evolutions, the templates. */
export interface WatchedFolders {
  dataDir: string;
  history: readonly string[];
  templatesDir: string;
}

const inside = (file: string, folder: string) => file.startsWith(folder + sep);

/**
 * The offers whose sections' inputs the saved files may change, or undefined when they may change
 * any section (the configuration, a file that is not an export, a folder): the preview then makes
 * every section again (`computeReport`'s `reuse`). Erring on the side of more offers:
 * - an export of a year folder (this year's or a previous one, whose rows feed the evolutions): the
 *   offers that read it (`EXPORTS`), the same name in another case too (the folder reads either);
 *   the Maison de l'Emploi with the Mission Locale, which hands it its rows of the shared files;
 * - a narrative text of the year (`contenu/textes/`): none, no section reads them (they are printed
 *   after its figures; `computeReport` makes their warnings again, and the declared figures');
 * - any other declared content (`contenu/`): its own sections and the Maison de l'Emploi's (its
 *   events and business creation are declared there);
 * - a template: none (only the page is made again).
 */
export function changedOffers(changed: readonly string[], { dataDir, history, templatesDir }: WatchedFolders): Set<Offer> | undefined {
  const offers = new Set<Offer>();
  for (const file of changed) {
    const folder = [dataDir, ...history].find((year) => inside(file, year));
    if (folder === undefined) {
      if (inside(file, templatesDir)) continue;
      return undefined;
    }
    if (inside(file, join(dataDir, 'contenu', TEXTS_FOLDER))) continue;
    const name = relative(folder, file);
    if (name === 'contenu' || name.startsWith(`contenu${sep}`)) {
      offers.add('contenu').add('mde');
      continue;
    }
    const read = EXPORTS.find((definition) => definition.folder === undefined && definition.file.toLowerCase() === name.toLowerCase());
    if (read === undefined) return undefined;
    for (const offer of Object.keys(read.offers) as Offer[]) offers.add(offer);
    if (offers.has('ml')) offers.add('mde');
  }
  return offers;
}
