import { NNBSP } from './french-numbers.js';

/**
 * French typography, the one place its rules live: a narrow no-break space (U+202F, as between
 * the thousands of a number) before « : », « ; », « ! », « ? », « % », « € » and inside « », and the
 * typographic apostrophe (’). The report applies it to the text of its rendered page
 * (render/typeset-html.ts), the command line to what it writes (cli/say.ts): never by hand.
 */

/** Stands for where a text is cut by markup (a new paragraph, a cell): no rule reaches across it. */
export const BOUNDARY = '\u0000';

export interface TypographyOptions {
  /**
   * Adds the missing space before « : » (prose). The command line leaves a colon written without
   * one as it is: `fichier:12: colonne: message` is how editors and compilers locate a line.
   */
  spaceBeforeColon?: boolean;
  /**
   * Leaves the apostrophes of a quoted value (« l'Isle »), a path and a file name as typed: a
   * message that quotes a cell or a file must quote it exactly.
   */
  keepQuoted?: boolean;
}

/** One change to a text: the characters [at, at + remove) replaced by `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const APOSTROPHE = '’';
/** Spaces that a no-break space replaces before a mark (HTML collapses line ends and tabs alike). */
const SPACES = '[ \\t\\r\\n\\u00a0\\u202f]';
/** A high mark ends a clause: after it comes a space, the end, a closing bracket, quote or stop. */
const HIGH = new RegExp(`(${SPACES}*)([;:!?])(?=[;:!?]*(?:$|${SPACES}|[)\\]»…,.${BOUNDARY}]))`, 'gu');
const PERCENT = new RegExp(`(${SPACES}*)%`, 'gu');
/** A currency after an amount (`950 €`, `10,2 k€`): kept on the line of its figure. */
const CURRENCY = new RegExp(`(${SPACES}+)(?=k?€)`, 'gu');
const OPENING = new RegExp(`«(${SPACES}*)`, 'gu');
const CLOSING = new RegExp(`(${SPACES}*)»`, 'gu');
const STRAIGHT = /(?<=\p{L})'(?=\p{L})/gu;
/** A quoted value (« … »), a word holding a slash (a path, a URL) or a dot (a file, a key): kept as typed under `keepQuoted`. */
const QUOTED = /«[^»\n]*»|[^\s«»]*(?:[/\\]|\w\.\w)[^\s«»]*/gu;

const isSpace = (char: string | undefined) => char !== undefined && /[ \t\r\n\u00a0\u202f]/.test(char);
/** A character after which a mark takes a space: a word, a number, a closing bracket or quote. */
const takesSpace = (char: string | undefined) => char !== undefined && char !== BOUNDARY && !isSpace(char) && !'([«;:!?'.includes(char);

/** The space before a mark or inside guillemets made one narrow no-break space, or added. */
function spaceEdit(start: number, spaces: string, needed: boolean): Edit | undefined {
  if (spaces === NNBSP) return undefined;
  if (spaces !== '') return { at: start, remove: spaces.length, insert: NNBSP };
  return needed ? { at: start, remove: 0, insert: NNBSP } : undefined;
}

/** The changes the rules make to a text, in order, none overlapping. */
export function typographyEdits(text: string, options: TypographyOptions = {}): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(HIGH)) {
    const [, spaces = '', mark] = m;
    const before = text[m.index - 1];
    if (!takesSpace(before)) continue;
    const edit = spaceEdit(m.index, spaces, mark !== ':' || options.spaceBeforeColon === true);
    if (edit) edits.push(edit);
  }
  for (const m of text.matchAll(PERCENT)) {
    const [, spaces = ''] = m;
    const before = text[m.index - 1];
    if (!takesSpace(before)) continue;
    const edit = spaceEdit(m.index, spaces, /\p{N}/u.test(before!));
    if (edit) edits.push(edit);
  }
  for (const m of text.matchAll(CURRENCY)) {
    if (!/\p{N}/u.test(text[m.index - 1] ?? '')) continue;
    const edit = spaceEdit(m.index, m[1]!, true);
    if (edit) edits.push(edit);
  }
  for (const m of text.matchAll(OPENING)) {
    const [, spaces = ''] = m;
    const after = text[m.index + 1 + spaces.length];
    if (after === undefined || after === BOUNDARY) continue;
    const edit = spaceEdit(m.index + 1, spaces, true);
    if (edit) edits.push(edit);
  }
  for (const m of text.matchAll(CLOSING)) {
    const [, spaces = ''] = m;
    const before = text[m.index - 1];
    if (before === undefined || before === BOUNDARY || before === '«') continue;
    const edit = spaceEdit(m.index, spaces, true);
    if (edit) edits.push(edit);
  }
  const kept = options.keepQuoted ? [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const m of text.matchAll(STRAIGHT)) {
    if (kept.some(([from, to]) => m.index >= from && m.index < to)) continue;
    edits.push({ at: m.index, remove: 1, insert: APOSTROPHE });
  }
  edits.sort((a, b) => a.at - b.at || a.remove - b.remove);
  // Two rules may meet on one run of spaces (`«  »`): the first change stands.
  return edits.filter((edit, i) => i === 0 || edit.at >= edits[i - 1]!.at + Math.max(edits[i - 1]!.remove, 1));
}

/** A text with the edits made (sorted, none overlapping: as `typographyEdits` gives them). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const { at, remove, insert } of edits) {
    out += text.slice(from, at) + insert;
    from = at + remove;
  }
  return out + text.slice(from);
}

/** A French text typeset: `Erreur : l’année`, `« 2023 »`, `45 %`. Typesetting it again changes nothing. */
export const frenchTypography = (text: string, options: TypographyOptions = {}): string => applyEdits(text, typographyEdits(text, options));
