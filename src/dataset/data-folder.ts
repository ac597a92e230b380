import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ErrorCode, ReportError } from '../errors.js';
import { kindOf } from '../files/describe.js';
import { didYouMean } from '../text/suggest.js';
import { exportNames, type OfferId } from './offer-files.js';
import { YearFolder } from './year-folder.js';
import { plural } from '../text/plural.js';

const hasExport = (folder: YearFolder, offers?: readonly OfferId[]) => exportNames(offers).some((file) => folder.has(file));

/**
 * Checks that `--data` names a year folder before anything is read: a missing folder, a file, the
 * folder of all the years (`--data data` for 2023) or a folder whose exports sit in a subfolder is a
 * usage error (exit 2) that says what to write instead. Hands back the folder as listed, once.
 */
export async function checkDataFolder(dataDir: string, year: number, offers: readonly OfferId[]): Promise<YearFolder> {
  const info = await stat(dataDir).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    const near =
      info.code === 'ENOENT' && !/^\d{4}$/.test(basename(dataDir)) ? didYouMean(basename(dataDir), (await YearFolder.list(dirname(dataDir))).subfolders) : '';
    const why = info.code === 'ENOENT' || info.code === 'ENOTDIR' ? '' : ` (${info.code ?? info.message})`;
    throw new ReportError(ErrorCode.DATA_FOLDER_NOT_FOUND, `Dossier de données introuvable : ${dataDir}${why}${near}`);
  }
  if (!info.isDirectory()) {
    throw new ReportError(
      ErrorCode.DATA_FOLDER_INVALID,
      `--data doit désigner le dossier de l’année (qui contient participants.csv, ` +
        `jeunes.csv…), or ${dataDir} est ${info.isFile() ? 'un fichier' : kindOf(info)}`,
    );
  }
  const folder = await YearFolder.tryList(dataDir);
  if (!(folder instanceof YearFolder)) {
    const { failed } = folder;
    throw new ReportError(
      ErrorCode.DATA_FOLDER_INVALID,
      `Dossier de données illisible : ${dataDir} (${failed === 'EACCES' || failed === 'EPERM' ? 'droits insuffisants' : failed})`,
    );
  }
  if (hasExport(folder, offers)) return folder;
  const off = exportNames().filter((file) => folder.has(file));
  if (off.length > 0) {
    throw new ReportError(
      ErrorCode.DATA_FOLDER_INVALID,
      `Aucun export des offres activées dans ${dataDir} : ${off.join(', ')} ` +
        `${plural(off.length, 'appartient', 'appartiennent')} à une offre désactivée dans la configuration (« offers »)`,
    );
  }
  const { subfolders } = folder;
  if (subfolders.includes(String(year))) {
    throw new ReportError(
      ErrorCode.DATA_FOLDER_INVALID,
      `Aucun export dans ${dataDir}, qui contient les dossiers des années : vouliez-vous dire --data ${join(dataDir, String(year))} ?`,
    );
  }
  // A year folder other than the year's is not where this year's exports are: the years are listed below instead.
  for (const name of subfolders.filter((name) => !/^\d{4}$/.test(name))) {
    if (hasExport(await YearFolder.list(join(dataDir, name)))) {
      throw new ReportError(
        ErrorCode.DATA_FOLDER_INVALID,
        `Aucun export dans ${dataDir}, mais le sous-dossier ${name} en contient : vouliez-vous dire --data ${join(dataDir, name)} ?`,
      );
    }
  }
  const years = subfolders.filter((name) => /^\d{4}$/.test(name)).sort();
  const archives = folder.names.filter((name) => /\.(zip|7z|rar)$/i.test(name));
  const hint =
    years.length > 0
      ? ` ; il contient les dossiers ${years.join(', ')} : indiquez --data ${join(dataDir, '<année>')}`
      : archives.length > 0
        ? ` ; il contient ${archives.map((name) => `« ${name} »`).join(', ')} : décompressez les exports dans ce dossier`
        : '';
  throw new ReportError(
    ErrorCode.DATA_FOLDER_INVALID,
    `Aucun export dans ${dataDir} (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale, ou un export de la Maison de l’Emploi)${hint}`,
  );
}
