import type { Stats } from 'node:fs';
import { frenchNumber, NNBSP } from '../text/french-numbers.js';

/**
 * How a file is described in a message, wherever it is met (an input, the output folder): what
 * stands at a path when it is not a regular file, and a size as a file manager shows it.
 */

/** What a path is when it is not a regular file, in French. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'un dossier';
  if (stats.isFIFO()) return 'un tube nommé (FIFO)';
  if (stats.isSocket()) return 'une socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'un périphérique';
  return 'un élément qui n’est pas un fichier ordinaire';
}

/** `12,5 Mo`, `300 Ko`. */
export const formatSize = (bytes: number): string =>
  bytes < 2 ** 20 ? `${frenchNumber(Math.ceil(bytes / 1024))}${NNBSP}Ko` : `${frenchNumber(bytes / 2 ** 20, 1)}${NNBSP}Mo`;
