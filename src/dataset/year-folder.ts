import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { nearest } from '../text/suggest.js';

/**
 * What a year folder holds, listed once: every export is looked up here rather than opened
 * blindly, so that an export named in another case, or with another extension, is named to the user.
 */
export class YearFolder {
  private constructor(
    readonly folder: string,
    /** Entry names of any kind: files, folders, links (broken ones too). */
    readonly names: readonly string[],
    /** The entries that are folders, or links that may lead to one (`2023/` in the folder of all the years). */
    readonly subfolders: readonly string[],
  ) {}

  /** The folder's entries; an unreadable folder lists as empty. */
  static async list(folder: string): Promise<YearFolder> {
    const listed = await YearFolder.tryList(folder);
    return listed instanceof YearFolder ? listed : new YearFolder(folder, [], []);
  }

  /** The folder's entries, or the error code that kept it from being listed. */
  static async tryList(folder: string): Promise<YearFolder | { failed: string }> {
    try {
      const entries = await readdir(folder, { withFileTypes: true });
      const subfolders = entries.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).map((entry) => entry.name);
      return new YearFolder(
        folder,
        entries.map((entry) => entry.name),
        subfolders,
      );
    } catch (error) {
      return { failed: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    }
  }

  /**
   * The entry an export is read from: its exact name, else the one entry that differs only by case
   * (`Participants.CSV`: Windows does not tell them apart, so a Windows user's folder reads the same here).
   */
  find(file: string): { name: string; path: string; caseDiffers: boolean } | undefined {
    if (this.names.includes(file)) return { name: file, path: join(this.folder, file), caseDiffers: false };
    const same = this.names.filter((name) => name.toLowerCase() === file.toLowerCase());
    return same.length === 1 ? { name: same[0]!, path: join(this.folder, same[0]!), caseDiffers: true } : undefined;
  }

  has(file: string): boolean {
    return this.find(file) !== undefined;
  }

  /** Entries that look like a misnamed export (`participants.txt`, `participant.csv`, `participants (1).csv`), for « vouliez-vous dire ». */
  lookalikes(file: string): string[] {
    const stem = file.replace(/\.csv$/, '').toLowerCase();
    const sameStem = this.names.filter((name) => name.toLowerCase().startsWith(stem) && name.toLowerCase() !== file.toLowerCase());
    return [
      ...new Set([
        ...sameStem,
        ...nearest(
          file,
          this.names.filter((name) => name !== file),
        ),
      ]),
    ].slice(0, 3);
  }
}
