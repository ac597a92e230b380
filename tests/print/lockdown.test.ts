import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, ReportError } from '../../src/errors.js';
import { printPdf, Printer } from '../../src/print/pdf.js';
import { eventually } from '../support/fs.js';
import { descendants, isAlive } from '../support/processes.js';
import { terminalTypography as said } from '../../src/cli/say.js';

const date = new Date(Date.UTC(2023, 11, 31));
const browsersOf = (pid: number) => descendants(pid).filter((p) => isAlive(p));

/** The browser processes a build has started, as soon as there are any. */
async function browsersStarted(pid: number): Promise<number[]> {
  await eventually(() => browsersOf(pid).length > 0, { what: 'un navigateur lancé' });
  return browsersOf(pid);
}

/** Resolves once none of `browsers` is alive (they end with their pipe or their process group). */
const gone = (browsers: number[]) => eventually(() => !browsers.some(isAlive), { what: 'plus de navigateur' }).catch(() => undefined);

/** Sends the signal; resolves with the exit code as a shell reports it (128 + the signal's number when the process ended by one). */
const stopped = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<number | null>((done) => {
    child.on('exit', (code, by) => done(by === null ? code : 128 + constants.signals[by]));
    child.kill(signal);
  });

/** The command on the fixtures, its standard error collected; `node` options first (module hooks). */
function build(out: string, nodeOptions: string[] = []): { child: ChildProcess; stderr: () => string } {
  const child = spawn('node', [...nodeOptions, resolve('bin/alpes-report.js'), '2023', '--data', 'fixtures/2023', '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return { child, stderr: () => stderr };
}

describe('a renderer that cannot leak', () => {
  it('refuses and counts every request off the page, and fails the print rather than fetch', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const html = `<!doctype html><html><head><link rel="stylesheet" href="${url}/style.css"></head><body><p>Rapport</p><img src="${url}/pixel.png"><script>fetch('${url}/beacon')</script></body></html>`;
    const error = await printPdf(html, { date }).catch((e: unknown) => e);
    server.close();
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe(ErrorCode.RENDER_FAILED);
    expect((error as ReportError).message).toMatch(/a tenté de charger [23] ressources hors de la page, refusées/);
    expect(hits).toBe(0);
    expect(browsersOf(process.pid)).toEqual([]);
  }, 60_000);

  it('abandons a print past its time limit and leaves no browser behind', async () => {
    const error = await printPdf('<!doctype html><p>lent</p>', { date, timeoutMs: 1 }).catch((e: unknown) => e);
    expect((error as ReportError).message).toContain('Impression du PDF abandonnée');
    expect(browsersOf(process.pid)).toEqual([]);
  }, 60_000);

  it.each([
    ['Ctrl-C', 'SIGINT', 130],
    ['SIGTERM', 'SIGTERM', 143],
  ] as const)(
    'stops on %s (%s) while printing: exit %i, no browser left, nothing written',
    async (_name, signal, exitCode) => {
      const out = join(await mkdtemp(join(tmpdir(), 'alpes-sigint-')), 'out');
      const { child, stderr } = build(out);
      await new Promise<void>((done, fail) => {
        child.stderr!.on('data', () => stderr().includes('Mise en page HTML') && done());
        child.on('exit', () => fail(new Error(stderr())));
      });
      const browsers = await browsersStarted(child.pid!);
      expect(browsers.length).toBeGreaterThan(0);
      // The browser stopped: the print cannot finish before the signal comes (the build then kills it, stopped or not).
      for (const pid of browsers) process.kill(pid, 'SIGSTOP');
      expect(stderr()).not.toContain('✓ Impression');
      expect(await stopped(child, signal)).toBe(exitCode);
      expect(stderr()).toContain(said('Interrompu : aucun fichier n’a été écrit.'));
      await gone(browsers);
      expect(browsers.filter(isAlive)).toEqual([]);
      expect(await readdir(out).catch(() => [])).toEqual([]);
    },
    120_000,
  );

  it('stops on Ctrl-C while reading the data: exit 130, the browser started meanwhile closed', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'alpes-sigint-')), 'out');
    // A read that never ends (module hooks): the build is still reading whenever it is interrupted.
    const { child, stderr } = build(out, ['--import', resolve('tests/support/stuck-read.mjs')]);
    await eventually(() => stderr().includes('STUCK_READ'), { what: 'la lecture commencée' });
    const browsers = await browsersStarted(child.pid!);
    expect(browsers.length).toBeGreaterThan(0);
    expect(await stopped(child, 'SIGINT')).toBe(130);
    expect(stderr()).toContain(said('Interrompu : aucun fichier n’a été écrit.'));
    expect(stderr()).not.toContain('✓ Lecture et validation des données');
    await gone(browsers);
    expect(browsers.filter(isAlive)).toEqual([]);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  }, 120_000);

  it('leaves no browser behind when the build is killed outright (out of memory, kill -9)', async () => {
    const { child } = build(await mkdtemp(join(tmpdir(), 'alpes-kill-')));
    const browsers = await browsersStarted(child.pid!);
    expect(browsers.length).toBeGreaterThan(0);
    await stopped(child, 'SIGKILL');
    // Chromium reads its commands from a pipe: it ends when the pipe closes.
    await gone(browsers);
    expect(browsers.filter(isAlive)).toEqual([]);
  }, 60_000);
});

describe('a printer started ahead of the page', () => {
  it('closes its browser when the build stops before printing (a data error)', async () => {
    const printer = new Printer();
    await new Promise((r) => setTimeout(r, 100));
    await printer.close();
    expect(browsersOf(process.pid)).toEqual([]);
    await expect(printer.print('<p>trop tard</p>', { date })).rejects.toThrow();
  }, 60_000);

  it('kills a browser that hangs while starting: the close waits neither for its start nor for its time limit', async () => {
    const printer = new Printer({ timeoutMs: 120_000 });
    // Stopped as soon as it exists, it never answers puppeteer's first commands.
    await eventually(() => browsersOf(process.pid).length > 0, { what: 'un navigateur lancé', every: 1 });
    const browsers = browsersOf(process.pid);
    for (const pid of browsers) process.kill(pid, 'SIGSTOP');
    const start = performance.now();
    await printer.close();
    expect(performance.now() - start).toBeLessThan(5000);
    await gone(browsers);
    expect(browsers.filter(isAlive)).toEqual([]);
    await expect(printer.print('<p>trop tard</p>', { date })).rejects.toThrow();
  }, 60_000);

  it('says a browser that cannot start when the print needs it', async () => {
    const previous = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/chrome';
    try {
      const printer = new Printer();
      const error = await printer.print('<p>x</p>', { date }).catch((e: unknown) => e);
      await printer.close();
      expect((error as ReportError).code).toBe(ErrorCode.BROWSER_NOT_FOUND);
    } finally {
      if (previous === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = previous;
    }
  });
});
