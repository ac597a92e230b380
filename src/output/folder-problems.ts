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

export const unusableFolder = (outDir: string, problem: string): string => `le dossier de sortie ${outDir} n’est pas utilisable : ${problem}`;
