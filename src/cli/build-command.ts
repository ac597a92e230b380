import { duration } from './french.js';
import { ErrorCode, ExitCode, ReportError, formatIssues } from '../errors.js';
import { buildReport, type Format } from '../report.js';
import { reportFailure } from './report-error.js';
import { onStopSignals } from './signals.js';
import { say } from './say.js';
import { counted } from '../text/plural.js';

export interface BuildCommandOptions {
  data?: string;
  out?: string;
  format: Format[];
  config?: string;
  strict?: boolean;
  quiet?: boolean;
}

/** `alpes-report <année>`: the report's files, with progress, warnings and notices on stderr. */
export async function runBuild(year: number, options: BuildCommandOptions): Promise<number> {
  const progress = (step: string, ms: number) => {
    if (!options.quiet) say(`  ✓ ${step} (${duration(ms)})\n`);
  };
  // Ctrl-C or SIGTERM stops the build, whatever it is waiting for, and closes the browser; the
  // previous report stays. A second one ends the process at once (Chromium ends with it), except
  // while the files are moved into place: that takes milliseconds and is undone whole.
  // Once the earlier files are being replaced, only the browser's closing is left.
  let replacing = false;
  let exit: number | undefined;
  const stop = onStopSignals(() => !replacing);
  try {
    if (!options.quiet) say(`Rapport d'activité ${year}\n`);
    const result = await buildReport({
      year,
      dataDir: options.data,
      outDir: options.out,
      formats: options.format,
      configPath: options.config,
      strict: options.strict ?? false,
      onProgress: progress,
      onReplacing: () => (replacing = true),
      signal: stop.signal,
    });
    if (result.warnings.length > 0) {
      say(`\n${counted(result.warnings.length, 'avertissement')} :\n${formatIssues(result.warnings)}\n`);
    }
    if (result.historyWarnings.length > 0) {
      say(`\n${counted(result.historyWarnings.length, 'avertissement')} sur les années précédentes (évolutions) :\n${formatIssues(result.historyWarnings)}\n`);
    }
    for (const notice of result.notices) say(`\nℹ ${notice}\n`);
    if (result.warnings.length + result.historyWarnings.length + result.notices.length > 0) say('\n');
    if (!options.quiet) say(`Fichiers écrits :\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
    return (exit = ExitCode.OK);
  } catch (error) {
    const code = reportFailure(error);
    if (error instanceof ReportError && error.issues.length > 0) say('Aucun fichier n’a été écrit.\n');
    return (exit = error instanceof ReportError && error.code === ErrorCode.INTERRUPTED ? stop.exitCode(code) : code);
  } finally {
    stop.dispose(exit);
  }
}
