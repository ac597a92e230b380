import { join } from 'node:path';
import { abortable } from './abortable.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadDataset, type Dataset } from './dataset/load.js';
import { ErrorCode, interrupted, ReportError, type DataIssue } from './errors.js';
import { indicatorFiles, wantsIndicators, wantsPrevious } from './output/indicator-files.js';
import { unusableFolder } from './output/folder-problems.js';
import { refuseOutputInData } from './output/inside-data.js';
import { outputFolderProblem } from './output/make-folder.js';
import { recoverOutputs } from './output/recovery.js';
import { writeOutputs } from './output/write.js';
import { destinationPages, previousPages as readPreviousPages } from './print/page-map.js';
import { Printer } from './print/pdf.js';
import { removePrintLeftovers } from './print/browser.js';
import { communeFiles, noCommunePage, printCommunes } from './print/communes.js';
import { communesModel } from './render/communes.js';
import type { RenderedSection, ReportView } from './render/html.js';
import { sectionIds, sections } from './sections/index.js';
import { nearKeys } from './explain/keys.js';
import type { Evidence } from './measure/evidence.js';
import { sourcePath, type IndicatorsJson, type PreviousValues } from './measure/indicator.js';
import { sectionRuns, type ReportOptions } from './measure/reuse.js';
import { labelIssues, splitTexts, unprintedTexts } from './dataset/text-labels.js';
import { declaredIn } from './dataset/content-names.js';
import { counted } from './text/plural.js';

/** Where the analyst declares figures of their own. */
const DECLARED_INDICATORS = declaredIn('indicators');

export const FORMATS = ['html', 'pdf', 'json', 'csv', 'xlsx', 'communes'] as const;
export type Format = (typeof FORMATS)[number];
/** Written when no format is given; `communes` (one PDF per commune, `communes/<commune>.pdf`) only when asked for. */
export const DEFAULT_FORMATS: readonly Format[] = ['html', 'pdf', 'json', 'csv', 'xlsx'];

export type { IndicatorsJson };

export interface ComputedReport {
  sections: RenderedSection[];
  indicators: IndicatorsJson;
  /**
   * What the declared content says that the figures do not bear out: a declared value contradicting
   * the computed one (never silently chosen), a key a typo away from a computed one, a text that has no page.
   */
  conflicts: DataIssue[];
  /** A section left out because its exports hold no row for the year: said once each, instead of a page of zeros. */
  notices: string[];
  /** With `RunOptions.previous`: the previous years' values of the figures that keep no `.history` (the spreadsheets'). */
  previous: PreviousValues;
}

/** Aggregates: every section's model, charts and indicators, from the validated dataset (`options.reuse`: the preview's). */
export function computeReport(dataset: Dataset, config: Config, evidence?: Map<string, Evidence>, options?: ReportOptions): ComputedReport {
  const runs = sectionRuns(dataset, config, evidence, options);
  const indicators: IndicatorsJson = {};
  const previous: PreviousValues = {};
  const rendered: RenderedSection[] = [];
  const notices: string[] = [];
  for (const section of sections) {
    const result = runs.run(section);
    if (result === undefined) continue;
    if (result.noRows) {
      notices.push(`page « ${section.title} » (${section.id}) omise : ses exports n’ont aucune ligne pour ${dataset.year}`);
      continue;
    }
    // An offer without data this year says so once, on the page of its first section.
    if (result.model === undefined && rendered.at(-1)?.offer === section.offer) continue;
    for (const { key, sources, ...rest } of result.indicators) {
      if (key in indicators) throw new Error(`clé d'indicateur en double : ${key} (${section.id})`);
      indicators[key] = { ...rest, sources: sources ?? [] };
    }
    Object.assign(previous, result.previous);
    const keys = result.indicators.map((i) => i.key);
    rendered.push({
      id: section.id,
      offer: section.offer,
      title: section.title,
      front: section.front,
      model: result.model,
      history: result.history,
      charts: result.charts,
      indicators: keys,
    });
  }
  const texts = dataset.current.contenu?.texts ?? {};
  const pageKeys = new Map(rendered.filter((section) => section.model !== undefined).map((section) => [section.id, section.indicators]));
  const conflicts: DataIssue[] = [...unprintedTexts(dataset.current.contenu?.texts ?? {}, rendered), ...labelIssues(texts, pageKeys)];
  const computedKeys = Object.entries(indicators).map(([key, { label }]) => ({ key, label }));
  for (const [key, declared] of Object.entries(dataset.current.contenu?.indicators ?? {})) {
    const computed = Object.hasOwn(indicators, key) ? indicators[key] : undefined;
    if (computed === undefined) {
      // A declared figure of its own is legitimate; one a typo away from a computed key is a figure meant to be checked.
      const near = nearKeys(key, computedKeys, 1)[0];
      if (near !== undefined) {
        conflicts.push({
          severity: 'warning',
          file: DECLARED_INDICATORS,
          column: key,
          message:
            `clé qu’aucun calcul ne produit, à une faute de « ${near} » (calculée) : ` +
            `corrigez la clé pour comparer les deux valeurs, ou choisissez un autre nom`,
        });
      }
      indicators[key] = {
        value: declared.valeur,
        label: declared.libelle,
        definition: `Déclaré dans contenu/indicateurs.json ; source : ${declared.source}.`,
        sources: [sourcePath(DECLARED_INDICATORS, dataset.year)],
      };
    } else if (computed.value !== declared.valeur) {
      conflicts.push({
        severity: 'warning',
        file: DECLARED_INDICATORS,
        column: key,
        message: `valeur déclarée ${declared.valeur} différente de la valeur calculée ${JSON.stringify(computed.value)} : la valeur calculée est retenue`,
      });
    }
  }
  return runs.keep({ sections: rendered, indicators, conflicts, notices, previous });
}

/** What the templates render: the computed sections, the declared texts and figures, every indicator. */
export function reportView(dataset: Dataset, computed: ComputedReport, config: Config): ReportView {
  const content = dataset.current.contenu;
  const { labels, narratives } = splitTexts(content?.texts ?? {});
  return {
    year: dataset.year,
    config,
    demonstration: dataset.current.source.demonstration,
    sections: computed.sections,
    declared: content?.indicators ?? {},
    texts: narratives,
    labels,
    indicators: computed.indicators,
    communes: communesModel(computed.indicators, config, dataset.year),
  };
}

export interface BuildOptions {
  year: number;
  /** The year's folder; default `data/<year>`. */
  dataDir?: string;
  /** Default `<config.outputDir>/<year>`. */
  outDir?: string;
  formats?: readonly Format[];
  configPath?: string;
  /** Warnings block the report too. */
  strict?: boolean;
  onProgress?: (step: string, milliseconds: number) => void;
  /** Called as each step starts (the command line lets no second Ctrl-C cut `WRITE_STEP` short). */
  onStep?: (step: string) => void;
  /** Called as each output file is moved into place, during `WRITE_STEP` (tests stop the process there). */
  onFileMoved?: (file: string) => void;
  /** Called when the earlier outputs start being replaced (during `WRITE_STEP`): from then on the writing is not cut short. */
  onReplacing?: () => void;
  /**
   * Aborting (Ctrl-C, SIGTERM) stops the build at once, whatever the step is waiting for (a read
   * blocked in the system included), and closes the browser; nothing is written. The writing is
   * stopped too until the earlier files start being replaced (milliseconds, never cut short).
   */
  signal?: AbortSignal;
}

export interface BuildResult {
  files: string[];
  /** Warnings on the year's files, then on the previous years' (which only affect the evolutions). */
  warnings: DataIssue[];
  historyWarnings: DataIssue[];
  notices: string[];
  indicators: IndicatorsJson;
}

/** The last step: files moved into place one by one, undone together on failure; never to be cut short. */
export const WRITE_STEP = 'Écriture des fichiers';

async function timed<T>(step: string, work: () => Promise<T> | T, { onProgress, onStep, signal }: BuildOptions): Promise<T> {
  if (signal?.aborted) throw interrupted();
  onStep?.(step);
  const start = performance.now();
  // Every step is abandoned on an abort, whatever it waits for; the command line does not wait for it to exit.
  // The writing does it itself, up to the replacement of the earlier files.
  const result = await (step === WRITE_STEP ? work() : abortable(Promise.resolve().then(work), signal));
  onProgress?.(step, performance.now() - start);
  return result;
}

/**
 * What comes before anything else, even a build that then fails on its data: what a killed run
 * left is finished (a replacement of the outputs) or removed (a print's temporary folders), and an
 * output folder that cannot be written is said now rather than after the whole build.
 */
async function prepareOutputs(outDir: string, alreadyRecovered: boolean): Promise<string[]> {
  const recovered = alreadyRecovered ? [] : await recoverOutputs(outDir);
  await removePrintLeftovers();
  const problem = await outputFolderProblem(outDir);
  if (problem !== undefined) throw new ReportError(ErrorCode.OUTPUT_FAILED, `${unusableFolder(outDir, problem)} (rien n’a été écrit)`);
  return recovered;
}

/** The page; a template that cannot render (analysts edit them) is said as such, not as a defect of the tool. */
async function render(view: ReportView): Promise<string> {
  try {
    // Its modules (charts, templates, fonts) are loaded only for a report that has a page.
    const { renderHtml } = await import('./render/html.js');
    return await renderHtml(view);
  } catch (cause) {
    throw new ReportError(ErrorCode.RENDER_FAILED, `Mise en page impossible : ${(cause as Error).message}`, { cause });
  }
}

/** The whole way through: read → validate → aggregate → render → print → write. */
export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const { year, signal } = options;
  const formats = options.formats ?? DEFAULT_FORMATS;
  const dataDir = options.dataDir ?? join('data', String(year));
  // An output folder given is checked, and recovered, even if the configuration then fails.
  if (options.outDir !== undefined) await refuseOutputInData(options.outDir, dataDir, year);
  const recovered = options.outDir === undefined ? [] : await recoverOutputs(options.outDir);
  const config = await loadConfig(options.configPath, sectionIds);
  const outDir = options.outDir ?? join(config.outputDir, String(year));
  if (options.outDir === undefined) await refuseOutputInData(outDir, dataDir, year);
  recovered.push(...(await prepareOutputs(outDir, options.outDir !== undefined)));

  // Chromium starts while the data is read: its start is off the way through.
  const printer = formats.includes('pdf') || formats.includes('communes') ? new Printer({ timeoutMs: config.print.timeoutSeconds * 1000, signal }) : undefined;
  // The previous build's PDF says where its sections landed: most often where they land again (one print instead of two).
  const previousPages = formats.includes('pdf') ? readPreviousPages(join(outDir, `rapport-${year}.pdf`)) : undefined;
  try {
    const dataset = await timed('Lecture et validation des données', () => loadDataset({ year, dataDir, config, sectionIds, signal }), options);
    if (options.strict && dataset.warnings.length > 0) {
      throw new ReportError(
        ErrorCode.DATA_WARNINGS_STRICT,
        `${counted(dataset.warnings.length, 'avertissement bloquant', 'avertissements bloquants')} en mode --strict`,
        { issues: dataset.warnings },
      );
    }
    const previous = wantsPrevious(formats);
    const computed = await timed('Calcul des indicateurs', () => computeReport(dataset, config, undefined, { previous }), options);
    const warnings = [...dataset.warnings, ...computed.conflicts];
    if (options.strict && computed.conflicts.length > 0) {
      throw new ReportError(
        ErrorCode.DATA_WARNINGS_STRICT,
        `${counted(computed.conflicts.length, 'avertissement bloquant', 'avertissements bloquants')} en mode --strict sur le contenu déclaré`,
        { issues: computed.conflicts },
      );
    }

    // Said before any print: `--format communes` alone with no commune page is an error, with other formats a notice.
    const communes = formats.includes('communes') ? communesModel(computed.indicators, config, year) : undefined;
    const notices = [...recovered, ...dataset.notices, ...computed.notices];
    if (formats.includes('communes') && communes === undefined) notices.push(noCommunePage(year, formats.length > 1));
    let html: string | undefined;
    let printing: Promise<Uint8Array> | undefined;
    let started = () => undefined as void;
    if (formats.includes('html') || formats.includes('pdf')) {
      const view = { ...reportView(dataset, computed, config), methodology: true, communePages: true };
      html = await timed('Mise en page HTML et graphiques', () => render(view), options);
      if (printer && formats.includes('pdf')) {
        const printed = { ...view, methodology: config.methodology.pdf, communePages: config.communes.pdf };
        const pdfHtml = printed.methodology && printed.communePages ? html : await render(printed);
        // Dated from the report's year, not the printing day: the same inputs give the same bytes.
        const underWay = new Promise<void>((resolve) => (started = resolve));
        const job = { date: new Date(Date.UTC(year, 11, 31)), pageNumbers: destinationPages, previousPages, onPrinting: () => started() };
        // Chromium prints in its own processes while the indicators' files are built here (once the page is loaded: its
        // loading needs this process's answers); the PDF is awaited after them.
        printing = timed('Impression du PDF', () => printer.print(pdfHtml, job), options);
        printing.catch(() => undefined);
        await Promise.race([underWay, printing]);
      }
    }
    const files = wantsIndicators(formats) ? await timed('Fichiers des indicateurs', () => indicatorFiles(computed, year, formats), options) : {};
    if (html !== undefined && formats.includes('html')) files[`rapport-${year}.html`] = html;
    if (printing !== undefined) files[`rapport-${year}.pdf`] = await printing;
    const remove: string[] = [];
    if (printer && communes !== undefined) {
      const view = { year, config, demonstration: dataset.current.source.demonstration, communes, indicators: computed.indicators };
      const job = { date: new Date(Date.UTC(year, 11, 31)) };
      const set = await communeFiles(outDir, await timed('Impression des fiches communales', () => printCommunes(printer, view, job), options));
      Object.assign(files, set.files);
      remove.push(...set.remove);
      notices.push(...set.notices);
    }
    // The browser closes while the files are written.
    void printer?.close();
    const written = await timed(
      WRITE_STEP,
      () => writeOutputs(outDir, files, { afterMove: options.onFileMoved, recovered: true, signal, onReplacing: options.onReplacing, remove }),
      options,
    );
    return {
      files: written,
      warnings,
      historyWarnings: dataset.historyWarnings,
      notices,
      indicators: computed.indicators,
    };
  } finally {
    await printer?.close();
  }
}
