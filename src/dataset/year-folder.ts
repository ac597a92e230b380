import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { nearest } from '../suggest.js';

/**
 * What a year folder holds, listed once: every export is looked up here rather than opened
 * blindly, so that an export named in another case, or with another extension, is named to the user.
 */
export class YearFolder {
  private constructor(
    readonly folder: string,
    /** Entry names of any kind: files, folders, links (broken ones too). */
    readonly names: readonly string[],
  ) {}

  static async list(folder: string): Promise<YearFolder> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return new YearFolder(folder, names);
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
    return [...new Set([...sameStem, ...nearest(file, this.names.filter((name) => name !== file))])].slice(0, 3);
  }
}
