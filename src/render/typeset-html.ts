import { BOUNDARY, typographyEdits } from '../text/typography.js';

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

const ENTITY = /&(#\d+|#x[\da-f]+|[a-z]+\d*);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** One character of the page's text: what the rules read, and the bytes it was written with. */
interface Unit {
  char: string;
  raw: string;
  /** Inside a verbatim element: never changed. */
  frozen: boolean;
}

const decode = (entity: string): string => {
  const name = entity.slice(1, -1);
  if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? '\ufffc';
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffc';
};

function unitsOf(text: string, frozen: boolean, units: Unit[]): void {
  let from = 0;
  const push = (plain: string) => {
    for (const char of plain) units.push({ char, raw: char, frozen });
  };
  for (const m of text.matchAll(ENTITY)) {
    push(text.slice(from, m.index));
    const char = decode(m[0]);
    units.push({ char: [...char].length === 1 ? char : '\ufffc', raw: m[0], frozen });
    from = m.index + m[0].length;
  }
  push(text.slice(from));
}

/** The page with its text typeset (see text/typography.ts); its markup byte for byte as it was. */
export function typesetHtml(html: string): string {
  // The page as pieces: markup kept as is (`unit` undefined), text as the units it holds.
  const pieces: { markup?: string; first: number; count: number }[] = [];
  const units: Unit[] = [];
  const verbatim: string[] = [];
  for (const [token] of html.matchAll(TOKEN)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
    if (tag === null && !token.startsWith('<')) {
      pieces.push({ first: units.length, count: 0 });
      unitsOf(token, verbatim.length > 0, units);
      pieces.at(-1)!.count = units.length - pieces.at(-1)!.first;
      continue;
    }
    pieces.push({ markup: token, first: units.length, count: 0 });
    const name = tag?.[2]!.toLowerCase();
    if (name !== undefined && VERBATIM.has(name)) {
      if (tag![1] === '/') verbatim.pop();
      else if (!token.endsWith('/>')) verbatim.push(name);
    }
    if (name === undefined || !INLINE.has(name)) units.push({ char: BOUNDARY, raw: '', frozen: true });
  }
  const text = units.map((u) => u.char).join('');
  // Units are single characters (code points); positions in `text` are UTF-16 offsets.
  const unitAt: number[] = [];
  units.forEach((unit, i) => {
    for (let k = 0; k < unit.char.length; k++) unitAt.push(i);
  });
  const before = new Map<number, string>();
  const replaced = new Map<number, string>();
  for (const { at, remove, insert } of typographyEdits(text, { spaceBeforeColon: true })) {
    const first = unitAt[at] ?? units.length;
    const touched = units.slice(first, unitAt[at + remove - 1] === undefined ? first : unitAt[at + remove - 1]! + 1);
    if (touched.some((u) => u.frozen) || (remove === 0 && units[first]?.frozen)) continue;
    if (remove === 0) before.set(first, (before.get(first) ?? '') + insert);
    else {
      replaced.set(first, insert);
      for (let i = first + 1; i <= unitAt[at + remove - 1]!; i++) replaced.set(i, '');
    }
  }
  let out = '';
  for (const piece of pieces) {
    if (piece.markup !== undefined) {
      // An insertion before the first unit after a tag goes after the tag: `<b>` + ` %`.
      out += piece.markup;
      continue;
    }
    for (let i = piece.first; i < piece.first + piece.count; i++) out += (before.get(i) ?? '') + (replaced.get(i) ?? units[i]!.raw);
  }
  return out;
}
