import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * The shipped templates compiled once, when the project is built (`npm run build` writes
 * `dist/render/templates.precompiled.cjs`), rather than at every run: Handlebars' parser and code
 * generator took about a third of the page's time. Each is found by its exact text, so a template an
 * analyst edits (or any other folder's) is compiled at run time as before, and by Handlebars' version.
 *
 * Every template and partial is compiled as the report compiles them: `{ strict: true }` (a partial
 * inherits the options of the strict template that calls it).
 */
export const PRECOMPILED_FILE = 'templates.precompiled.cjs';

const OPTIONS = { strict: true } as const;

/** The templates' files of a folder: the layouts, then every partial. */
export function templateFiles(templatesDir: string): string[] {
  const hbs = (dir: string) =>
    readdirSync(join(templatesDir, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
      .map((e) => join(templatesDir, dir, e.name))
      .sort();
  return [...hbs('.'), ...hbs('partials'), ...hbs('sections')];
}

/** The CommonJS module of the folder's templates, compiled: `{ version, specs: [[text, spec], …] }`. */
export function precompiledModule(templatesDir: string): string {
  const texts = [...new Set(templateFiles(templatesDir).map((file) => readFileSync(file, 'utf8')))];
  const specs = texts.map((text) => `[${JSON.stringify(text)}, ${String(Handlebars.precompile(text, { ...OPTIONS }))}]`);
  const header = "'use strict';\n// Written by `npm run build` (src/render/precompiled-templates.ts): do not edit.\n";
  return `${header}module.exports = { version: ${JSON.stringify(Handlebars.VERSION)}, specs: [\n${specs.join(',\n')}\n] };\n`;
}

type Spec = TemplateSpecification;
/** The file read: the one `npm run build` writes beside this module's compiled code. */
let builtFile: string | undefined = fileURLToPath(new URL(PRECOMPILED_FILE, import.meta.url));
let known: Map<string, Spec> | undefined;

/** Reads the compiled templates from another file, or none (tests). */
export function usePrecompiled(file: string | undefined): void {
  builtFile = file;
  known = undefined;
}

/** The built specs (none when run from the sources, or built by another Handlebars). */
function specs(): Map<string, Spec> {
  if (known !== undefined) return known;
  known = new Map();
  if (builtFile !== undefined && existsSync(builtFile)) {
    const built = createRequire(import.meta.url)(builtFile) as { version: string; specs: [string, Spec][] };
    if (built.version === Handlebars.VERSION) known = new Map(built.specs);
  }
  return known;
}

/** The template of this text compiled at build time, in `hb`'s environment; undefined if it was not. */
export function precompiled(hb: typeof Handlebars, text: string): HandlebarsTemplateDelegate | undefined {
  const spec = specs().get(text);
  return spec === undefined ? undefined : hb.template(spec);
}

/** `hb.compile(text, { strict: true })`, or its build-time compilation when there is one. */
export const compiledStrict = (hb: typeof Handlebars, text: string): HandlebarsTemplateDelegate => precompiled(hb, text) ?? hb.compile(text, { ...OPTIONS });
