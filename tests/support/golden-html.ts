import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';
import { sectionIds } from '../../src/sections/index.js';

/** The fixtures' report page, as `alpes-report 2023 --data fixtures/2023` writes it (methodology appendix and commune pages included). */
export async function fixtureReportHtml(year = 2023): Promise<string> {
  const config = resolveConfig();
  const dataset = await loadDataset({ sectionIds, year, dataDir: `fixtures/${year}`, config });
  const computed = computeReport(dataset, config);
  return renderHtml({ ...reportView(dataset, computed, config), methodology: true, communePages: true });
}

/** Elements kept within the line of their text; every other element starts a line of its own. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
/** Elements without content: never waited for a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements a new one of the same name closes (`<li>` without `</li>`). */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'p', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * Inlined binaries (charts, fonts) as their type and a placeholder: a chart's pixels and the
 * fonts' subsets are not what a reviewer reads (the figures they show are checked elsewhere).
 * Only base64 data: `data:` alone (the page's security policy) is left alone. A padding `=` may be
 * written as the entity `&#x3D;` (Handlebars escapes it in an attribute).
 */
export function withoutBinaries(html: string): string {
  return html.replace(/data:([\w-]+\/[\w.+-]+)((?:;[\w-]+=[\w-]+)*);base64,[A-Za-z0-9+/=]+(?:&#x3D;)*/g, (_, type: string, params: string) => {
    const what = type.startsWith('image/') ? 'graphique' : type.startsWith('font/') ? 'police' : 'données';
    return `data:${type}${params};base64,[${what}]`;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/** Collapses the spaces HTML collapses too: not the no-break ones (U+00A0, U+202F), which are typography. */
const collapse = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

/**
 * The page pretty-printed for a diff: binaries replaced (`withoutBinaries`), each block element
 * on a line of its own indented by its depth, inline elements and text kept together on one
 * line, runs of spaces collapsed; a `<style>`'s rules one per line as written.
 */
export function normaliseHtml(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let run = '';
  const indent = () => '  '.repeat(open.length);
  const flush = () => {
    const text = run.trim();
    if (text !== '') out.push(indent() + text);
    run = '';
  };
  for (const [token] of withoutBinaries(html).matchAll(TOKEN)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
    if (tag === null) {
      if (token.startsWith('<!')) {
        flush();
        out.push(indent() + collapse(token));
      } else {
        run += collapse(token);
      }
      continue;
    }
    const [, closing, rawName] = tag;
    const name = rawName!.toLowerCase();
    if (name === 'style' || name === 'script') {
      flush();
      const [, start, body, end] = /^(<[^>]*>)([\s\S]*?)(<\/[^>]*>)$/.exec(token)!;
      out.push(indent() + collapse(start!));
      for (const line of body!.split('\n')) if (line.trim() !== '') out.push(`${indent()}  ${line.trimEnd()}`);
      out.push(indent() + end!);
      continue;
    }
    if (INLINE.has(name)) {
      run += collapse(token);
      continue;
    }
    flush();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      out.push(indent() + token);
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
    out.push(indent() + collapse(token));
    if (!VOID.has(name) && !token.endsWith('/>')) open.push(name);
  }
  flush();
  return `${out.join('\n')}\n`;
}
