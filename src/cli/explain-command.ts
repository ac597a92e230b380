import { ExitCode } from '../errors.js';
import { explainOrSearch, explanationCsv, formatExplanation } from '../explain.js';
import { formatKeyList } from '../explain-keys.js';
import { writeOutputs } from '../output/write.js';
import { dirname, basename } from 'node:path';
import { reportFailure } from './report-error.js';

export interface ExplainCommandOptions {
  data?: string;
  config?: string;
  csv?: string;
  max: number;
  list?: boolean;
}

/**
 * `alpes-report explain <année> <clé>`: a figure's definition, value and counted rows.
 * `--list`, or words instead of a key (`sorties légitimes`), list the keys with their label.
 */
export async function runExplain(year: number, words: string[], options: ExplainCommandOptions): Promise<number> {
  const key = words.join(' ');
  if (key === '' && !options.list) {
    process.stderr.write(`Erreur : argument obligatoire « clé » manquant (alpes-report explain ${year} --list pour toutes les clés)\n`);
    return ExitCode.USAGE;
  }
  try {
    const outcome = await explainOrSearch({ year, key, dataDir: options.data, configPath: options.config, list: options.list });
    if (outcome.kind === 'matches') {
      const which = outcome.words === '' ? '' : ` dont le libellé ou la clé contient « ${outcome.words} »`;
      const count = outcome.matches.length;
      process.stderr.write(`${count === 0 ? 'Aucune' : count} clé${count > 1 ? 's' : ''}${which}${count > 0 ? ` (alpes-report explain ${year} <clé> pour le détail)` : ''} :\n`);
      process.stdout.write(formatKeyList(outcome.matches));
      if (options.csv !== undefined) process.stderr.write(`--csv ignoré : aucune clé précise n’a été choisie\n`);
      return ExitCode.OK;
    }
    process.stdout.write(formatExplanation(outcome.explanation, options.max));
    if (options.csv !== undefined) {
      const [written] = await writeOutputs(dirname(options.csv), { [basename(options.csv)]: explanationCsv(outcome.explanation) });
      process.stderr.write(`\nLignes écrites dans ${written}\n`);
    }
    return ExitCode.OK;
  } catch (error) {
    return reportFailure(error);
  }
}
