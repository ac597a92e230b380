import { constants } from 'node:fs';
import { lstat, open, readlink, type FileHandle } from 'node:fs/promises';
import { formatSize, kindOf } from '../files/describe.js';

/**
 * Inputs are opened only when they are regular files. A folder, a named pipe (FIFO), a device or
 * a socket in place of an export would otherwise crash the read, or block it for ever.
 */
export type Opened = { handle: FileHandle; size: number } | { problem: string; absent: boolean };

async function whyNotOpened(path: string, error: NodeJS.ErrnoException): Promise<{ problem: string; absent: boolean }> {
  switch (error.code) {
    case 'ENOENT': {
      const link = await lstat(path).catch(() => undefined);
      if (link?.isSymbolicLink()) {
        const target = await readlink(path).catch(() => '?');
        return { problem: `lien symbolique cassé (il pointe vers « ${target} », qui n’existe pas)`, absent: false };
      }
      return { problem: 'fichier introuvable', absent: true };
    }
    case 'EACCES':
    case 'EPERM':
      return { problem: 'fichier illisible : droits insuffisants (vérifiez les droits de lecture)', absent: false };
    case 'ELOOP':
      return { problem: 'lien symbolique qui pointe sur lui-même (boucle)', absent: false };
    case 'ENOTDIR':
      return { problem: 'chemin invalide : un élément du chemin est un fichier, pas un dossier', absent: true };
    default:
      return { problem: `ouverture impossible (${error.code ?? error.message})`, absent: false };
  }
}

/** Opens a regular file for reading; says what the path is instead (absent, a folder, a FIFO, unreadable…). */
export async function openRegular(path: string): Promise<Opened> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO waits for a writer, for ever, without it; regular files ignore it.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return whyNotOpened(path, error as NodeJS.ErrnoException);
  }
  const stats = await handle.stat();
  if (stats.isFile()) return { handle, size: stats.size };
  await handle.close();
  return { problem: `${kindOf(stats)} se trouve à la place du fichier attendu`, absent: false };
}

/** Not read: what stands there instead, or a file over the bound (`tooLarge`, for a caller that says why the bound is there). */
export type NotRead = { problem: string; absent: boolean; tooLarge?: true };

/**
 * A whole regular file, at most `maxBytes` long: a declared text or a settings file is never a
 * book, and a bound keeps a wrong file from filling the memory.
 */
export async function readRegularBytes(path: string, maxBytes: number): Promise<{ bytes: Buffer } | NotRead> {
  const opened = await openRegular(path);
  if ('problem' in opened) return opened;
  try {
    if (opened.size > maxBytes) {
      return {
        problem: `fichier de ${formatSize(opened.size)}, au-delà de la limite de ${formatSize(maxBytes)} pour ce fichier`,
        absent: false,
        tooLarge: true,
      };
    }
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < opened.size) {
      const { bytesRead } = await opened.handle.read(bytes, read, opened.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    await opened.handle.close();
  }
}

/** A whole regular file as UTF-8 text (a byte-order mark dropped), at most `maxBytes` long (see readRegularBytes). */
export async function readRegularText(path: string, maxBytes: number): Promise<{ text: string } | NotRead> {
  const read = await readRegularBytes(path, maxBytes);
  return 'bytes' in read ? { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') } : read;
}
