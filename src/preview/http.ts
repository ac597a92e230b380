import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ErrorCode, ReportError } from '../errors.js';

/** Only pages asked for by this machine's own name: another site's script cannot read the report (DNS rebinding). */
const LOCAL_HOSTS = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/** The page loads nothing but itself; the reload script talks only to this server. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** What the preview serves: the latest build's outcome and page, the patch to it, the open pages' event streams. */
export interface Served {
  year: number;
  /** The latest build's outcome (server.ts's `BuildOutcome`: not imported, server.ts imports this file), served whole at `/__status`. */
  outcome(): { ok: boolean; version: number };
  page(): string;
  /** The patch from the page of build `from` to the latest as JSON; null for any other page, or when there is none. */
  patch(from: number): string | null;
  clients: Set<ServerResponse>;
}

/**
 * The preview's HTTP server on 127.0.0.1 (`port` 0 or none: a free one): the page, its event
 * stream, its patch and the build's status. A port it cannot open is a usage error, said in French,
 * after `onFail` (the caller's watchers closed).
 */
export async function listen(served: Served, port: number | undefined, onFail: () => void): Promise<Server> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!LOCAL_HOSTS.test(request.headers.host ?? '')) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Accès réservé à cette machine.\n');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const outcome = served.outcome();
    if (request.method !== 'GET') {
      response.writeHead(405, { Allow: 'GET' }).end();
    } else if (path === '/__events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', ...SECURITY_HEADERS, Connection: 'keep-alive' });
      response.write(`retry: 500\n\n`);
      served.clients.add(response);
      request.on('close', () => served.clients.delete(response));
    } else if (path === '/__status') {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS }).end(JSON.stringify(outcome));
    } else if (path === '/__patch') {
      // For the page of the build before only: any other page fetches the whole new one.
      const from = url.searchParams.get('from');
      const json = from === null ? null : served.patch(Number(from));
      response.writeHead(json === null ? 204 : 200, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS }).end(json ?? undefined);
    } else if (path === '/' || path === `/rapport-${served.year}.html`) {
      response
        .writeHead(outcome.ok ? 200 : 422, { 'Content-Type': 'text/html; charset=utf-8', 'X-Preview-Build': String(outcome.version), ...SECURITY_HEADERS })
        .end(served.page());
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Page inconnue.\n');
    }
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(port ?? 0, '127.0.0.1', () => done());
    });
  } catch (cause) {
    onFail();
    const busy = (cause as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new ReportError(
      ErrorCode.USAGE,
      busy
        ? `le port ${port} est déjà utilisé : choisissez-en un autre avec --port, ou laissez-le choisir`
        : `impossible d'ouvrir le serveur d'aperçu : ${(cause as Error).message}`,
      { cause },
    );
  }
  return server;
}
