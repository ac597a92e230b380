/**
 * Bounds of the analysts' Markdown (`contenu/editorial.md`, `contenu/textes/*.md`), checked before
 * anything parses it: the Markdown parser recurses once per nesting level (a few thousand `>`
 * overflow its stack) and slows down with size (a long text of emphasis marks takes seconds). A
 * report's texts are a few pages: these bounds are far above any real one (docs/data-format.md).
 */
export const MARKDOWN_LIMITS = Object.freeze({
  /** One text: about thirty pages of prose. */
  fileBytes: 100 * 1024,
  /** Every declared text together. */
  totalBytes: 400 * 1024,
  /** Nesting of block quotes and lists, as `nestingAt` estimates it. */
  nesting: 16,
});

/** A thematic break (`- - -`, `* * *`, `___`) is not a list, however many marks it has. */
const BREAK = /^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$/;

/**
 * An upper bound of a line's nesting: each `>` and each list marker (`-`, `*`, `+`, `1.`, `1)`)
 * at its start, plus a level per two columns of indentation before a marker (a nested item is
 * indented at least as far as its parent's text, two columns for `- `). Linear, no regex per
 * character: a scan of the line's first characters (`from`, `to`: the line within a text).
 */
export function nestingAt(line: string, from = 0, to = line.length): number {
  let levels = 0;
  let indent = 0;
  let i = from;
  const n = to;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 0x20) {
      indent += 1;
      i++;
    } else if (c === 0x09) {
      indent += 4 - (indent % 4);
      i++;
    } else if (c === 0x3e /* > */) {
      levels += 1;
      indent = 0;
      i++;
    } else {
      let end = i;
      if (c === 0x2d || c === 0x2a || c === 0x2b) end = i + 1;
      else {
        while (end < n && end - i < 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
        end = end > i && end < n && (line[end] === '.' || line[end] === ')') ? end + 1 : i;
      }
      // A marker is followed by a space, a tab or the end of the line.
      if (end === i || (end < n && line[end] !== ' ' && line[end] !== '\t')) break;
      if (levels === 0 && c !== 0x2b && BREAK.test(line.slice(from, to))) return 0;
      levels += 1 + (indent >> 1);
      indent = 0;
      i = end;
    }
  }
  return levels;
}

/** The first line nested beyond the bound (1-based), or undefined. */
export function tooDeepLine(text: string, limit = MARKDOWN_LIMITS.nesting): { line: number; nesting: number } | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Only the line's start is scanned: a line that begins with a letter costs one comparison.
    const nesting = nestingAt(text, start, end);
    if (nesting > limit) return { line, nesting };
    start = end + 1;
  }
  return undefined;
}
