import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { frenchDate } from '../schemas/dates.js';
import { renderMarkdown } from './markdown.js';
import { compiledStrict, precompiled } from './precompiled-templates.js';
import { plural, type Count } from '../text/plural.js';
import { frenchTypography } from '../text/typography.js';
import {
  amountParts,
  formatAmount,
  formatChange,
  formatDayMonth,
  formatEuros,
  formatEvolution,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatThousands,
} from './format.js';

/** `templates/` at the package root, from `src/render` or `dist/render` alike. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const partialFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => join(dir, e.name));

/** The id of an indicator's entry in the methodology appendix (keys may hold spaces and accents). */
export const anchorOf = (key: string): string =>
  `def-${key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')}`;

/** A private Handlebars environment with the French formatting helpers and every partial. */
export function createHandlebars(templatesDir = TEMPLATES_DIR): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('markdown', (text: string) => new hb.SafeString(renderMarkdown(text)));
  hb.registerHelper('num', (v: number | null) => formatNumber(v));
  hb.registerHelper('pct', (v: number | null) => formatPercent(v));
  hb.registerHelper('signedPct', (v: number | null) => formatSignedPercent(v));
  hb.registerHelper('thousands', (v: number | null) => formatThousands(v));
  hb.registerHelper('frenchDate', (v: string) => frenchDate(v));
  hb.registerHelper('dayMonth', (v: string) => formatDayMonth(v));
  hb.registerHelper('eur', (v: number | null) => formatEuros(v));
  /** An amount in the unit its size calls for: `{{amount total}}` → `10,2 k€`; or its figure and its unit apart (a headline's figure). */
  hb.registerHelper('amount', (v: number | null) => formatAmount(v));
  hb.registerHelper('amountFigure', (v: number | null) => amountParts(v).figure);
  hb.registerHelper('amountUnit', (v: number | null) => amountParts(v).unit);
  /** `{{evolution current previous}}` → `+7,6 %`: every evolution of the report at one precision (format.ts). */
  hb.registerHelper('evolution', (current: number | null, previous: number | null) => formatEvolution(current, previous));
  /** The size of a change, unsigned, for sentences that already say « hausse » or « baisse »: `21,8 %`. */
  hb.registerHelper('changePct', (current: number | null, previous: number | null) => formatChange(current, previous));
  /**
   * `{{plural count "atelier"}}`, `{{plural count "jeune est parti" "jeunes sont partis"}}`: the words
   * agreeing with a count (0 and 1 singular). Wherever a count meets a noun.
   */
  hb.registerHelper('plural', (n: Count, singular: string, pluralForm: unknown) =>
    plural(n, singular, typeof pluralForm === 'string' ? pluralForm : undefined),
  );
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hb.registerHelper('first', (items: unknown[]) => items[0]);
  hb.registerHelper('lookupOffer', (offers: Record<string, unknown>, offer: string) => offers[offer]);
  /** « hausse », « baisse » or « stabilité » of a figure against an earlier value. */
  hb.registerHelper('trend', (current: number | null, previous: number | null) =>
    current === null || previous === null || current === previous ? 'stabilité' : current > previous ? 'hausse' : 'baisse',
  );
  /** Escapes text for a CSS string (used raw in `content: "…"`, where HTML escaping would show). */
  /** Typeset first: the page's typography pass does not read its `<style>`. */
  hb.registerHelper('cssString', (text: string) =>
    frenchTypography(text, { spaceBeforeColon: true })
      .replace(/[\\"]/g, (c) => `\\${c}`)
      .replace(/[\n<]/g, ' '),
  );
  hb.registerHelper('ifThen', (condition: unknown, yes: unknown, no: unknown) => (condition ? yes : no));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  /** « augmentation », « diminution » or « stabilité », the report's words for a change. */
  hb.registerHelper('increase', (current: number | null, previous: number | null) =>
    current === null || previous === null || current === previous ? 'stabilité' : current > previous ? 'augmentation' : 'diminution',
  );
  /** « a progressé de », « a reculé de » (followed by the size of the change). */
  hb.registerHelper('progressed', (current: number | null, previous: number | null) =>
    current !== null && previous !== null && current < previous ? 'a reculé de' : 'a progressé de',
  );
  /** The declared figures whose key starts with a prefix, in the file's order. */
  hb.registerHelper('declaredUnder', (declared: Record<string, unknown>, prefix: string) =>
    Object.entries(declared)
      .filter(([key]) => key.startsWith(prefix))
      .map(([, value]) => value),
  );
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('join', (items: string[], sep: unknown) => items.join(typeof sep === 'string' ? sep : ', '));
  /**
   * `{{ref "plie.exits" (num model.total)}}` or `{{#ref "key"}}…{{/ref}}`: a figure linked to its entry
   * in the methodology appendix (plain when the appendix is not printed). An unknown key fails the
   * render, so a template cannot point at a figure the report does not compute.
   */
  hb.registerHelper('ref', function (this: unknown, key: string, ...rest: unknown[]) {
    const options = rest.at(-1) as Handlebars.HelperOptions;
    const content = rest.length > 1 ? hb.escapeExpression(rest[0] as string) : options.fn(this);
    const root = options.data?.root as { indicators?: Record<string, { label: string }>; methodology?: boolean } | undefined;
    if (root?.indicators !== undefined && !(key in root.indicators)) throw new Error(`{{ref}} : indicateur inconnu « ${key} »`);
    if (!root?.methodology) return new hb.SafeString(content);
    // The title says where the link leads, on hover, before it is followed.
    const label = root.indicators?.[key]?.label;
    const title = label === undefined ? 'Définition en annexe méthodologique' : `${label} — définition en annexe méthodologique`;
    return new hb.SafeString(`<a class="ref" href="#${anchorOf(key)}" title="${hb.escapeExpression(title)}">${content}</a>`);
  });
  for (const { name, file, source } of partialSources(templatesDir)) register(hb, name, file, source);
  return hb;
}

/** A partial compiled when the project was built (its syntax checked then), or its text, checked now and compiled at first use. */
function register(hb: typeof Handlebars, name: string, file: string, source: string): void {
  const built = precompiled(hb, source);
  if (built === undefined) checkSyntax(hb, file, source);
  hb.registerPartial(name, built ?? source);
}

/** Every partial's file and text, in the order they are registered (a section's overrides a shared partial of the same name). */
const partialSources = (templatesDir: string) =>
  ['partials', 'sections'].flatMap((dir) =>
    partialFiles(join(templatesDir, dir)).map((file) => ({ name: basename(file, '.hbs'), file, source: readFileSync(file, 'utf8') })),
  );

function checkSyntax(hb: typeof Handlebars, file: string, source: string): void {
  try {
    // Parsed now rather than at first use, so that a mistake names its file.
    hb.parse(source);
  } catch (cause) {
    const line = /line (\d+)/.exec((cause as Error).message)?.[1];
    throw new Error(`erreur de syntaxe dans le modèle ${file}${line ? ` (ligne ${line})` : ''} : ${(cause as Error).message.split('\n').at(-1)}`, {
      cause,
    });
  }
}

/** Each templates folder's environment, and the text of its partials as last registered. */
const environments = new Map<string, { hb: typeof Handlebars; sources: Map<string, string> }>();

/**
 * The environment of `createHandlebars`, kept for the folder: Handlebars compiles a partial the
 * first time it is used and keeps it in its environment, so a page rendered again (the preview,
 * after each save) compiles only the partials whose text changed — re-registered here, where a new
 * environment would parse and compile all of them again (40 to 60 ms a build).
 */
export function cachedHandlebars(templatesDir = TEMPLATES_DIR): typeof Handlebars {
  const files = partialSources(templatesDir);
  const sources = new Map(files.map(({ name, source }) => [name, source]));
  const cached = environments.get(templatesDir);
  if (cached === undefined) {
    const hb = createHandlebars(templatesDir);
    environments.set(templatesDir, { hb, sources });
    return hb;
  }
  const { hb } = cached;
  // Every changed text checked before any is registered: a syntax error leaves the environment as it was.
  const changed = files.filter(({ name, source }) => cached.sources.get(name) !== source);
  for (const { file, source } of changed) if (precompiled(hb, source) === undefined) checkSyntax(hb, file, source);
  for (const name of cached.sources.keys()) if (!sources.has(name)) hb.unregisterPartial(name);
  for (const { name, file, source } of changed) register(hb, name, file, source);
  cached.sources = sources;
  return hb;
}

const templates = new WeakMap<typeof Handlebars, Map<string, HandlebarsTemplateDelegate>>();

/** `hb.compile(source, { strict: true })` (or its build-time compilation), once per environment and text. */
export function strictTemplate(hb: typeof Handlebars, source: string): HandlebarsTemplateDelegate {
  let byText = templates.get(hb);
  if (byText === undefined) templates.set(hb, (byText = new Map()));
  let template = byText.get(source);
  if (template === undefined) {
    if (byText.size > 20) byText.clear();
    byText.set(source, (template = compiledStrict(hb, source)));
  }
  return template;
}
