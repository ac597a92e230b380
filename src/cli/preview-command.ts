import { duration } from './french.js';
import { ErrorCode, ExitCode, formatIssues, interrupted, ReportError } from '../errors.js';
import { startPreview, type BuildOutcome } from '../preview/server.js';
import { shortPath, unchangedWarnings, warningsText } from '../preview/warnings.js';
import { reportFailure } from './report-error.js';
import { onStopSignals } from './signals.js';
import { say } from './say.js';

export interface PreviewCommandOptions {
  data?: string;
  config?: string;
  port?: number;
}

/** Each build in a line, its warnings after it: all of them the first time, then what changed (the page lists them too). */
export function sayBuild(outcome: BuildOutcome): void {
  const what =
    outcome.changed.length === 0
      ? ''
      : ` après modification de ${outcome.changed
          .slice(0, 3)
          .map((file) => shortPath(file))
          .join(', ')}${outcome.changed.length > 3 ? '…' : ''}`;
  if (outcome.ok) {
    const { warnings } = outcome;
    say(`✓ Rapport à jour${what} (${duration(outcome.milliseconds)})${warnings ? unchangedWarnings(warnings) : ''}\n`);
    if (warnings) say(warningsText(warnings));
  } else
    say(
      `✗ ${outcome.message}${what}\n${formatIssues(outcome.issues, 10)}\n  (la page affiche les erreurs ; elle se met à jour dès que le fichier est corrigé)\n`,
    );
}

/** `alpes-report preview <année>`: serves the report and rebuilds it on every change until Ctrl-C. */
export async function runPreview(year: number, options: PreviewCommandOptions): Promise<number> {
  // Ctrl-C or SIGTERM: the server closes (a rebuild under way abandoned) and the command exits 0,
  // the preview's normal end; a second one ends it at once.
  let exit: number | undefined;
  const stop = onStopSignals();
  try {
    const starting = startPreview({ year, dataDir: options.data, configPath: options.config, port: options.port, onBuild: sayBuild });
    // Stopped during the first build (which a file that never ends could hold): nothing to close yet.
    const server = await new Promise<Awaited<typeof starting>>((resolve, reject) => {
      stop.signal.addEventListener('abort', () => reject(interrupted()), { once: true });
      starting.then(resolve, reject);
    });
    starting.catch(() => undefined);
    if (!stop.signal.aborted) {
      say(`Aperçu du rapport ${year} : ${server.url}\n(les données, les textes, les modèles et la configuration sont surveillés ; Ctrl-C pour arrêter)\n`);
      await new Promise((done) => stop.signal.addEventListener('abort', done, { once: true }));
    }
    await server.close();
    say('\nAperçu arrêté.\n');
    return (exit = ExitCode.OK);
  } catch (error) {
    const code = reportFailure(error);
    return (exit = error instanceof ReportError && error.code === ErrorCode.INTERRUPTED ? stop.exitCode(code) : code);
  } finally {
    stop.dispose(exit);
  }
}
