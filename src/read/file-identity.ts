import type { Stats } from 'node:fs';

/**
 * The file a read opened, as its first open saw it: a thread of a parallel read opens it again by
 * name, and must find the same file (a save by rename in between would mix parts of two files).
 */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export const identityOf = (stats: Stats, size: number): FileIdentity => ({ dev: stats.dev, ino: stats.ino, size, mtimeMs: stats.mtimeMs });

export const sameFile = (stats: Stats, identity: FileIdentity): boolean =>
  stats.dev === identity.dev && stats.ino === identity.ino && stats.size === identity.size && stats.mtimeMs === identity.mtimeMs;

export const FILE_CHANGED = 'le fichier a changé pendant la lecture : relancez';

/** A read that ends before the size the file had when opened: the file was cut meanwhile (a save, a sync), its rows would be taken for all of them. */
export const FILE_SHRUNK = 'le fichier a raccourci pendant la lecture (enregistrement ou synchronisation en cours ?) : relancez quand il est complet';
