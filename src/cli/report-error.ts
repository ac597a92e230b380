import { ExitCode, ReportError, formatIssues } from '../errors.js';
import { say } from './say.js';

/** Says a failure in French on stderr and gives the exit code it maps to. */
export function reportFailure(error: unknown): number {
  if (error instanceof ReportError) {
    const details = error.issues.length > 0 ? `\n${formatIssues(error.issues)}` : '';
    say(`Erreur : ${error.message}${details}\n`);
    return error.exitCode;
  }
  say(`Erreur inattendue (défaut du programme, à signaler) : ${(error as Error).stack ?? String(error)}\n`);
  return ExitCode.INTERNAL;
}
