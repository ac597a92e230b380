import { ExitCode } from '../errors.js';
import { say } from './say.js';

/**
 * A stop asked by a signal exits as a shell reports a process that signal ended: 128 + its number.
 * Ctrl-C (SIGINT) 130, SIGTERM (what `kill`, systemd or a CI runner send) 143; both behave alike.
 */
export const SIGNAL_EXIT_CODES = { SIGINT: ExitCode.INTERRUPTED, SIGTERM: ExitCode.TERMINATED } as const;
type StopSignal = keyof typeof SIGNAL_EXIT_CODES;

/** After the first signal, how long the command may take to stop cleanly before it is ended. */
const GRACE_MS = 10_000;
/** Once the command has returned, how long work it could not cancel may keep the process up. */
const LINGER_MS = 1_000;

/**
 * Ends the process by the signal itself, as if it had no handler (a shell then reports 130 or 143).
 * Not `process.exit`: Node waits at exit for its file-system threads, and one blocked in the
 * system (a read from a network share that no longer answers, a hung file system) would hold the
 * exit for ever. The exit handlers run
 * first: the browser is killed, the temporary folders removed.
 */
function endBy(name: StopSignal): void {
  process.exitCode = SIGNAL_EXIT_CODES[name];
  process.emit('exit', SIGNAL_EXIT_CODES[name]);
  process.removeAllListeners(name);
  process.kill(process.pid, name);
}

export interface StopSignals {
  /** Aborted on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** The exit code for that signal, or `code` when none came. */
  exitCode(code: number): number;
  /**
   * Stops listening; if a signal came, the process ends soon even if something it cannot cancel
   * holds it: by the signal, or with `code` 0 when the command had finished its work anyway.
   */
  dispose(code?: number): void;
}

/**
 * SIGINT and SIGTERM, the same way: the first aborts the command (which stops cleanly: the
 * browser closed, nothing written); a second one, or the command still running `GRACE_MS` later,
 * ends the process at once (Chromium, reading its commands from a pipe, ends with it) — except
 * while `mayEndNow()` says no (the outputs being moved into place: milliseconds, and recoverable
 * anyway). No step, however blocked, can make the process ignore a signal.
 */
export function onStopSignals(mayEndNow: () => boolean = () => true): StopSignals {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  let grace: NodeJS.Timeout | undefined;
  const endNow = () => {
    if (!mayEndNow()) return false;
    say('\nInterrompu : arrêt immédiat.\n');
    endBy(received!);
    return true;
  };
  const waitThenEnd = () => {
    grace = setTimeout(() => endNow() === false && waitThenEnd(), GRACE_MS);
    grace.unref();
  };
  const stop = (name: StopSignal) => {
    if (received !== undefined) {
      endNow();
      return;
    }
    received = name;
    controller.abort();
    waitThenEnd();
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    exitCode: (code) => (received === undefined ? code : SIGNAL_EXIT_CODES[received]),
    dispose(code) {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      clearTimeout(grace);
      // A read the system never answers (a hung network share) or a thread keeps the event loop alive: not the process.
      if (received !== undefined) setTimeout(() => (code === ExitCode.OK ? process.exit(code) : endBy(received!)), LINGER_MS).unref();
    },
  };
}
