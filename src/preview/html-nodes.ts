/**
 * A reader of an HTML page's nodes as the browser's parser builds them, for the pages the preview
 * writes: the top-level nodes of a parent, each element with its content, as source text.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
export const RAW = new Set(['script', 'style', 'textarea', 'title']);

const STOP = /["'>]/g;

/** Where the start tag opened at `at` ends (after its `>`), quoted attribute values skipped. */
export function tagEnd(html: string, at: number): number {
  const stop = STOP;
  let i = at + 1;
  for (;;) {
    stop.lastIndex = i;
    const next = stop.exec(html);
    if (next === null) return -1;
    i = next.index;
    if (html[i] === '>') return i + 1;
    const close = html.indexOf(html[i]!, i + 1);
    if (close === -1) return -1;
    i = close + 1;
  }
}

const NAME = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/y;
export function nameAt(html: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(html)?.[1]?.toLowerCase();
}

/** The elements of the page before, by their start tag (see `childNodes`). */
export type Known = ReadonlyMap<string, readonly string[]>;

export interface ReadOptions {
  /** Keeps the nodes' text (false: only where the parent ends). */
  collect?: boolean;
  /**
   * Elements of the page before: one that stands here character for character is this node, and
   * is not read again (an element's end depends on its own characters only); the node is then that
   * very string, which the patch compares at once.
   */
  known?: Known;
  /** Receives each element read (not the text runs): the next page's `known`. */
  elements?: string[];
  /** Reads a `<main>`'s own nodes in the same pass (its start tag ends at `open`); where it ends. */
  main?: (at: number, open: number) => number | undefined;
  /** Ends the reading after an element (a text run may go on) where it says so: `end` is then there, `stopped` true. */
  stop?: (at: number) => boolean;
  /** Reads up to the end of `html` (its last text run a node), not to a parent's closing tag: the nodes of a piece of a parent. */
  toEnd?: boolean;
}

/**
 * The top-level nodes of `html` from `start` up to the closing tag of their parent, as source text,
 * and where that closing tag starts; undefined for what this reader does not follow (an element
 * left open, a stray closing tag), so that the page takes its usual way.
 */
export function childNodes(html: string, start: number, options: ReadOptions | boolean = {}): { nodes: string[]; end: number; stopped?: true } | undefined {
  const { collect = true, known, elements, main, stop, toEnd } = typeof options === 'boolean' ? { collect: options } : options;
  const nodes: string[] = [];
  // Text next to text is one node.
  let text = false;
  let i = start;
  for (;;) {
    if (stop !== undefined && !text && i !== start && stop(i)) return { nodes, end: i, stopped: true };
    const lt = html.indexOf('<', i);
    if (lt === -1 && toEnd) {
      if (i < html.length) addText(nodes, text, collect, html.slice(i));
      return { nodes, end: html.length };
    }
    if (lt === -1) return undefined;
    if (lt > i) text = addText(nodes, text, collect, html.slice(i, lt));
    if (html.startsWith('</', lt)) return { nodes, end: lt };
    const same = known === undefined ? undefined : knownAt(html, lt, known);
    const element = same !== undefined ? lt + same.length : main !== undefined && nameAt(html, lt) === 'main' ? mainEnd(html, lt, main) : elementEnd(html, lt);
    if (element === undefined) {
      if (nameAt(html, lt) !== undefined || html.startsWith('<!', lt)) return undefined;
      // A `<` that opens no tag is text.
      text = addText(nodes, text, collect, '<');
      i = lt + 1;
      continue;
    }
    if (collect) {
      // A slice of this page, not the page before's node: that one would keep the page before alive.
      const node = html.slice(lt, element);
      nodes.push(node);
      if (html.charCodeAt(lt + 1) !== 33) elements?.push(node); // not a comment
    }
    text = false;
    i = element;
  }
}

/** The element of the page before that stands at `at`, if any. */
function knownAt(html: string, at: number, known: Known): string | undefined {
  if (nameAt(html, at) === undefined || html[at + 1] === '/') return undefined;
  const open = tagEnd(html, at);
  if (open === -1) return undefined;
  return known.get(html.slice(at, open))?.find((node) => html.startsWith(node, at));
}

/** Where the `<main>` opened at `at` ends, its own nodes read by `read`. */
function mainEnd(html: string, at: number, read: NonNullable<ReadOptions['main']>): number | undefined {
  const open = tagEnd(html, at);
  const close = open === -1 ? undefined : read(at, open);
  if (close === undefined || nameAt(html, close) !== 'main') return undefined;
  const end = tagEnd(html, close);
  return end === -1 ? undefined : end;
}

/** Adds `value` to the text node last read if it was text, else as a node; says the last node is text. */
function addText(nodes: string[], text: boolean, collect: boolean, value: string): boolean {
  if (!collect) return true;
  if (text) nodes[nodes.length - 1] += value;
  else nodes.push(value);
  return true;
}

/** Where the element (or comment) opened at `at` ends; undefined if it opens none. */
export function elementEnd(html: string, at: number): number | undefined {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return end === -1 ? undefined : end + 3;
  }
  const name = nameAt(html, at);
  if (name === undefined || html[at + 1] === '/') return undefined;
  const open = tagEnd(html, at);
  if (open === -1) return undefined;
  if (VOID.has(name)) return open;
  if (RAW.has(name)) {
    const closing = new RegExp(`</${name}[\\s>]`, 'gi');
    closing.lastIndex = open;
    const close = closing.exec(html);
    if (close === null) return undefined;
    const end = tagEnd(html, close.index);
    return end === -1 ? undefined : end;
  }
  const inner = childNodes(html, open, { collect: false });
  if (inner === undefined || nameAt(html, inner.end) !== name) return undefined;
  const end = tagEnd(html, inner.end);
  return end === -1 ? undefined : end;
}
