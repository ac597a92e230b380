import { abortable } from '../abortable.js';
import { ErrorCode, ExitCode, ReportError } from '../errors.js';
import { explainOrSearch, explanationCsv, formatExplanation } from '../explain/explain.js';
import { formatKeyList } from '../explain/keys.js';
import { writeOutputs } from '../output/write.js';
import { dirname, basename, join } from 'node:path';
import { refuseOutputInData } from '../output/inside-data.js';
import { reportFailure } from './report-error.js';
import { onStopSignals } from './signals.js';
import { print, say } from './say.js';
import { counted } from '../text/plural.js';

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
    say(`Erreur : argument obligatoire « clé » manquant (alpes-report explain ${year} --list pour toutes les clés)\n`);
    return ExitCode.USAGE;
  }
  // Stopped as the build is; the CSV, once being written, is finished (milliseconds).
  let writing = false;
  let exit: number | undefined;
  const stop = onStopSignals(() => !writing);
  try {
    // A CSV written into the data folder would be read back as an export by every later run.
    if (options.csv !== undefined) await refuseOutputInData(dirname(options.csv), options.data ?? join('data', String(year)), year, '--csv');
    // Ctrl-C or SIGTERM stops it at once: a read blocked in the system never holds the command.
    const outcome = await abortable(explainOrSearch({ year, key, dataDir: options.data, configPath: options.config, list: options.list }), stop.signal);
    if (outcome.kind === 'matches') {
      const which = outcome.words === '' ? '' : ` dont le libellé ou la clé contient « ${outcome.words} »`;
      const count = outcome.matches.length;
      say(`${count === 0 ? 'Aucune clé' : counted(count, 'clé')}${which}${count > 0 ? ` (alpes-report explain ${year} <clé> pour le détail)` : ''} :\n`);
      print(formatKeyList(outcome.matches));
      if (options.csv !== undefined) say(`--csv ignoré : aucune clé précise n’a été choisie\n`);
      return (exit = ExitCode.OK);
    }
    print(formatExplanation(outcome.explanation, options.max));
    if (options.csv !== undefined) {
      const [written] = await writeOutputs(
        dirname(options.csv),
        { [basename(options.csv)]: explanationCsv(outcome.explanation) },
        { signal: stop.signal, onReplacing: () => (writing = true) },
      );
      say(`\nLignes écrites dans ${written}\n`);
    }
    return (exit = ExitCode.OK);
  } catch (error) {
    const code = reportFailure(error);
    return (exit = error instanceof ReportError && error.code === ErrorCode.INTERRUPTED ? stop.exitCode(code) : code);
  } finally {
    stop.dispose(exit);
  }
}
