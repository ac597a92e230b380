// Run by `npm run build`, after tsc: the command line as a few files (dist/bundle/), which Node loads
// in a fraction of the time it takes to resolve and link tsc's 180 modules and their dependencies'.
// Loaded lazily as before (the page's modules, the preview, explain, the print, the workbook): each
// such import is a chunk. puppeteer-core and exceljs are bundled too, each a chunk loaded with the
// print or the workbook (their imports take half the processor time so: docs/performance.md). Left out, and
// loaded from node_modules: native or file-reading packages (node-canvas, subset-font's WebAssembly),
// TypeScript (never imported by the command; kept out should a dependency ask for it), and two that
// find files beside them and that a print through a pipe never loads: the proxy auto-configuration's
// agent (emscripten code, for browser downloads) and yargs (@puppeteer/browsers' command line).
// The `puppeteer` package is not imported: its configuration search (cosmiconfig) fails bundled.
// dist/index.js, the library, stays tsc's output.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const projectDist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Each module of dist/ keeps its own address: its `import.meta.url` becomes the address of its
 * compiled file, so that what it finds beside itself (templates/, the precompiled templates, the
 * threads' modules, package.json, the fonts) is found where it was.
 */
const ownAddresses = {
  name: 'own-addresses',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      // This project's dist/ only: a dependency's dist/ folder keeps esbuild's own handling.
      if (!path.startsWith(projectDist)) return undefined;
      const text = await readFile(path, 'utf8');
      // Only `import.meta.url` is rewritten: another field would silently point into dist/bundle/.
      const other = /import\.meta\.(?!url\b)\w+/.exec(text);
      if (other !== null) throw new Error(`${path}: ${other[0]} is not rewritten by the bundle (use import.meta.url)`);
      if (!text.includes('import.meta.url')) return undefined;
      const address = `new URL(${JSON.stringify(relative(outdir, path).split('\\').join('/'))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', address), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * The bundle's identity, `process.env.ALPES_BUILD_ID` in its code: the hash of its files (written
 * with a placeholder of the hash's length, then replaced), which keys what a build keeps in the user's
 * cache folder that depends on its code (src/render/charts.ts). Any change to the code, another id.
 */
const BUILD_ID_PLACEHOLDER = 'alpes-report-build-id-'.padEnd(64, '0');

await rm(outdir, { recursive: true, force: true });
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('../dist/cli.js', import.meta.url))],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['canvas', 'subset-font', 'typescript', 'pac-proxy-agent', 'yargs', 'yargs/*'],
  plugins: [ownAddresses],
  // The CommonJS packages bundled (Handlebars, commander) require Node's modules.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  define: { 'process.env.ALPES_BUILD_ID': JSON.stringify(BUILD_ID_PLACEHOLDER) },
  write: false,
  logLevel: 'warning',
});
const files = [...outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1));
const hash = createHash('sha256');
for (const file of files) hash.update(`${relative(outdir, file.path)}\n${file.contents.length}\n`).update(file.contents);
const buildId = hash.digest('hex');
await mkdir(outdir, { recursive: true });
await Promise.all(files.map((file) => writeFile(file.path, file.text.replaceAll(BUILD_ID_PLACEHOLDER, buildId))));
