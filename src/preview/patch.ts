/**
 * What changed between two preview pages, as the page applies it: the server has both pages, so the
 * page need not fetch and parse the whole multi-megabyte HTML again to find the few sections a save
 * changed. The nodes are those the page's swap compares: the body's own (its main kept in place),
 * then the main's, scripts left out (the preview's script stays).
 */

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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

const STOP = /["'>]/g;

/** Where the start tag opened at `at` ends (after its `>`), quoted attribute values skipped. */
function tagEnd(html: string, at: number): number {
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
function nameAt(html: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(html)?.[1]?.toLowerCase();
}

/**
 * The top-level nodes of `html` from `start` up to the closing tag of their parent, as source text,
 * and where that closing tag starts; undefined for what this reader does not follow (an element
 * left open, a stray closing tag), so that the page takes its usual way.
 */
export function childNodes(html: string, start: number, collect = true): { nodes: string[]; end: number } | undefined {
  const nodes: string[] = [];
  // Text next to text is one node.
  let text = false;
  let i = start;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return undefined;
    if (lt > i) text = addText(nodes, text, collect, html.slice(i, lt));
    if (html.startsWith('</', lt)) return { nodes, end: lt };
    const element = elementEnd(html, lt);
    if (element === undefined) {
      if (nameAt(html, lt) !== undefined || html.startsWith('<!', lt)) return undefined;
      // A `<` that opens no tag is text.
      text = addText(nodes, text, collect, '<');
      i = lt + 1;
      continue;
    }
    if (collect) nodes.push(html.slice(lt, element));
    text = false;
    i = element;
  }
}

/** Adds `value` to the text node last read if it was text, else as a node; says the last node is text. */
function addText(nodes: string[], text: boolean, collect: boolean, value: string): boolean {
  if (!collect) return true;
  if (text) nodes[nodes.length - 1] += value;
  else nodes.push(value);
  return true;
}

/** Where the element (or comment) opened at `at` ends; undefined if it opens none. */
function elementEnd(html: string, at: number): number | undefined {
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
  const inner = childNodes(html, open, false);
  if (inner === undefined || nameAt(html, inner.end) !== name) return undefined;
  const end = tagEnd(html, inner.end);
  return end === -1 ? undefined : end;
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
function parts(html: string) {
  const body = /<body[^>]*>/.exec(html);
  if (body === null) return undefined;
  const title = /<title>([^<]*)<\/title>/.exec(html);
  const head = html.slice(0, body.index).replace(/<title>[^<]*<\/title>/, '');
  const children = childNodes(html, body.index + body[0].length);
  if (children === undefined) return undefined;
  // The spaces after the body's end are the parser's last text of the body.
  const after = html.slice(children.end).replace(/<\/(body|html)\s*>/gi, '');
  if (/^\s+$/.test(after)) {
    if (children.nodes.length > 0 && !children.nodes.at(-1)!.startsWith('<')) children.nodes[children.nodes.length - 1] += after;
    else children.nodes.push(after);
  }
  const nodes = children.nodes.filter((node) => !isScript(node));
  const mains = nodes.filter((node) => node.startsWith('<main'));
  if (mains.length !== 1) return undefined;
  const main = mains[0]!;
  const mainChildren = childNodes(main, tagEnd(main, 0));
  if (mainChildren === undefined) return undefined;
  return {
    head,
    bodyTag: body[0],
    title: title?.[1] ?? '',
    nodes,
    mainTag: main.slice(0, tagEnd(main, 0)),
    mainNodes: mainChildren.nodes.filter((node) => !isScript(node)),
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
  // The page before was read as the next one of the patch before: read once.
  const a = read?.html === previous ? read.parts : parts(previous);
  const b = parts(next);
  read = { html: next, parts: b };
  if (a === undefined || b === undefined) return undefined;
  if (a.head !== b.head || a.bodyTag !== b.bodyTag || a.mainTag !== b.mainTag) return undefined;
  const [body, main] = [nodesPatch(a.nodes, b.nodes), nodesPatch(a.mainNodes, b.mainNodes)];
  // The images of the page before, read only when a patch has images to send.
  const sent = /<img\b/i.test(body.html) || /<img\b/i.test(main.html);
  const old = !sent ? undefined : imagesRead?.html === previous ? imagesRead.images : imagesOf(previous);
  return { from, build, title: b.title, body: withSameImages(body, old), main: withSameImages(main, old) };
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
