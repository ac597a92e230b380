import { ExitCode } from '../errors.js';
import { explainIndicator, explanationCsv, formatExplanation } from '../explain.js';
import { writeOutputs } from '../output/write.js';
import { dirname, basename } from 'node:path';
import { reportFailure } from './report-error.js';

export interface ExplainCommandOptions {
  data?: string;
  config?: string;
  csv?: string;
  max: number;
}

/** `alpes-report explain <année> <clé>`: a figure's definition, value and counted rows. */
export async function runExplain(year: number, key: string, options: ExplainCommandOptions): Promise<number> {
  try {
    const explanation = await explainIndicator({ year, key, dataDir: options.data, configPath: options.config });
    process.stdout.write(formatExplanation(explanation, options.max));
    if (options.csv !== undefined) {
      const [written] = await writeOutputs(dirname(options.csv), { [basename(options.csv)]: explanationCsv(explanation) });
      process.stderr.write(`\nLignes écrites dans ${written}\n`);
    }
    return ExitCode.OK;
  } catch (error) {
    return reportFailure(error);
  }
}
