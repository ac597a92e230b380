/**
 * The main's nodes of the next preview page, read only where the page changed: the page is made
 * of the report's pieces (`pages.ts`), and a save changes a few of them (a save of
 * `participants.csv`: the PLIE's three sections of the fixtures' 48 pieces). The pieces alike from
 * the start and from the end stand where they stood; the nodes of the page before that lie in
 * them are this page's too, and only the nodes between are read, from a node's start up to an
 * element's end that falls on a node's end of the page before, in the part alike from the end
 * (from there on, the reader sees the same characters in the same state: the nodes that follow
 * are the same), rather than the whole page at every save (figures: docs/performance.md, « The preview »).
 */

import { childNodes } from './html-nodes.js';

/** A preview page made from pieces (`previewPage`): the page is its segments joined, the reload script (one element), then `tail`. */
export interface PageSegments {
  segments: readonly string[];
  tail: string;
}

/** The last page made from pieces. */
let made: { page: string; segments: PageSegments } | undefined;
export const pageMade = (page: string, segments: PageSegments) => void (made = { page, segments });

/** The segments of `page` when it is the last page made from pieces (the patch then reads only those that changed). */
export const segmentsOf = (page: string): PageSegments | undefined => (made !== undefined && made.page === page ? made.segments : undefined);

/** A page's main as read: its own nodes (scripts too) and where each starts; `end`, where its closing tag starts. */
export interface MainNodes {
  page: string;
  segments: PageSegments;
  nodes: string[];
  starts: number[];
  /** Where the main's start tag ends. */
  open: number;
  end: number;
}

/** A node read is an element (or a comment) when it opens with a tag: a text run never does (`<` then a letter or `!` opens one, or the reader gives up). */
export const isElement = (node: string) => /^<[a-zA-Z!]/.test(node);

const length = (segments: readonly string[]) => segments.reduce((sum, segment) => sum + segment.length, 0);

/** The main's nodes as read in a whole page: where each starts follows from the first's. */
export function mainNodes(page: string, segments: PageSegments, nodes: string[], open: number, end: number): MainNodes {
  const starts: number[] = [];
  let at = open;
  for (const node of nodes) {
    starts.push(at);
    at += node.length;
  }
  return { page, segments, nodes, starts, open, end };
}

/**
 * The main's nodes of `page` (made of `segments`) from those of the page before; undefined when
 * the change reaches out of the main (the head, the warnings bar, the main's tags: the page is read
 * whole), or when the reader gives up on the part it reads.
 */
export function mainInRegion(before: MainNodes, page: string, segments: PageSegments): MainNodes | undefined {
  const [a, b] = [before.segments.segments, segments.segments];
  if (before.segments.tail !== segments.tail) return undefined;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head === a.length && head === b.length) return mainNodes(page, segments, before.nodes, before.open, before.end);
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const alike = length(a.slice(0, head));
  const [size, sizeBefore] = [length(b), length(a)];
  const alikeEnd = length(b.slice(b.length - tail));
  const shift = size - sizeBefore;
  // Only the main's own nodes changed: the body's other nodes, the main's tags and the head stand alike.
  if (alike < before.open || sizeBefore - alikeEnd > before.end) return undefined;
  return bySegments(before, page, segments, head, tail, shift) ?? byRegion(before, page, segments, { alike, alikeEnd, size, tail, shift });
}

/**
 * The changed segments read one by one, when each holds whole nodes of the main and they stand
 * between two of the page before's nodes: nothing is copied (the nodes are slices of the pieces,
 * which the preview keeps), where joining them costs a new string of their size (half a megabyte
 * for the PLIE's sections of the fixtures).
 */
function bySegments(before: MainNodes, page: string, segments: PageSegments, head: number, tail: number, shift: number): MainNodes | undefined {
  const [a, b] = [before.segments.segments, segments.segments];
  const [from, to] = [length(a.slice(0, head)), length(a) - length(a.slice(a.length - tail))];
  const first = from === before.end ? before.nodes.length : before.starts.indexOf(from);
  const next = to === before.end ? before.nodes.length : before.starts.indexOf(to);
  if (first === -1 || next === -1) return undefined;
  const nodes = before.nodes.slice(0, first);
  // Text next to text is one node: a segment must not start with text after text.
  let text = first > 0 && !isElement(before.nodes[first - 1]!);
  for (const segment of b.slice(head, b.length - tail)) {
    const read = segment === '' ? { nodes: [], end: 0 } : childNodes(segment, 0, { toEnd: true });
    if (read === undefined || read.end !== segment.length) return undefined;
    if (read.nodes.length === 0) continue;
    if (text && !isElement(read.nodes[0]!)) return undefined;
    nodes.push(...read.nodes);
    text = !isElement(read.nodes.at(-1)!);
  }
  if (text && next < before.nodes.length && !isElement(before.nodes[next]!)) return undefined;
  return mainNodes(page, segments, [...nodes, ...before.nodes.slice(next)], before.open, before.end + shift);
}

/** The nodes read from a node's start before the change to an element's end after it that is a node's end of the page before (their text joined). */
function byRegion(
  before: MainNodes,
  page: string,
  segments: PageSegments,
  { alike, alikeEnd, size, tail, shift }: { alike: number; alikeEnd: number; size: number; tail: number; shift: number },
): MainNodes | undefined {
  const b = segments.segments;
  // From the start of the node where the change starts (of the text before it, which a text read next would join).
  let first = 0;
  while (first + 1 < before.nodes.length && before.starts[first + 1]! <= alike) first++;
  if (first > 0 && first < before.nodes.length && !isElement(before.nodes[first - 1]!)) first--;
  const from = first < before.nodes.length ? before.starts[first]! : before.end;
  // The segments read: from the one holding `from` to the first alike from the end, twice as many while the reader runs out.
  let segment = 0;
  let base = 0;
  while (segment + 1 < b.length && base + b[segment]!.length <= from) base += b[segment++]!.length;
  const boundaries = new Set(before.starts);
  // An element's end in the part alike from the end that is a node's start of the page before.
  const stop = (at: number) => base + at >= size - alikeEnd && boundaries.has(base + at - shift);
  for (let upTo = Math.min(b.length, Math.max(b.length - tail + 1, segment + 1)); ; upTo = Math.min(b.length, 2 * upTo - segment)) {
    const read = childNodes(b.slice(segment, upTo).join(''), from - base, { stop });
    if (read !== undefined) {
      const end = base + read.end;
      // Not stopped: at the main's closing tag, which must stand where it stood.
      if (!read.stopped && end - shift !== before.end) return undefined;
      const next = read.stopped ? before.starts.indexOf(end - shift) : before.nodes.length;
      const nodes = [...before.nodes.slice(0, first), ...read.nodes, ...before.nodes.slice(next)];
      return mainNodes(page, segments, nodes, before.open, before.end + shift);
    }
    if (upTo === b.length) return undefined;
  }
}
