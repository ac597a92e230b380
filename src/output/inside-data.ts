import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { previousFolder } from '../dataset/load.js';
import { ErrorCode, ReportError } from '../errors.js';

/** The real path of `path` (links resolved), for a path that may not exist yet: its nearest existing part resolved, the rest appended. */
async function realPathOf(path: string): Promise<string> {
  const missing: string[] = [];
  for (let at = resolve(path); ;) {
    const real = await realpath(at).catch(() => undefined);
    if (real !== undefined) return join(real, ...missing.reverse());
    const parent = dirname(at);
    if (parent === at) return resolve(path);
    missing.push(basename(at));
    at = parent;
  }
}

const within = (folder: string, path: string) => {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
};

/**
 * Refuses an output folder that is a folder the build reads (the year's, or a previous year's
 * that feeds the evolutions), or inside one: the report written there would be read back as an
 * export or a content file by every later run. Compared on real paths (links resolved). Checked
 * before anything is read or written: a usage error.
 */
export async function refuseOutputInData(outDir: string, dataDir: string, year: number, option = '--out', historyYears = 2): Promise<void> {
  // `--data` naming the folder of all the years: the reading says so first, with the year folder meant.
  if (
    await stat(join(dataDir, String(year))).then(
      (info) => info.isDirectory(),
      () => false,
    )
  )
    return;
  const out = await realPathOf(outDir);
  const read = [dataDir];
  for (let back = 1; back <= historyYears; back++) {
    const folder = previousFolder(dataDir, year, back);
    if (folder !== undefined) read.push(folder);
  }
  for (const folder of read) {
    if (!within(await realPathOf(folder), out)) continue;
    const where = (await realPathOf(folder)) === out ? `est le dossier des données ${folder}` : `est dans le dossier des données ${folder}`;
    throw new ReportError(
      ErrorCode.USAGE,
      `${option === '--out' ? `le dossier de sortie ${outDir}` : `le fichier ${option} est écrit dans ${outDir}, qui`} ${where} : ce qui y est ` +
        `écrit serait relu comme un export à chaque exécution suivante. Choisissez un dossier de sortie hors du dossier des données (${option})`,
    );
  }
}
