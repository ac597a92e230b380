import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { cached, cacheFolder, cacheKey, isBase64, storeCached } from './disk-cache.js';
import type { ChartSpec } from '../measure/section.js';
import { contrast } from './contrast.js';
import { chartFontFiles, FONT_FAMILY } from './fonts.js';
import { formatNumber } from './format.js';
import { frenchNumber } from '../text/french-numbers.js';

/** About the size a half-page chart takes on the A4 page (CSS pixels), so its text prints near 9 pt. */
const WIDTH = 360;
const HEIGHT = 230;
/**
 * Drawn at three times its CSS size: 315 pixels an inch as the page prints it, print resolution.
 * More costs time twice, the page's bytes are parsed by Chromium and copied into the PDF.
 */
const PIXEL_RATIO = 3;

let canvas: ChartJSNodeCanvas | undefined;

async function chartCanvas(): Promise<ChartJSNodeCanvas> {
  if (!canvas) {
    // Loaded only to draw (node-canvas's native library, chart.js): a build whose charts are all cached does without them.
    // A CommonJS package: its class is a named export in Node (and tsx), only its namespace's default once bundled.
    const loaded = await import('chartjs-node-canvas');
    const ChartJSNodeCanvas = loaded.ChartJSNodeCanvas ?? loaded.default.ChartJSNodeCanvas;
    canvas = new ChartJSNodeCanvas({ width: WIDTH, height: HEIGHT });
    for (const font of chartFontFiles) canvas.registerFont(font.path, { family: FONT_FAMILY, weight: font.weight });
  }
  return canvas;
}

/** Lighter tints of the section colour, one per slice or bar. */
function palette(base: string, n: number): string[] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(base.slice(i, i + 2), 16)) as [number, number, number];
  return Array.from({ length: n }, (_, i) => {
    const t = n <= 1 ? 0 : (i / (n - 1)) * 0.7;
    const mix = (c: number) =>
      Math.round(c + (255 - c) * t)
        .toString(16)
        .padStart(2, '0');
    return `#${mix(r)}${mix(g)}${mix(b)}`;
  });
}

/** Long category names go on two or more lines rather than off the canvas. */
function wrap(label: string, width = 24): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * JPEG has no transparency: the canvas is painted white first. Painted over the empty canvas —
 * chartjs-node-canvas's own background paints under the chart (`destination-over`), which cairo
 * does five times slower.
 */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw: ({ ctx, width, height }) => {
    ctx.save();
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** An axis's tick, short enough to stand upright: `2,5 M` for 2 500 000, `500 k` for 500 000; below 10 000 as is. */
export function axisTick(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e6) return `${frenchNumber(value / 1e6, 1)}\u202fM`;
  if (size >= 1e4) return `${frenchNumber(value / 1e3, 0)}\u202fk`;
  return formatNumber(value);
}

function configuration(spec: ChartSpec, colour: string): ChartConfiguration {
  // Quoted: chart.js writes the family into a CSS font string, where an unquoted « 3 » makes it invalid (and the canvas falls back to another font).
  const font = { family: `'${FONT_FAMILY}'`, size: 12 };
  const colours = palette(colour, spec.values.length);
  const labelValues = { id: 'values', afterDatasetsDraw: drawValues(spec, colours) };
  if (spec.kind === 'doughnut') {
    return {
      type: 'doughnut',
      data: { labels: spec.labels, datasets: [{ data: spec.values, backgroundColor: colours, borderColor: 'white', borderWidth: 2 }] },
      options: {
        locale: 'fr-FR',
        devicePixelRatio: PIXEL_RATIO,
        animation: false,
        plugins: { legend: { position: 'right', labels: { font, color: '#222', boxWidth: 12 } } },
        layout: { padding: 8 },
      },
      plugins: [whiteBackground, labelValues],
    };
  }
  // The value axis: ticks upright, large values shortened (the aids' euros in millions).
  const values = { maxRotation: 0, callback: (value: string | number) => axisTick(Number(value)) };
  return {
    type: 'bar',
    data: { labels: spec.labels.map((l) => wrap(l)), datasets: [{ data: spec.values, backgroundColor: colour, borderRadius: 3 }] },
    options: {
      indexAxis: spec.kind === 'horizontalBar' ? 'y' : 'x',
      locale: 'fr-FR',
      devicePixelRatio: PIXEL_RATIO,
      animation: false,
      plugins: { legend: { display: false } },
      layout: { padding: { right: 40, top: 24 } },
      scales: {
        x: { ticks: { font, color: '#222', ...(spec.kind === 'horizontalBar' && values) }, grid: { display: spec.kind === 'horizontalBar' } },
        y: { ticks: { font, color: '#222', ...(spec.kind === 'bar' && values) }, grid: { display: spec.kind !== 'horizontalBar' }, beginAtZero: true },
      },
    },
    plugins: [whiteBackground, labelValues],
  };
}

/** Near-black or white, whichever reads better on a slice. */
const inkOn = (fill: string) => (contrast('#111111', fill) >= contrast('#ffffff', fill) ? '#111' : 'white');

/** Prints each value on its bar or slice: a reader of the printed page cannot hover. */
function drawValues(spec: ChartSpec, colours: string[]): NonNullable<Plugin['afterDatasetsDraw']> {
  return (chart: Chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `bold 12px '${FONT_FAMILY}'`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((element, i) => {
      const value = spec.values[i] ?? 0;
      if (value === 0 && spec.kind === 'doughnut') return;
      const text = formatNumber(value);
      if (spec.kind === 'doughnut') {
        const { x, y } = element.tooltipPosition(false);
        ctx.fillStyle = inkOn(colours[i] ?? '#ffffff');
        ctx.fillText(text, x ?? 0, y ?? 0);
      } else if (spec.kind === 'horizontalBar') {
        ctx.fillStyle = '#222';
        ctx.textAlign = 'left';
        ctx.fillText(text, element.x + 6, element.y);
      } else {
        ctx.fillStyle = '#222';
        ctx.fillText(text, element.x, element.y - 12);
      }
    });
    ctx.restore();
  };
}

/**
 * The chart as a JPEG data URL, then its canvas's 3 MB of pixels let go at once rather than when
 * the canvas is collected: the next chart's pixels reuse that memory instead of touching new pages
 * (20 charts: 515–670 → 300–354 ms of processor, measured). The canvas is caught by a plugin that
 * draws nothing, as chartjs-node-canvas hands it to chart.js.
 */
async function jpegDataUrl(config: ChartConfiguration): Promise<string> {
  let canvas: { width: number } | undefined;
  const keepCanvas: Plugin = { id: 'keepCanvas', install: (chart) => void (canvas = chart.canvas) };
  try {
    return await (await chartCanvas()).renderToDataURL({ ...config, plugins: [...(config.plugins ?? []), keepCanvas] }, 'image/jpeg');
  } finally {
    if (canvas !== undefined) canvas.width = 0;
  }
}

/**
 * The identity of the code that draws: the hash of this build's bundle, which scripts/bundle.mjs
 * writes here. Run from tsc's files or the sources it is unset (tests set it), and no chart is cached.
 */
const BUILD_ID = process.env.ALPES_BUILD_ID;

/** The most recent charts kept (a chart is 50 to 150 KB): a report's, its communes' and the preview's. */
export const KEPT_CHARTS = 100;

const JPEG_URL = 'data:image/jpeg;base64,';

/**
 * The hash of what a chart's bytes depend on besides its spec and this build (once a run): what chartjs-node-canvas loads
 * from node_modules (node-canvas, native; chart.js, which it requires afresh) and the fonts.
 */
let drawingInputs: string | undefined;
const drawnWith = () => {
  if (drawingInputs === undefined) {
    const drawer = createRequire(createRequire(import.meta.url).resolve('chartjs-node-canvas'));
    const { platform, arch, versions } = process;
    const files = [drawer.resolve('canvas/package.json'), drawer.resolve('chart.js'), ...chartFontFiles.map((font) => font.path)];
    drawingInputs = cacheKey([platform, arch, versions.modules, ...files.map((file) => readFileSync(file))]);
  }
  return drawingInputs;
};

/**
 * The chart's JPEG drawn by an earlier build of the same bundle, else drawn and stored (disk-cache.ts):
 * drawing took 0,15–0,2 s of each build's critical path, node-canvas and chart.js loaded.
 */
async function cachedJpeg(spec: string, config: ChartConfiguration): Promise<string> {
  if (BUILD_ID === undefined) return jpegDataUrl(config);
  const folder = join(cacheFolder(), 'charts');
  const key = cacheKey([BUILD_ID, drawnWith(), spec]);
  const stored = await cached(
    folder,
    key,
    (value): value is string => typeof value === 'string' && value.startsWith(JPEG_URL) && isBase64(value.slice(JPEG_URL.length)),
  );
  if (stored !== undefined) return stored;
  const url = await jpegDataUrl(config);
  void storeCached(folder, key, url, KEPT_CHARTS);
  return url;
}

const rendered = new Map<string, Promise<string>>();
/** The chart being drawn: the next waits for it, so that one canvas's pixels are let go before the next's are taken. */
let drawing: Promise<unknown> = Promise.resolve();

/**
 * Renders a chart to a JPEG data URL, embedded in the page (nothing to fetch); the same chart is
 * drawn once. JPEG rather than PNG: Chromium copies a JPEG into the PDF as it is, where it would
 * decode and recompress a PNG at each print (a second a pass for the report's ten charts); at print
 * resolution the compression does not show.
 */
export function renderChart(spec: ChartSpec, colour: string): Promise<string> {
  const key = JSON.stringify([spec, colour]);
  let image = rendered.get(key);
  if (image === undefined) {
    const config = configuration(spec, colour);
    image = drawing.then(() => cachedJpeg(key, config));
    drawing = image.catch(() => undefined);
    rendered.set(key, image);
  }
  return image;
}
