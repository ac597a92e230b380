/**
 * `alpes-report --help | head -1`: the reader has gone, and the next write fails with EPIPE. Node
 * throws that as an unhandled 'error' event (a stack trace and exit 1); nothing is left to say to
 * a reader that is gone, so the command ends as it would have, quietly.
 */
const gone = (error: NodeJS.ErrnoException) => error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';

let installed = false;

export function endQuietlyOnClosedPipes(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!gone(error)) throw error;
    });
  }
}
