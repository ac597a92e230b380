/**
 * What changed between two preview pages, as the page applies it: the server has both pages, so the
 * page need not fetch and parse the whole multi-megabyte HTML again to find the few sections a save
 * changed. The nodes are those the page's swap compares: the body's own (its main kept in place),
 * then the main's, scripts left out (the preview's script stays).
 */

import { childNodes, elementEnd, nameAt, RAW, tagEnd, type Known } from './html-nodes.js';
import { mainInRegion, mainNodes, segmentsOf, type MainNodes } from './main-region.js';

/** Replace `remove` nodes from the `at`-th with `html`; the parent had `before` nodes and then has `after`. */
export interface NodesPatch {
  at: number;
  remove: number;
  html: string;
  before: number;
  after: number;
  /**
   * How many images the whole page before holds, when `html` reuses some of their data URLs: an
   * image the build left as it was is sent as `data:,preview-same-<k>-<length>-<hash>`, the k-th
   * image of the page before in document order (a chart is 40–80 KB; a save redraws some charts).
   */
  images?: number;
}

export interface PagePatch {
  from: number;
  build: number;
  title: string;
  body: NodesPatch;
  main: NodesPatch;
}

const isScript = (node: string) => /^<script[\s>]/i.test(node);

/** The nodes alike from the start and from the end stay (a main counts as alike: its own nodes are patched). */
function nodesPatch(before: string[], after: string[]): NodesPatch {
  const alike = (a: string, b: string) => a === b || (a.startsWith('<main') && b.startsWith('<main'));
  let head = 0;
  while (head < before.length && head < after.length && alike(before[head]!, after[head]!)) head++;
  let tail = 0;
  const left = Math.min(before.length, after.length) - head;
  while (tail < left && alike(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  return {
    at: head,
    remove: before.length - head - tail,
    html: after.slice(head, after.length - tail).join(''),
    before: before.length,
    after: after.length,
  };
}

/** The stand-in of an image the page already holds. */
export const SAME_IMAGE = 'data:,preview-same-';

/** FNV-1a over the UTF-16 units: the page checks that its k-th image is the one meant (the page's script has its copy). */
export function sameImageHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * `patch.html` with each image whose data URL an image of the page before has sent as a stand-in
 * `data:,preview-same-<k>-<length>-<hash>`: the page puts back the URL of its k-th image (document
 * order), once it checked its length and hash. A chart is 40–80 KB; a save redraws some of a
 * section's charts, not all. `images`: how many images the page before has. The patch as it is when
 * there is none to reuse, or markup the images are not read in (`imagesOf`).
 */
function withSameImages(patch: NodesPatch, old: Images | undefined): NodesPatch {
  const next = old === undefined || old.urls.size === 0 ? undefined : imagesOf(patch.html);
  if (old === undefined || next === undefined || patch.html.includes('preview-same-')) return patch;
  let out = '';
  let from = 0;
  for (const src of next.sources) {
    const written = src === undefined ? undefined : patch.html.slice(...src);
    const k = written === undefined ? undefined : old.urls.get(written);
    if (k === undefined) continue;
    // The length and hash of the URL as the page reads it.
    const url = written!.replaceAll('&#x3D;', '=');
    out += patch.html.slice(from, src![0]) + `${SAME_IMAGE}${k}-${url.length}-${sameImageHash(url)}`;
    from = src![1];
  }
  return from === 0 ? patch : { ...patch, html: out + patch.html.slice(from), images: old.count };
}

/** A page's images: how many, and the first of each data URL's place among them. */
interface Images {
  count: number;
  urls: Map<string, number>;
  sources: ([number, number] | undefined)[];
}

/** Markup whose images a parser might see otherwise than as the img tags in order (templates, foreign content). */
const UNFOLLOWED = /<(noscript|template|xmp|iframe|noembed|noframes|plaintext|svg|math|select|image)\b|<!\[/i;
const ATTRIBUTE = /[\s/]+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'[^']*'|[^\s>]*))?/y;

/** Each img start tag of `html` in order (comments and raw text skipped), with where its src's value stands when it is a data URL in double quotes. */
function imagesOf(html: string): Images | undefined {
  if (UNFOLLOWED.test(html)) return undefined;
  const sources: ([number, number] | undefined)[] = [];
  const urls = new Map<string, number>();
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    if (html.startsWith('<!', lt)) {
      const end = elementEnd(html, lt) ?? (html.startsWith('<!--', lt) ? undefined : html.indexOf('>', lt) + 1);
      if (end === undefined || end === 0) return undefined;
      lt = end - 1;
      continue;
    }
    const name = nameAt(html, lt);
    if (name === undefined || html[lt + 1] === '/') continue;
    const end = RAW.has(name) ? elementEnd(html, lt) : tagEnd(html, lt);
    if (end === undefined || end === -1) return undefined;
    if (name === 'img') {
      const src = dataSource(html, lt + 4, end - 1);
      if (src !== undefined && !urls.has(html.slice(...src))) urls.set(html.slice(...src), sources.length);
      sources.push(src);
    }
    lt = end - 1;
  }
  return { count: sources.length, urls, sources };
}

/** Where the value of the tag's first `src` attribute stands (between `from` and the tag's `>`), if a data URL in double quotes. */
function dataSource(html: string, from: number, end: number): [number, number] | undefined {
  ATTRIBUTE.lastIndex = from;
  for (let m = ATTRIBUTE.exec(html); m !== null && ATTRIBUTE.lastIndex <= end; m = ATTRIBUTE.exec(html)) {
    if (m[1]!.toLowerCase() !== 'src') continue;
    const value = m[2];
    // Its `=` padding escaped as the templates write it (`&#x3D;`); no other reference.
    if (value === undefined || !/^data:[^&]*(&#x3D;)*$/.test(value)) return undefined;
    const start = ATTRIBUTE.lastIndex - 1 - value.length;
    return [start, start + value.length];
  }
  return undefined;
}

/** The head (title aside), the body's start tag, the body's nodes and the main's; undefined if not followed. */
function parts(html: string, known?: Known) {
  const body = /<body[^>]*>/.exec(html);
  if (body === null) return undefined;
  const title = /<title>([^<]*)<\/title>/.exec(html);
  const head = html.slice(0, body.index).replace(/<title>[^<]*<\/title>/, '');
  // The main's own nodes, read in the body's pass; more than one main: not followed.
  let mains = 0;
  let mainRead: { nodes: string[]; tag: string; open: number; end: number } | undefined;
  const elements: string[] = [];
  const main = (at: number, open: number) => {
    const inner = childNodes(html, open, { known, elements });
    if (inner !== undefined && ++mains === 1) mainRead = { nodes: inner.nodes, tag: html.slice(at, open), open, end: inner.end };
    return inner?.end;
  };
  const children = childNodes(html, body.index + body[0].length, { main });
  if (children === undefined) return undefined;
  // The spaces after the body's end are the parser's last text of the body.
  const after = html.slice(children.end).replace(/<\/(body|html)\s*>/gi, '');
  if (/^\s+$/.test(after)) {
    if (children.nodes.length > 0 && !children.nodes.at(-1)!.startsWith('<')) children.nodes[children.nodes.length - 1] += after;
    else children.nodes.push(after);
  }
  const nodes = children.nodes.filter((node) => !isScript(node));
  if (mains !== 1 || mainRead === undefined || nodes.filter((node) => node.startsWith('<main')).length !== 1) return undefined;
  const byTag = new Map<string, string[]>();
  for (const element of elements) {
    const tag = element.slice(0, tagEnd(element, 0));
    byTag.set(tag, [...(byTag.get(tag) ?? []), element]);
  }
  return {
    head,
    bodyTag: body[0],
    title: title?.[1] ?? '',
    nodes,
    mainTag: mainRead.tag,
    mainNodes: mainRead.nodes.filter((node) => !isScript(node)),
    /** The main's nodes with its scripts, where its start tag ends and where its closing tag starts. */
    main: mainRead,
    /** The main's elements, for the next page's read. */
    known: byTag as Known,
  };
}

/** The last page read (the server keeps one page at a time). */
let read: { html: string; parts: ReturnType<typeof parts> } | undefined;
/** How long after a patch is made the images of its page are read: after the page fetched it. */
const AFTER_SENT_MS = 100;
/** The images of the last page patched to, read once its patch is made (they are the next patch's page before). */
let imagesRead: { html: string; images: Images | undefined } | undefined;

/**
 * The patch from the page of build `from` to that of build `build`; undefined when only a reload
 * (or the page's own fetch) can show it: another head (new styles, fonts), another body or main
 * start tag, an error page, or markup this reader does not follow.
 */
export function pagePatch(previous: string, next: string, from: number, build: number): PagePatch | undefined {
  const nodes = nodesInPart(previous, next) ?? nodesOfPages(previous, next);
  if (nodes === undefined) return undefined;
  const { title, body, main } = nodes;
  // The images of the page before, read only when a patch has images to send.
  const sent = /<img\b/i.test(body.html) || /<img\b/i.test(main.html);
  const old = !sent ? undefined : imagesRead?.html === previous ? imagesRead.images : imagesOf(previous);
  return { from, build, title, body: withSameImages(body, old), main: withSameImages(main, old) };
}

/**
 * The last page's main nodes, and its body's node count and title, when it was made of pieces: the next page's are read only where
 * it changed. The body's nodes themselves are not kept: slices of the page read whole, they would keep it alive beside the last one.
 */
let kept: { main: MainNodes; bodyNodes: number; title: string } | undefined;
/** The first page read in part is read whole too and compared: should they differ, pages are read whole from then on. */
let inPartChecked: boolean | undefined;
/** How many patches were read in part (`nodesInPart`), and whether the first agreed with the whole page's: said to tests and benches. */
export const readInPart = { count: 0, agreed: (): boolean | undefined => inPartChecked };

/** The nodes patches from the page before, read whole. */
function nodesOfPages(previous: string, next: string) {
  // The page before was read as the next one of the patch before: read once.
  const a = read?.html === previous ? read.parts : parts(previous);
  const b = parts(next, a?.known);
  read = { html: next, parts: b };
  const segments = segmentsOf(next);
  kept =
    b === undefined || segments === undefined
      ? undefined
      : { main: mainNodes(next, segments, b.main.nodes, b.main.open, b.main.end), bodyNodes: b.nodes.length, title: b.title };
  if (a === undefined || b === undefined) return undefined;
  if (a.head !== b.head || a.bodyTag !== b.bodyTag || a.mainTag !== b.mainTag) return undefined;
  return { title: b.title, body: nodesPatch(a.nodes, b.nodes), main: nodesPatch(a.mainNodes, b.mainNodes) };
}

/** The nodes patches when the page before is the last read and the change lies in its main (`main-region.ts`); undefined otherwise. */
function nodesInPart(previous: string, next: string) {
  const segments = segmentsOf(next);
  const before = kept;
  if (inPartChecked === false || segments === undefined || before === undefined || before.main.page !== previous) return undefined;
  const main = mainInRegion(before.main, next, segments);
  if (main === undefined) return undefined;
  kept = { ...before, main };
  const scriptless = (nodes: string[]) => nodes.filter((node) => !isScript(node));
  const body = { at: before.bodyNodes, remove: 0, html: '', before: before.bodyNodes, after: before.bodyNodes };
  const patch = { title: before.title, body, main: nodesPatch(scriptless(before.main.nodes), scriptless(main.nodes)) };
  if (inPartChecked === undefined) {
    inPartChecked = JSON.stringify(patch) === JSON.stringify(nodesOfPages(previous, next));
    kept = { ...before, main };
    if (!inPartChecked) return undefined;
  }
  readInPart.count++;
  return patch;
}

/** The patch from `previous` to `next` as JSON, made once when first asked; null when there is none. */
export function lazyPatch(previous: string, next: string, from: number, build: number): () => string | null {
  let json: string | null | undefined;
  return () => {
    if (json === undefined) {
      const patch = pagePatch(previous, next, from, build);
      json = patch === undefined ? null : JSON.stringify(patch);
      // Once the patch is on its way (the page asks for it as soon as told), out of the next save's path.
      setTimeout(() => (imagesRead = { html: next, images: imagesOf(next) }), AFTER_SENT_MS).unref();
    }
    return json;
  };
}
