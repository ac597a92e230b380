import { duration } from '../cli-french.js';
import { ExitCode, formatIssues } from '../errors.js';
import { startPreview, type BuildOutcome } from '../preview/server.js';
import { reportFailure } from './report-error.js';

export interface PreviewCommandOptions {
  data?: string;
  config?: string;
  port?: number;
}

function say(outcome: BuildOutcome): void {
  const what = outcome.changed.length === 0 ? '' : ` après modification de ${outcome.changed.slice(0, 3).join(', ')}${outcome.changed.length > 3 ? '…' : ''}`;
  if (outcome.ok) process.stderr.write(`✓ Rapport à jour${what} (${duration(outcome.milliseconds)})\n`);
  else process.stderr.write(`✗ ${outcome.message}${what}\n${formatIssues(outcome.issues, 10)}\n  (la page affiche les erreurs ; elle se met à jour dès que le fichier est corrigé)\n`);
}

/** `alpes-report preview <année>`: serves the report and rebuilds it on every change until Ctrl-C. */
export async function runPreview(year: number, options: PreviewCommandOptions): Promise<number> {
  try {
    const server = await startPreview({ year, dataDir: options.data, configPath: options.config, port: options.port, onBuild: say });
    process.stderr.write(`Aperçu du rapport ${year} : ${server.url}\n(les données, les textes, les modèles et la configuration sont surveillés ; Ctrl-C pour arrêter)\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    process.stderr.write('\nAperçu arrêté.\n');
    return ExitCode.OK;
  } catch (error) {
    return reportFailure(error);
  }
}
