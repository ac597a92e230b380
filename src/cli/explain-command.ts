import { ErrorCode, ExitCode, interrupted, ReportError } from '../errors.js';
import { explainIndicator, explanationCsv, formatExplanation } from '../explain.js';
import { writeOutputs } from '../output/write.js';
import { dirname, basename } from 'node:path';
import { reportFailure } from './report-error.js';
import { onStopSignals } from './signals.js';

export interface ExplainCommandOptions {
  data?: string;
  config?: string;
  csv?: string;
  max: number;
}

/** The work, or `interrupted()` as soon as Ctrl-C or SIGTERM comes: a read blocked in the system never holds the command. */
const unlessStopped = <T>(work: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(interrupted());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });

/** `alpes-report explain <année> <clé>`: a figure's definition, value and counted rows. */
export async function runExplain(year: number, key: string, options: ExplainCommandOptions): Promise<number> {
  // Stopped as the build is; the CSV, once being written, is finished (milliseconds).
  let writing = false;
  let exit: number | undefined;
  const stop = onStopSignals(() => !writing);
  try {
    const explanation = await unlessStopped(explainIndicator({ year, key, dataDir: options.data, configPath: options.config }), stop.signal);
    process.stdout.write(formatExplanation(explanation, options.max));
    if (options.csv !== undefined) {
      writing = true;
      const [written] = await writeOutputs(dirname(options.csv), { [basename(options.csv)]: explanationCsv(explanation) });
      process.stderr.write(`\nLignes écrites dans ${written}\n`);
    }
    return (exit = ExitCode.OK);
  } catch (error) {
    const code = reportFailure(error);
    return (exit = error instanceof ReportError && error.code === ErrorCode.INTERRUPTED ? stop.exitCode(code) : code);
  } finally {
    stop.dispose(exit);
  }
}
