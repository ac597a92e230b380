import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DataIssue } from '../errors.js';
import type { ExportCache } from '../read/read-export.js';
import type { ReadingConfig } from './reading.js';
import { blocking, loadYear } from './year.js';
import type { YearData } from './year-data.js';
import { counted, plural } from '../text/plural.js';

/**
 * Where a previous year lives: beside the year folder when it is named after the year
 * (`fixtures/2023` → `fixtures/2022`).
 */
export function previousFolder(dataDir: string, year: number, back: number): string | undefined {
  if (basename(dataDir) === String(year)) return join(dirname(dataDir), String(year - back));
  // `--data .` from inside the year folder: its name is the resolved one.
  const resolved = resolve(dataDir);
  return basename(resolved) === String(year) ? join(dirname(resolved), String(year - back)) : undefined;
}

const isFolder = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );

/**
 * The previous years that feed the evolutions, nearest first. A previous year only feeds the
 * evolutions: an empty folder, or one with errors (an archived export that newer checks refuse,
 * another year's copy), stops them there with a notice, its errors listed among the previous years'
 * warnings; it never blocks the report. Its declared content (contenu/) and its Maison de
 * l'Emploi exports are not read: no page prints or compares them.
 */
export async function loadHistory(
  dataDir: string,
  year: number,
  historyYears: number,
  config: ReadingConfig,
  cache?: ExportCache,
): Promise<{ history: YearData[]; issues: DataIssue[]; notices: string[] }> {
  const history: YearData[] = [];
  const issues: DataIssue[] = [];
  const notices: string[] = [];
  // Only the PLIE and Mission Locale pages print evolutions: a previous year's Maison de l'Emploi
  // exports are not read (an archived one that newer checks refuse would stop the others' evolutions).
  const evolving = { ...config, offers: { ...config.offers, mde: false } };
  if (!evolving.offers.plie && !evolving.offers.ml) return { history, issues, notices };
  for (let back = 1; back <= historyYears; back++) {
    const folder = previousFolder(dataDir, year, back);
    const before = year - back;
    if (folder === undefined || !(await isFolder(folder))) {
      const older = previousFolder(dataDir, year, back + 1);
      const skipped =
        older !== undefined && back < historyYears && (await isFolder(older))
          ? ` (${older} n’est pas lu : les évolutions comparent des années qui se suivent)`
          : '';
      notices.push(
        folder === undefined
          ? `Évolutions omises : le dossier ${dataDir} ne porte pas le nom de l'année, les années précédentes ne sont pas cherchées.`
          : `Pas de données ${before} (${folder}) : les évolutions s'arrêtent à ${before + 1}${skipped}.`,
      );
      break;
    }
    const loaded = await loadYear(folder, before, evolving, { cache });
    if (loaded.empty) {
      notices.push(`Le dossier ${folder} ne contient aucun export : les évolutions s'arrêtent à ${before + 1}.`);
      break;
    }
    const errors = blocking(loaded.issues);
    if (errors.length > 0) {
      issues.push(...loaded.issues.map((issue) => ({ ...issue, severity: 'warning' as const })));
      notices.push(
        `${counted(errors.length, 'erreur')} dans ${folder} (${plural(errors.length, 'listée')} avec les avertissements des années précédentes) : ` +
          `les évolutions s'arrêtent à ${before + 1}.`,
      );
      break;
    }
    history.push(loaded.data);
    issues.push(...loaded.issues);
    notices.push(...loaded.notices);
  }
  return { history, issues, notices };
}
