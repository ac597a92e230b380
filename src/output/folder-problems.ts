import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { kindOf } from '../files/describe.js';

/** A file system error in French, about `path` (the output folder, a file in it). */
export function systemProblem(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'disque plein';
    case 'EDQUOT':
      return 'quota de disque atteint';
    case 'EROFS':
      return `« ${path} » est sur un disque en lecture seule`;
    case 'EACCES':
    case 'EPERM':
      return `droits insuffisants pour écrire dans « ${path} »`;
    case 'ENOTDIR':
      return `un élément du chemin « ${path} » est un fichier, pas un dossier`;
    case 'EISDIR':
      return `« ${path} » est un dossier`;
    case 'ENAMETOOLONG':
      return `chemin trop long : « ${path} »`;
    default:
      return `${error.code ?? 'erreur'} : ${error.message}`;
  }
}

/**
 * Why the output folder (existing or to be made) could not take the report, or undefined: checked
 * before the long work, so that a folder under a file, or a read-only one, is said at once rather
 * than after the whole build (which still handles a failure at the end: a disk that fills up).
 * Paths are said as the user wrote them.
 */
export async function outputFolderProblem(outDir: string): Promise<string | undefined> {
  // The nearest part of the path that exists: the folder itself, or where it will be made.
  let path = outDir;
  for (;;) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) {
        const kind = found.isFile() ? 'un fichier' : kindOf(found);
        return path === outDir ? `c’est ${kind}, pas un dossier` : `« ${path} » est ${kind}`;
      }
      break;
    }
    if (found.code !== 'ENOENT' && found.code !== 'ENOTDIR') return systemProblem(found, path);
    const parent = dirname(path);
    if (parent === path) return undefined;
    path = parent;
  }
  try {
    await access(path, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return systemProblem(error as NodeJS.ErrnoException, path);
  }
}

export const unusableFolder = (outDir: string, problem: string): string => `le dossier de sortie ${outDir} n’est pas utilisable : ${problem}`;
