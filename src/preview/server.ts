import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { loadDataset, previousFolder, type Dataset } from '../dataset/load.js';
import { sectionIds } from '../sections/index.js';
import type { ExportCache } from '../read/read-export.js';
import { ErrorCode, interrupted, ReportError, type DataIssue } from '../errors.js';
import { TEMPLATES_DIR } from '../render/handlebars.js';
import { renderHtml } from '../render/html.js';
import type { Config } from '../config/schema.js';
import { computeReport, reportView, type ComputedReport } from '../report.js';
import { abortable } from '../abortable.js';
import { previewPage } from './pages.js';
import { errorPage } from './error-page.js';
import { isNoise } from './noise.js';
import { shortPaths, warningChanges, type WarningChanges } from './warnings.js';
import { settleWhileReading, stampOf } from './stable.js';
import { changedOffers } from './changed-offers.js';
import { lazyPatch } from './patch.js';
import { watchTree } from './watch-tree.js';
import { piecewisePage } from './page-pieces.js';
import { listen, type Served } from './http.js';

export interface PreviewOptions {
  year: number;
  dataDir?: string;
  configPath?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  templatesDir?: string;
  /** How many previous years the evolutions read (their folders are watched too). */
  historyYears?: number;
  /** Called after each build, with what the page now shows. */
  onBuild?: (build: BuildOutcome) => void;
  /** A rebuild still running after this long is abandoned, and said in the page (default 2 minutes). */
  rebuildTimeoutMs?: number;
}

export interface BuildOutcome {
  version: number;
  ok: boolean;
  /** The error shown in place of the report (ok false). */
  message?: string;
  issues: readonly DataIssue[];
  /** The warnings (ok true), and which are new since the last build that made the report. */
  warnings?: WarningChanges;
  milliseconds: number;
  /** What changed on disk to cause it (empty for the first build). */
  changed: string[];
}

export interface PreviewServer {
  url: string;
  /** The latest build's outcome. */
  current(): BuildOutcome;
  /** Stops watching, ends the open pages' event streams and closes the server. */
  close(): Promise<void>;
}

/** How long the watcher waits for a burst of events to end before it starts a build. */
const BURST_MS = 10;

/**
 * Serves the year's HTML report on 127.0.0.1 and rebuilds it when a data file, a content file, a
 * template or the configuration changes; open pages reload through server-sent events. A build
 * that fails shows its errors in place of the report; the server keeps running.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { year } = options;
  const dataDir = resolve(options.dataDir ?? join('data', String(year)));
  const templatesDir = resolve(options.templatesDir ?? TEMPLATES_DIR);
  const historyYears = options.historyYears ?? 2;
  const cache: ExportCache = new Map();
  const piecewise = piecewisePage(); // the page's sections typeset in the build before, kept when unchanged
  const clients = new Set<ServerResponse>();
  let page = '';
  // The patch from the page of build `from` to this one (none after an error page).
  let patch: { from: number; json: () => string | null } | undefined;
  let outcome: BuildOutcome = { version: 0, ok: false, issues: [], milliseconds: 0, changed: [] };
  // The warnings of the last build that made the report, against which the next one's are told new.
  let lastWarnings: readonly DataIssue[] | undefined;
  let lastGood: { dataset: Dataset; computed: ComputedReport; config: Config } | undefined;
  // The files saved since the last good build: the sections of the offers they feed are made again, the others' kept.
  const sinceGood = new Set<string>();
  const history = Array.from({ length: historyYears }, (_, k) => previousFolder(dataDir, year, k + 1)).filter((folder) => folder !== undefined);
  const timeoutMs = options.rebuildTimeoutMs ?? 120_000;
  const tooLong = () =>
    new ReportError(
      ErrorCode.RENDER_FAILED,
      `la mise à jour de l’aperçu a été abandonnée après ${Math.round(timeoutMs / 1000)} s (un ` +
        `fichier qui ne se lit pas jusqu’au bout ?) : enregistrez de nouveau un fichier pour réessayer`,
    );

  /** The build's work, abandoned as soon as it is aborted: by a newer change, the server closing, or the time limit. */
  function bounded<T>(work: Promise<T>, controller: AbortController): Promise<T> {
    const timer = setTimeout(() => controller.abort(tooLong()), timeoutMs);
    return abortable(work, controller.signal).finally(() => clearTimeout(timer));
  }

  async function build(changed: string[], controller: AbortController): Promise<void> {
    const { signal } = controller;
    const start = performance.now();
    for (const file of changed) sinceGood.add(file);
    try {
      // A template edit after a good build changes only the page: its figures stand.
      const onlyTemplates = changed.length > 0 && changed.every((file) => file.startsWith(templatesDir));
      const html = await bounded(
        (async () => {
          for (;;) {
            if (signal.aborted) throw interrupted();
            // A file being saved is read once the save is over, not half-way: the build goes on while
            // the saved files are watched for the quiet interval, and counts only if they stayed the same.
            const confirm = await settleWhileReading(changed, signal);
            try {
              let good = lastGood;
              if (!onlyTemplates || good === undefined || !outcome.ok) {
                const config = await loadConfig(options.configPath, sectionIds);
                const dataset = await loadDataset({ year, dataDir, config, sectionIds, historyYears, cache, signal });
                if (signal.aborted) throw interrupted();
                // The sections of the offers whose files were not saved stand (a narrative text's save: every section).
                const offers = good === undefined ? undefined : changedOffers([...sinceGood], { dataDir, history, templatesDir });
                const reuse = offers === undefined ? undefined : { previous: good!.computed, changedOffers: offers };
                good = { dataset, computed: computeReport(dataset, config, undefined, { reuse }), config };
              }
              const { dataset, computed, config } = good;
              const rendered = await renderHtml({ ...reportView(dataset, computed, config), methodology: true }, templatesDir, piecewise);
              if (confirm !== undefined && !(await confirm())) continue;
              lastGood = good;
              sinceGood.clear();
              return rendered;
            } catch (error) {
              // An error read in a file still being written is no error yet.
              if (confirm !== undefined && !signal.aborted && !(await confirm())) continue;
              throw error;
            }
          }
        })(),
        controller,
      );
      const { dataset, computed } = lastGood!;
      const warnings = warningChanges(lastWarnings, shortPaths([...dataset.warnings, ...computed.conflicts]));
      lastWarnings = warnings.current;
      const [before, from] = [page, outcome.ok ? outcome.version : undefined];
      page = previewPage(piecewise.piecesOf(html) ?? html, warnings, outcome.version + 1);
      patch = from === undefined ? undefined : { from, json: lazyPatch(before, page, from, from + 1) };
      outcome = { version: outcome.version + 1, ok: true, issues: warnings.current, warnings, milliseconds: performance.now() - start, changed };
    } catch (error) {
      // Overtaken by a newer change (or the server closing): that build will say what the page shows.
      if (signal.aborted && !(signal.reason instanceof ReportError)) {
        for (const file of changed) pending.add(file);
        return;
      }
      const version = outcome.version + 1;
      const known = error instanceof ReportError;
      const message = known ? error.message : `Erreur de mise en page : ${(error as Error).message}`;
      const issues = known ? error.issues : [];
      patch = undefined;
      page = errorPage(year, message, issues, version);
      outcome = { version, ok: false, message, issues, milliseconds: performance.now() - start, changed };
    }
    for (const client of clients) client.write(`event: reload\ndata: ${outcome.version}\n\n`);
    options.onBuild?.(outcome);
    setImmediate(() => patch?.json()); // made while the event reaches the page, before it asks
  }

  // Saves come in bursts (an editor writes, renames, touches): wait for quiet (a short one: the
  // files' own quiet interval runs alongside the build), never build twice at once. A change during
  // a build abandons it for a new one: a build that never ends (a file that cannot be read to its
  // end) cannot hold the preview, and a half-saved file never wins. The tail of the burst that
  // started the build (a rename, a touch: the files as the build found them) does not abandon it.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let current: AbortController | undefined;
  // The files the running build was started for, and how they looked then.
  let startedFor: Promise<Map<string, string>> | undefined;
  let closed = false;
  let bursts = 0;
  const coveredByBuild = async (files: Set<string>) => {
    if (running === undefined || startedFor === undefined) return false;
    const [seen, now] = await Promise.all([startedFor, Promise.all([...files].map(async (file) => [file, await stampOf(file)] as const))]);
    return running !== undefined && now.every(([file, stamp]) => seen.get(file) === stamp);
  };
  const schedule = (what: string) => {
    if (closed) return;
    pending.add(what);
    bursts++;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const seen = ++bursts;
      if (await coveredByBuild(pending)) {
        // Unless another burst began meanwhile (its own wait decides).
        if (seen === bursts) pending.clear();
        return;
      }
      if (seen !== bursts) return;
      current?.abort();
      run();
    }, BURST_MS);
  };
  function run(first = false) {
    if (running || closed) return;
    const changed = first ? [] : [...pending];
    if (!first) pending = new Set();
    const controller = (current = new AbortController());
    startedFor = Promise.all(changed.map(async (file) => [file, await stampOf(file)] as const)).then((stamps) => new Map(stamps));
    running = build(changed, controller).finally(() => {
      running = undefined;
      if (pending.size > 0) run();
    });
  }

  const watchers: { close(): void }[] = [];
  // Lock, backup and hidden files are not watched: one that keeps changing would hold every rebuild back.
  const watchFolder = (dir: string, filter: (file: string) => boolean = (file) => !isNoise(file), recursive = true) =>
    watchers.push(watchTree(dir, schedule, filter, recursive));
  watchFolder(dataDir);
  for (const folder of history) watchFolder(folder);
  watchFolder(templatesDir);
  if (options.configPath) {
    const config = resolve(options.configPath);
    // Its folder alone, not below it: it may be the project's, with node_modules inside.
    watchFolder(dirname(config), (file) => file === basename(config), false);
  }
  // The first build goes the way of the others, so that a save meanwhile waits for it.
  run(true);
  while (running) await running;

  const served: Served = { year, outcome: () => outcome, page: () => page, patch: (from) => (patch?.from === from ? patch.json() : null), clients };
  const server = await listen(served, options.port, () => {
    for (const watcher of watchers) watcher.close();
    clearTimeout(timer);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    current: () => outcome,
    async close() {
      closed = true;
      current?.abort();
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await running;
    },
  };
}
