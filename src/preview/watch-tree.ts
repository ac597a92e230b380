import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders deeper than this below a watched one are not watched (a year folder is two levels deep). */
const MAX_DEPTH = 6;

/**
 * Watches a folder and, if `recursive`, every folder below it (and those made later), each with its
 * own plain watch. Not Node's recursive watch: on Linux it misses a file replaced a second time by
 * a rename, which is how editors and spreadsheets save. Calls `onChange` with the changed path
 * when `filter` accepts its name relative to `root`. A folder that does not exist (yet) is not watched.
 */
export function watchTree(root: string, onChange: (path: string) => void, filter: (name: string) => boolean = () => true, recursive = true): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string, depth: number) => {
    if (watchers.has(dir) || depth > MAX_DEPTH) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        const path = join(dir, name?.toString() ?? '');
        if (filter(relative(root, path))) onChange(path);
        // A folder made (or moved in) later is watched too.
        if (recursive && name) addFolders(dir, depth);
      });
    } catch {
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    if (recursive) addFolders(dir, depth);
  };
  const addFolders = (dir: string, depth: number) => {
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) add(join(dir, entry.name), depth + 1);
    } catch {
      // Gone meanwhile.
    }
  };
  add(root, 0);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
