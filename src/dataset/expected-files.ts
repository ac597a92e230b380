import { join } from 'node:path';
import type { DataIssue } from '../errors.js';
import { filesOf, OFFER_FILES, SHARED_FILES, exportNames, type OfferId } from './offer-files.js';
import type { YearData } from './year-data.js';
import type { YearFolder } from './year-folder.js';

/** An offer is in the folder when one of its own files is (a broken link counts: it says what it should be). */
export const isPresent = (folder: YearFolder, offer: OfferId) => filesOf(offer).some((file) => !SHARED_FILES.includes(file) && folder.has(file));

/** What the folder's files say before anything is read: exports in another case, required files missing, optional ones absent. */
export function checkFiles(folder: YearFolder, offers: readonly OfferId[]): { issues: DataIssue[]; notices: string[]; complete: Set<OfferId> } {
  const issues: DataIssue[] = [];
  const notices: string[] = [];
  const complete = new Set<OfferId>();
  for (const file of exportNames(offers)) {
    const found = folder.find(file);
    if (found?.caseDiffers) notices.push(`${found.path} lu comme ${file} (le nom attendu est en minuscules).`);
  }
  // An export saved under another name (`offres (1).csv`, `clauses_2023.csv`) would leave its pages empty without a word.
  const misnamed = (file: string) => {
    const near = folder.lookalikes(file).filter((name) => !known.has(name));
    return near.length === 0 ? undefined : `le dossier contient ${near.map((n) => `« ${n} »`).join(', ')} : renommez-le ${file} (export CSV)`;
  };
  const known = new Set(exportNames(offers));
  for (const offer of offers) {
    if (!isPresent(folder, offer)) {
      for (const file of filesOf(offer).filter((f) => !SHARED_FILES.includes(f))) {
        const rename = misnamed(file);
        if (rename !== undefined) issues.push({ severity: 'error', file: join(folder.folder, file), message: `fichier introuvable ; ${rename}` });
      }
      continue;
    }
    const { name, required, optional } = OFFER_FILES[offer];
    const here = filesOf(offer).filter((file) => !SHARED_FILES.includes(file) && folder.has(file));
    const missing = required.filter((file) => !folder.has(file));
    for (const file of missing) {
      const rename = misnamed(file);
      const seen = rename === undefined ? '' : ` ; ${rename}`;
      issues.push({
        severity: 'error',
        file: join(folder.folder, file),
        message:
          `fichier introuvable : ${name} en a besoin (le dossier contient ${here.join(', ')})${seen} ; sans cette offre, déclarez ` +
          `"offers": { "${offer}": false } dans un fichier de configuration (--config fichier.json, voir docs/configuration.md)`,
      });
    }
    if (missing.length === 0) complete.add(offer);
    for (const file of optional) {
      if (folder.has(file) || (SHARED_FILES.includes(file) && offer === 'mde' && offers.includes('ml') && isPresent(folder, 'ml'))) continue;
      const rename = misnamed(file);
      if (rename !== undefined) {
        issues.push({
          severity: 'error',
          file: join(folder.folder, file),
          message: `fichier introuvable ; ${rename}, sinon les pages qui en dépendent disent « Aucune donnée »`,
        });
        continue;
      }
      notices.push(
        offer === 'ml'
          ? `${join(folder.folder, file)} absent : lu comme vide pour ${name}.`
          : `${join(folder.folder, file)} absent : les pages de ${name} qui en dépendent disent « Aucune donnée ».`,
      );
    }
  }
  return { issues, notices, complete };
}

/** An offer switched on without any export in the year folder prints « Aucune donnée » pages: said once, with how to switch it off. */
export function absentOffers(dataDir: string, data: YearData, offers: readonly OfferId[]): string[] {
  return offers
    .filter((offer) => data[offer] === undefined)
    .map((offer) => {
      const { of, people } = OFFER_FILES[offer];
      const files =
        people ??
        filesOf(offer)
          .filter((file) => !SHARED_FILES.includes(file))
          .join(', ');
      return (
        `Aucun export ${of} dans ${dataDir} (${files}) : ses pages disent « Aucune donnée ». Si l’association n’a pas cette offre, ` +
        `déclarez "offers": { "${offer}": false } dans un fichier de configuration (--config fichier.json, voir docs/configuration.md).`
      );
    });
}
