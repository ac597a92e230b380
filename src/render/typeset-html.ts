import { BOUNDARY, frenchTypography, typographyEdits } from '../text/typography.js';

/**
 * French typography over a rendered page, once, so that no template, declared text or data value
 * has to be typed with it: only the text between tags changes, never a tag, an attribute (URLs,
 * data URLs, ids), a `<style>`, a `<script>` or the text of a `<code>` (keys, file names).
 *
 * The page's text is read as one string across inline elements (`45<b> %</b>`,
 * `<a>figure</a> :`), cut at every other element, so that a rule sees the word before a mark
 * whatever markup stands between them. Entities count as the character they stand for
 * (`l&#x27;emploi`); every byte the rules do not change is written back as it was.
 */

/** The page's tokens. */
const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/** Elements inside a line of text: a rule reads across them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Elements whose text is written as typed. */
const VERBATIM = new Set(['code', 'kbd', 'pre', 'samp', 'textarea']);

const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{1,31}\d?);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (entity: string): string => {
  const name = entity.slice(1, -1);
  if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? '\ufffc';
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffc';
};

/**
 * Reads `html`'s tokens in order: each with its tag's name (lower case; undefined for text, a
 * comment, a doctype or a lone `<`) and, for text, whether it stands inside a verbatim element.
 * Gives how many verbatim elements are left open after the last. The one reader of them, for the
 * typesetting and for where the preview may cut its page (`endsOutsideVerbatim`).
 */
function eachToken(html: string, visit: (token: RegExpMatchArray, name: string | undefined, inVerbatim: boolean) => void): number {
  const verbatim: string[] = [];
  for (const m of html.matchAll(TOKEN)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(m[0]);
    const name = tag?.[2]!.toLowerCase();
    visit(m, name, verbatim.length > 0);
    if (name === undefined || !VERBATIM.has(name)) continue;
    if (tag![1] === '/') verbatim.pop();
    else if (!m[0].endsWith('/>')) verbatim.push(name);
  }
  return verbatim.length;
}

/**
 * Whether `html` ends where the typesetting of a page it begins would stand between two tokens,
 * outside any verbatim element: its tokens read alone are those of the whole page (none cut short:
 * no lone `<`, no style or script without its end), and every `<code>`, `<pre>`… it opens is closed
 * in it. The preview typesets its page in pieces cut only there (preview/page-pieces.ts).
 */
export function endsOutsideVerbatim(html: string): boolean {
  let whole = true;
  const open = eachToken(html, ([token]) => {
    if (token === '<' || (/^<(style|script)\b/.test(token) && !/<\/(style|script)\s*>$/.test(token))) whole = false;
  });
  return whole && open === 0;
}

/** The page with its text typeset (see text/typography.ts); its markup byte for byte as it was. */
export function typesetHtml(html: string): string {
  // The page's text as one string, and for each of its UTF-16 units where it stands in the page:
  // its offset, the length of what it was written with (1, an entity's, 0 for a cut), whether
  // the rules may change it (not in a verbatim element, not a cut).
  const at = new Int32Array(html.length + 1);
  const written = new Uint8Array(html.length + 1);
  const locked = new Uint8Array(html.length + 1);
  const parts: string[] = [];
  let length = 0;
  const add = (text: string, offset: number, size: number, lock: boolean) => {
    parts.push(text);
    for (let k = 0; k < text.length; k++, length++) {
      at[length] = offset + (size === 1 ? k : 0);
      written[length] = size === 1 || k === 0 ? size : 0;
      locked[length] = lock ? 1 : 0;
    }
  };
  eachToken(html, (m, name, inVerbatim) => {
    const [token] = m;
    if (name === undefined && !token.startsWith('<')) {
      let from = 0;
      for (const e of token.matchAll(ENTITY)) {
        add(token.slice(from, e.index), m.index! + from, 1, inVerbatim);
        const char = decode(e[0]);
        add(char, m.index! + e.index, e[0].length, inVerbatim);
        from = e.index + e[0].length;
      }
      add(token.slice(from), m.index! + from, 1, inVerbatim);
    } else if (name === undefined || !INLINE.has(name)) add(BOUNDARY, m.index!, 0, true);
  });
  // Each change as the bytes of the page it replaces: a run of spaces may stand on both sides of a tag.
  const changes: { from: number; to: number; insert: string }[] = [];
  for (const edit of typographyEdits(parts.join(''), { spaceBeforeColon: true })) {
    const end = edit.at + Math.max(edit.remove, 1);
    if (locked.subarray(edit.at, end).some((l) => l === 1)) continue;
    if (edit.remove === 0) changes.push({ from: at[edit.at]!, to: at[edit.at]!, insert: edit.insert });
    for (let i = edit.at; i < edit.at + edit.remove; i++) {
      changes.push({ from: at[i]!, to: at[i]! + written[i]!, insert: i === edit.at ? edit.insert : '' });
    }
  }
  let out = '';
  let from = 0;
  for (const change of changes) {
    out += html.slice(from, change.from) + change.insert;
    from = change.to;
  }
  return typesetAttributes(out + html.slice(from));
}

/** Attributes a reader hears or sees as text: a link's hover title, an image's alternative, a region's name. */
const READ_ATTRIBUTES = /(\s(?:title|alt|aria-label)=")([^"]*)"/g;
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of those attributes typeset as the page's is; every other attribute (href, src, class…) as written. */
function typesetAttributes(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(
      READ_ATTRIBUTES,
      (_, start: string, value: string) => `${start}${escapeAttribute(frenchTypography(value.replace(ENTITY, decode), { spaceBeforeColon: true }))}"`,
    ),
  );
}
