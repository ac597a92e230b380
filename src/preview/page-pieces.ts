import { charactersOf, fontFaceCss, withoutDataUrls } from '../render/fonts.js';
import { pageFonts, type RenderHooks } from '../render/html.js';
import { endsOutsideVerbatim } from '../render/typeset-html.js';
import { typesetHtmlHoldingPayloads } from '../render/typeset-payloads.js';

/** Where the page may be cut: before each section (the report's, the appendix's groups). */
const CUT = '<section';

/** The page cut before each `<section` tag (a search for the text: a split by a look-ahead pattern took 4 to 9 ms a build). */
function cuts(html: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (let at = html.indexOf(CUT, 1); at !== -1; at = html.indexOf(CUT, at + CUT.length)) {
    const next = html.charCodeAt(at + CUT.length);
    // A space of HTML's or `>`.
    if (next !== 62 && next !== 32 && next !== 10 && next !== 9 && next !== 13 && next !== 12) continue;
    found.push(html.slice(from, at));
    from = at;
  }
  found.push(html.slice(from));
  return found;
}
/**
 * The page cut before its sections, each piece ending clean (`endsOutsideVerbatim`; one that does not is
 * joined to the next). Each piece then starts with a section's tag, where typesetting is cut
 * anyway (no rule reads across a section's start), so typesetting the pieces one by one and
 * joining them gives the whole page's typesetting.
 */
export function pagePieces(html: string, clean: (piece: string) => boolean = endsOutsideVerbatim): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (const cut of cuts(html)) {
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
 * The string made flat: a search copies a concatenation into one string of its own. A typeset piece
 * is a concatenation of slices of the page it was cut from (its charts' payloads): kept over builds
 * as it is, it would keep that whole page alive.
 */
function ownString(text: string): string {
  text.indexOf('\0');
  return text;
}

/**
 * How the preview typesets its page and cuts its fonts down, for a page rendered again and again:
 * the pieces of the page (its sections) typeset in the build before are taken as they were, only the
 * others typeset (a save of `participants.csv` changes three of the fixtures' 48 pieces: 5 ms instead
 * of 40 to 50); the characters of each typeset piece are kept too, the fonts' set being their union.
 * Whether a piece ends clean is kept with it. The first page is typeset whole as well and compared:
 * should the pieces ever give another page, whole pages are typeset from then on.
 */
export function piecewisePage(): Required<RenderHooks> & { piecesOf: (page: string) => readonly string[] | undefined } {
  let typesetBefore = new Map<string, string>();
  let cleanBefore = new Map<string, boolean>();
  let charactersBefore = new Map<string, string>();
  let checked: boolean | undefined;
  // The last page typeset, and its pieces typeset; then with its fonts.
  let last: { page: string; pieces: string[] } | undefined;
  let finished: typeof last;
  const typeset = (html: string) => {
    last = finished = undefined;
    if (checked === false) return typesetHtmlHoldingPayloads(html);
    const typeset = new Map<string, string>();
    const clean = new Map<string, boolean>();
    const endsCleanKept = (piece: string) => {
      const ends = clean.get(piece) ?? cleanBefore.get(piece) ?? endsOutsideVerbatim(piece);
      clean.set(piece, ends);
      return ends;
    };
    const pieces: string[] = [];
    for (const piece of pagePieces(html, endsCleanKept)) {
      const done = typeset.get(piece) ?? typesetBefore.get(piece) ?? ownString(typesetHtmlHoldingPayloads(piece));
      typeset.set(piece, done);
      pieces.push(done);
    }
    [typesetBefore, cleanBefore] = [typeset, clean];
    let page = '';
    for (const piece of pieces) page += piece;
    if (checked === undefined) {
      checked = page === typesetHtmlHoldingPayloads(html);
      if (!checked) return typesetHtmlHoldingPayloads(html);
    }
    last = { page, pieces };
    return page;
  };
  const fonts = (page: string) => {
    if (last === undefined || last.page !== page) return pageFonts(page);
    // A set's characters are the union of its pieces' (a data URL never runs across a cut but into
    // the next section's `<section`, whose characters every set keeps).
    const characters = new Map<string, string>();
    const all = new Set<string>();
    for (const piece of last.pieces) {
      const own = characters.get(piece) ?? charactersBefore.get(piece) ?? charactersOf(withoutDataUrls(piece));
      characters.set(piece, own);
      for (const character of own) all.add(character);
    }
    charactersBefore = characters;
    return fontFaceCss([...all].sort().join(''));
  };
  // The fonts put in the first piece (the head), which holds the slot: the page is not copied whole for it.
  const finish = (page: string, slot: string, faces: string) => {
    finished = undefined;
    if (last === undefined || last.page !== page || last.pieces.length < 2 || !last.pieces[0]!.includes(slot)) return page.replace(slot, () => faces);
    const pieces = [last.pieces[0]!.replace(slot, () => faces), ...last.pieces.slice(1)];
    let done = '';
    for (const piece of pieces) done += piece;
    finished = { page: done, pieces };
    return done;
  };
  /** The pieces of the last page made, when `page` is it: the preview's page is made from them (`previewPage`). */
  const piecesOf = (page: string) => (finished !== undefined && finished.page === page ? finished.pieces : undefined);
  return { typeset, fonts, finish, piecesOf };
}
