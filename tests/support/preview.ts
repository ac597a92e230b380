import type { BuildOutcome, PreviewServer } from '../../src/preview/server.js';
import { eventually } from './fs.js';

/** Resolves with the first build after `version` that `server` finishes. */
export async function buildAfter(server: PreviewServer, version: number, timeout = 30_000): Promise<BuildOutcome> {
  await eventually(() => server.current().version > version, { timeout, what: 'une nouvelle construction' });
  return server.current();
}
