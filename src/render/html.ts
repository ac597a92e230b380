import { unitName, unitOf, type Unit } from '../measure/indicator.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { ChartSpec, Offer } from '../measure/section.js';
import { chartView, type ChartView } from './chart-text.js';
import { renderChart } from './charts.js';
import { textShade } from './contrast.js';
import { fontFaceCss, FONT_FAMILY, withoutDataUrls } from './fonts.js';
import { anchorOf, cachedHandlebars, strictTemplate, TEMPLATES_DIR } from './handlebars.js';
import { typesetHtmlHoldingPayloads } from './typeset-payloads.js';
import { frenchTypography } from '../text/typography.js';
import type { IndicatorsJson } from '../measure/indicator.js';
import type { CommunesModel } from './communes.js';

/** A computed section ready to render: its partial, its model and the charts it asked for. */
export interface RenderedSection {
  id: string;
  offer: Offer;
  title: string;
  front: boolean;
  /** Undefined when the offer has no data this year. */
  model: unknown;
  /** The previous years' models, nearest first, for the evolutions (sections keeping some figures' history). */
  history: { year: number; model: unknown }[];
  charts: ChartSpec[];
  /** The keys of the indicators the section computes, in its order, for the methodology appendix. */
  indicators: string[];
}

export interface ReportView {
  year: number;
  config: Config;
  demonstration: boolean;
  sections: RenderedSection[];
  /** Declared figures (contenu/indicateurs.json) that the templates print beside the computed ones. */
  declared?: Record<string, { valeur: number; libelle: string }>;
  /** Declared narrative paragraphs by section id (contenu/textes/). */
  texts?: Record<string, string>;
  /** Declared wording printed beside a figure, by indicator key (the opening `key: text` lines of contenu/textes/<section>.md). */
  labels?: Record<string, string>;
  /** Every figure's value, label, definition and sources: what `{{ref}}` checks keys against. */
  indicators?: IndicatorsJson;
  /** The commune pages' model (fiches communales), computed from the indicators. */
  communes?: CommunesModel;
  /** Prints the commune pages as an appendix, before the methodology. */
  communePages?: boolean;
  /** Prints the methodology appendix, and links each figure to its entry in it. */
  methodology?: boolean;
}

/** One entry of the methodology appendix. */
interface MethodEntry {
  key: string;
  anchor: string;
  label: string;
  definition: string;
  /** « personnes », « mois », « € »…; empty for a figure declared without one. */
  unit: string;
  sources: string;
}

/** A group of the appendix: one section's indicators, and the files most of them read, said once. */
interface MethodGroup {
  title: string;
  /** The files shared by several of the year's figures, printed under the title; entries reading others name theirs. */
  sources: string;
  /** The same for the previous years' values (the `.history` figures). */
  pastSources: string;
  entries: MethodEntry[];
}

/** The appendix: each section's indicators under its title, then the figures declared outside any section. */
function methodologyOf(view: ReportView): MethodGroup[] {
  const indicators = view.indicators ?? {};
  const entry = (key: string): MethodEntry => {
    const { label, definition, unit, cellLabels, sources } = indicators[key]!;
    return { key, anchor: anchorOf(key), label, definition, unit: unit === undefined ? '' : unitName(unit, cellLabels), sources: sources.join(', ') };
  };
  const listed = new Set(view.sections.flatMap((s) => s.indicators));
  const groups = view.sections
    .filter((s) => s.indicators.length > 0)
    .map((s) => ({ title: `${OFFER_NAMES[s.offer]?.name ?? 'Présentation'} — ${s.title}`, keys: s.indicators }));
  const declared = Object.keys(indicators).filter((key) => !listed.has(key));
  if (declared.length > 0) groups.push({ title: 'Chiffres déclarés (contenu/indicateurs.json)', keys: declared });
  return groups.map(({ title, keys }) => sharedSources(title, keys.map(entry)));
}

/** The previous years' values of a figure: they read the previous years' files. */
const isHistory = (entry: MethodEntry) => entry.key.endsWith('.history');

/**
 * Says once, under the group's title, the files most of its figures read (when two or more do),
 * and those most of its previous years' values read: a reference, the appendix keeps to few pages.
 */
function sharedSources(title: string, entries: MethodEntry[]): MethodGroup {
  const sources = mostShared(entries.filter((e) => !isHistory(e)));
  const pastSources = mostShared(entries.filter(isHistory));
  const shared = (entry: MethodEntry) => (isHistory(entry) ? pastSources : sources);
  // A figure reading no file says so, rather than seem to read the group's.
  const own = (entry: MethodEntry) => (entry.sources === shared(entry) ? '' : entry.sources || (shared(entry) && 'aucun'));
  return { title, sources, pastSources, entries: entries.map((entry) => ({ ...entry, sources: own(entry) })) };
}

/** The sources two or more entries share, the most shared; '' if none. */
function mostShared(entries: MethodEntry[]): string {
  const counts = new Map<string, number>();
  for (const { sources } of entries) if (sources !== '') counts.set(sources, (counts.get(sources) ?? 0) + 1);
  const [sources = '', count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count >= 2 ? sources : '';
}

/** The band printed at the head of each offer's pages. */
const OFFER_NAMES: Partial<Record<Offer | 'mde', { band: string; name: string }>> = {
  mde: { band: 'M D E', name: 'Maison de l’Emploi' },
  plie: { band: 'P L I E', name: 'Plan Local pour l’Insertion et l’Emploi' },
  ml: { band: 'M L', name: 'Mission Locale' },
};

/** The unit of the figure a chart draws (a count when the figure is not known, as in a test's page). */
function unitOfChart(view: ReportView, spec: ChartSpec): Unit | undefined {
  const unit = view.indicators?.[spec.indicator]?.unit;
  return unit === undefined ? undefined : unitOf(unit, spec.cell);
}
const prose = (text: string) => frenchTypography(text, { spaceBeforeColon: true });
const typesetChart = (spec: ChartSpec): ChartSpec => ({ ...spec, title: prose(spec.title), labels: spec.labels.map(prose) });

/** The page's `@font-face` rules, cut down to the characters it prints (its data URLs aside). */
export const pageFonts = (page: string) => fontFaceCss(withoutDataUrls(page));

/** How the page is typeset, its fonts cut down and put in its slot: the preview passes ways that keep the pieces of the page it made before. */
export interface RenderHooks {
  typeset?: (html: string) => string;
  fonts?: (page: string) => Promise<string>;
  finish?: (page: string, slot: string, faces: string) => string;
}

const inSlot = (page: string, slot: string, faces: string) => page.replace(slot, () => faces);

/** Renders the whole report to one self-contained HTML page (fonts and charts inlined). */
export async function renderHtml(
  view: ReportView,
  templatesDir = TEMPLATES_DIR,
  { typeset = typesetHtmlHoldingPayloads, fonts = pageFonts, finish = inSlot }: RenderHooks = {},
): Promise<string> {
  // Partials and layout compiled once while their text stays the same (the preview renders again and again).
  const hb = cachedHandlebars(templatesDir);
  const layout = strictTemplate(hb, readFileSync(join(templatesDir, 'layout.hbs'), 'utf8'));
  const css = readFileSync(join(templatesDir, 'report.css'), 'utf8');
  const colours = view.config.association.colors;
  const sections = await Promise.all(
    view.sections.map(async (section, index) => {
      const firstOfOffer = OFFER_NAMES[section.offer] !== undefined && view.sections[index - 1]?.offer !== section.offer;
      const colour = section.offer in colours ? colours[section.offer as keyof typeof colours] : colours.primary;
      const charts: Record<string, ChartView> = {};
      // The charts' words are drawn into images, out of the page's typography pass: typeset here.
      for (const spec of section.charts.map(typesetChart)) charts[spec.id] = chartView(spec, await renderChart(spec, colour), unitOfChart(view, spec));
      // The offer's colour marks rules and charts; its text (titles, key figures, the band's background) takes a shade that reads.
      return { ...section, firstOfOffer, colour, textColour: textShade(colour), charts };
    }),
  );
  // The fonts are cut down to the characters the page prints: known once it is written.
  const stylesSlot = '/* font-faces */';
  // Typeset once the whole page is written (templates, declared Markdown, data values alike), and
  // before the fonts are cut down, so that they keep ’ and the no-break spaces.
  const page = typeset(
    layout({
      ...view,
      offers: OFFER_NAMES,
      declared: view.declared ?? {},
      texts: view.texts ?? {},
      labels: view.labels ?? {},
      methodology: view.methodology ?? false,
      communePages: view.communePages === true && view.communes !== undefined,
      communes: view.communes,
      methodologyGroups: view.methodology ? methodologyOf(view) : [],
      association: view.config.association,
      colours: { ...colours, text: textShade(colours.text), primaryText: textShade(colours.primary) },
      fontFamily: FONT_FAMILY,
      styles: `${stylesSlot}\n${css}`,
      frontSections: sections.filter((s) => s.front),
      sections: sections.filter((s) => !s.front),
    }),
  );
  return finish(page, stylesSlot, await fonts(page));
}
