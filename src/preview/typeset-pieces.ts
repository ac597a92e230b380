import { TOKEN, VERBATIM } from '../render/typeset-html.js';
import { typesetHtmlHoldingPayloads } from '../render/typeset-payloads.js';

/** Where the page may be cut: before each section (the report's, the appendix's groups). */
const CUT = /(?=<section[\s>])/;
const TAG = /^<(\/?)([a-zA-Z][\w-]*)/;
const RAW_BLOCK = /^<(style|script)\b/;

/**
 * Whether `piece` ends where the whole page's typesetting would be between two tokens, outside any
 * verbatim element: its tokens read alone are those of the whole page (none cut short: no lone
 * `<`, no style or script without its end), and every `<code>`, `<pre>`… it opens is closed in it.
 */
function endsClean(piece: string): boolean {
  const verbatim: string[] = [];
  for (const [token] of piece.matchAll(TOKEN)) {
    if (token === '<') return false;
    if (RAW_BLOCK.test(token) && !/<\/(style|script)\s*>$/.test(token)) return false;
    const tag = TAG.exec(token);
    const name = tag?.[2]!.toLowerCase();
    if (name === undefined || !VERBATIM.has(name)) continue;
    if (tag![1] === '/') verbatim.pop();
    else if (!token.endsWith('/>')) verbatim.push(name);
  }
  return verbatim.length === 0;
}

/**
 * The page cut before its sections, each piece ending clean (`endsClean`; one that does not is
 * joined to the next). Each piece then starts with a section's tag, where typesetting is cut
 * anyway (no rule reads across a section's start), so typesetting the pieces one by one and
 * joining them gives the whole page's typesetting.
 */
export function pagePieces(html: string, clean: (piece: string) => boolean = endsClean): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (const cut of html.split(CUT)) {
    pending += cut;
    if (clean(pending)) {
      pieces.push(pending);
      pending = '';
    }
  }
  if (pending !== '') pieces.push(pending);
  return pieces;
}

/**
 * `typesetHtmlHoldingPayloads` for a page rendered again and again: the pieces of the page (its
 * sections) typeset in the build before are taken as they were, only the others typeset (a save of
 * `participants.csv` changes three of the fixtures' 48 pieces: 5 ms instead of 40 to 50). Whether a
 * piece ends clean is kept with it. The first page is typeset whole as well and compared: should the
 * pieces ever give another page, this typesetter types whole pages from then on.
 */
export function typesetInPieces(): (html: string) => string {
  let typesetBefore = new Map<string, string>();
  let cleanBefore = new Map<string, boolean>();
  let checked: boolean | undefined;
  return (html) => {
    if (checked === false) return typesetHtmlHoldingPayloads(html);
    const typeset = new Map<string, string>();
    const clean = new Map<string, boolean>();
    const endsCleanKept = (piece: string) => {
      const ends = clean.get(piece) ?? cleanBefore.get(piece) ?? endsClean(piece);
      clean.set(piece, ends);
      return ends;
    };
    let out = '';
    for (const piece of pagePieces(html, endsCleanKept)) {
      const done = typeset.get(piece) ?? typesetBefore.get(piece) ?? typesetHtmlHoldingPayloads(piece);
      typeset.set(piece, done);
      out += done;
    }
    [typesetBefore, cleanBefore] = [typeset, clean];
    if (checked === undefined) {
      checked = out === typesetHtmlHoldingPayloads(html);
      if (!checked) return typesetHtmlHoldingPayloads(html);
    }
    return out;
  };
}
