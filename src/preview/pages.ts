import Handlebars from 'handlebars';
import { formatIssue } from '../errors.js';
import { plural } from '../text/plural.js';
import type { WarningChanges } from './warnings.js';
import { SAME_IMAGE } from './patch.js';
import { pageMade } from './main-region.js';

export const escape = (text: string) => Handlebars.escapeExpression(text);

/** The bar's look: in the page's flow (it pushes the report down, never covers it), gone from a printout. */
const WARNINGS_STYLE = `<style>
.preview-warnings{margin:0 0 8px;padding:6px 12px;background:#fff4ce;border:1px solid #c98a00;border-left-width:6px;color:#3d2c00;
font:14px/1.4 system-ui,sans-serif;overflow-wrap:anywhere}
.preview-warnings summary{cursor:pointer;font-weight:600}
.preview-warnings ul{margin:6px 0 2px;padding-left:1.2em;max-height:50vh;overflow:auto}
.preview-warnings .new{font-weight:600}
@media print{.preview-warnings{display:none}}
</style>`;

/**
 * The year's warnings as a bar at the top of the report, folded by default: in the flow, so that
 * open it pushes the report down rather than covering a figure. It stays open or folded across
 * reloads; the warnings this build added are marked (the terminal lists them too).
 */
function warningsBar(changes: WarningChanges | undefined): string {
  if (changes === undefined || changes.current.length === 0) return '';
  const added = new Set(changes.first ? [] : changes.added);
  const list = changes.current
    .map((w) => (added.has(w) ? `<li class="new">nouveau : ${escape(formatIssue(w))}</li>` : `<li>${escape(formatIssue(w))}</li>`))
    .join('');
  const n = changes.current.length;
  const news = added.size === 0 ? '' : `, dont ${added.size} ${plural(added.size, 'nouveau', 'nouveaux')}`;
  const title = `⚠ ${n} ${plural(n, 'avertissement')} sur les données${news}`;
  return `${WARNINGS_STYLE}<details class="preview-warnings" id="preview-warnings"><summary>${escape(title)}</summary><ul>${list}</ul></details>`;
}

/**
 * What the preview adds to its pages: a script that shows the new build when the server says the
 * report was rebuilt, keeping the scroll position (and the warnings bar open or folded). The
 * report's page swaps in place only the parts of its body that changed (fetched, parsed, compared
 * node by node): the fonts, the styles and the charts that did not change stay as they are, where
 * a reload would parse, decode and lay out the whole multi-megabyte page again. Anything else (an
 * error page, new styles or fonts) reloads the page. Each kind of page keeps its own position: the
 * report's survives error pages in between, so that a fixed file brings the analyst back where they
 * were, not to the top. The page says which build it shows (`data-preview-build` on its root).
 */
export function previewScript(kind: 'report' | 'errors', build: number): string {
  return `<script>
(() => {
  document.documentElement.dataset.previewBuild = '${build}';
  // Open or folded as the analyst left it, before the scroll position is put back (it moves what follows).
  const followed = new WeakSet();
  const keepBar = () => {
    const bar = document.getElementById('preview-warnings');
    if (!bar || followed.has(bar)) return;
    followed.add(bar);
    bar.open = sessionStorage.getItem('alpes-preview-warnings') === 'open';
    bar.addEventListener('toggle', () => sessionStorage.setItem('alpes-preview-warnings', bar.open ? 'open' : 'folded'));
  };
  keepBar();
  // The position is kept from the report's start: a bar grown by a new warning does not move the analyst.
  const origin = () => {
    const bar = document.getElementById('preview-warnings');
    return bar ? bar.offsetTop + bar.offsetHeight : 0;
  };
  const key = 'alpes-preview-scroll:${kind}';
  const saved = sessionStorage.getItem(key);
  // The browser's own restoring would put back the position of the page reloaded (an error page's top).
  history.scrollRestoration = 'manual';
  if (saved !== null) {
    sessionStorage.removeItem(key);
    const back = () => window.scrollTo(0, origin() + Number(saved));
    back();
    addEventListener('load', back, { once: true });
  }
  const reload = () => { sessionStorage.setItem(key, String(window.scrollY - origin())); location.reload(); };
  const same = (a, b) => a.length === b.length && a.every((node, i) => node.isEqualNode(b[i]));
  // The nodes alike from the start and from the end stay; those between are replaced (a main is kept: its own nodes are swapped).
  const alike = (a, b) => (a.nodeName === 'MAIN' && b.nodeName === 'MAIN') || a.isEqualNode(b);
  const swapChildren = (parent, nextParent) => {
    const [before, after] = [parent, nextParent].map((p) => [...p.childNodes].filter((node) => node.nodeName !== 'SCRIPT'));
    let head = 0;
    while (head < before.length && head < after.length && alike(before[head], after[head])) head++;
    let tail = 0;
    const left = Math.min(before.length, after.length) - head;
    while (tail < left && alike(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
    const anchor = before[before.length - tail] ?? parent.querySelector(':scope > script');
    for (const node of before.slice(head, before.length - tail)) node.remove();
    for (const node of after.slice(head, after.length - tail)) parent.insertBefore(node, anchor);
  };
  // As the server's sameImageHash (src/preview/patch.ts).
  const hash = (text) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  // The page's images (a live list), each URL read only when a stand-in names it: a chart's is 40 to 80 KB.
  const sameImages = (fragment, images, count) => {
    if (images.length !== count) return false;
    for (const image of fragment.querySelectorAll('img[src^="${SAME_IMAGE}"]')) {
      const [k, length, sum] = image.getAttribute('src').slice(${SAME_IMAGE.length}).split('-').map(Number);
      const url = images[k]?.getAttribute('src');
      if (typeof url !== 'string' || url.length !== length || hash(url) !== sum) return false;
      image.setAttribute('src', url);
    }
    return true;
  };
  // The server's patch from this build to the next (it has both pages): nothing to fetch and parse but
  // the changed nodes. Undefined when it has none for this build (the whole page is then fetched).
  const patched = async () => {
    const response = await fetch('/__patch?from=' + document.documentElement.dataset.previewBuild, { cache: 'no-store' });
    if (response.status !== 200) return undefined;
    const patch = await response.json();
    const mains = [document.body.querySelector(':scope > main')];
    const targets = [[document.body, patch.body], [mains[0], patch.main]];
    const nodesOf = (parent) => [...parent.childNodes].filter((node) => node.nodeName !== 'SCRIPT');
    if (!mains[0] || targets.some(([parent, change]) => nodesOf(parent).length !== change.before)) return undefined;
    // The images the build left as they were come as stand-ins for this page's own (its k-th, checked).
    const images = document.images;
    const fragments = [];
    for (const [parent, change] of targets) {
      const range = document.createRange();
      range.selectNodeContents(parent);
      const fragment = range.createContextualFragment(change.html);
      if (change.images !== undefined && !sameImages(fragment, images, change.images)) return undefined;
      fragments.push(fragment);
    }
    const offset = window.scrollY - origin();
    for (const [parent, change] of targets) {
      const nodes = nodesOf(parent);
      const anchor = nodes[change.at + change.remove] ?? parent.querySelector(':scope > script');
      const fragment = fragments.shift();
      for (const node of nodes.slice(change.at, change.at + change.remove)) node.remove();
      parent.insertBefore(fragment, anchor);
      // Not what the server counted: only a reload is sure to show the new page.
      if (nodesOf(parent).length !== change.after) return false;
    }
    const title = document.createElement('textarea');
    title.innerHTML = patch.title;
    if (document.title !== title.value) document.title = title.value;
    keepBar();
    window.scrollTo(0, origin() + offset);
    document.documentElement.dataset.previewBuild = String(patch.build);
    return true;
  };
  // The new build in place of this one, its changed nodes only; false when only a reload can show it.
  const swap = async () => {
    const done = await patched();
    if (done !== undefined) return done;
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok) return false;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const heads = [document.head, next.head].map((head) => [...head.childNodes].filter((node) => node.nodeName !== 'TITLE'));
    if (next.body.className !== document.body.className || !same(heads[0], heads[1])) return false;
    const offset = window.scrollY - origin();
    // The body's own nodes (the warnings bar), its main kept in place, then the report's sections,
    // which stand in its main landmark, one by one there (a main the body's swap replaced is whole).
    // This script stays: the new page's copy would not run, and only its build number differs.
    swapChildren(document.body, next.body);
    const mains = [document.body, next.body].map((body) => body.querySelector(':scope > main'));
    if (mains[0] && mains[1]) swapChildren(mains[0], mains[1]);
    if (document.title !== next.title) document.title = next.title;
    keepBar();
    window.scrollTo(0, origin() + offset);
    document.documentElement.dataset.previewBuild = response.headers.get('X-Preview-Build') ?? '';
    return true;
  };
  // One swap at a time; builds announced meanwhile are fetched once it is over (only the latest counts).
  let swapping = false;
  let again = false;
  const update = async () => {
    if (swapping) return void (again = true);
    swapping = true;
    try {
      do {
        again = false;
        if (!(await swap())) return reload();
      } while (again);
    } catch {
      reload();
    } finally {
      swapping = false;
    }
  };
  const events = new EventSource('/__events');
  events.addEventListener('reload', ${kind === 'report' ? 'update' : 'reload'});
})();
</script>`;
}

/** The report's own policy forbids scripts; the preview's reload script is allowed by the server's header instead. */
const REPORT_POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * The report with the warnings bar first in its body, and the reload script last. Given in pieces
 * (the preview's, `page-pieces.ts`), the page is not copied whole to find its head and its end: they
 * are looked for in its first and last pieces, and the pieces joined once edited (the same page).
 */
export function previewPage(report: string | readonly string[], warnings: WarningChanges | undefined, build = 0): string {
  if (typeof report !== 'string') return inPieces(report, warnings, build) ?? previewPage(report.join(''), warnings, build);
  // Every place found in the report as rendered, then one concatenation: the page (1 MB) is neither
  // copied without its policy first nor searched once concatenated (each a copy: 20 to 40 ms a rebuild).
  const policy = REPORT_POLICY.exec(report);
  let html = report;
  let places = placesIn(html, policy);
  if (places === undefined) {
    // A policy standing among the places (not the report's): taken out first, as it was.
    html = report.replace(REPORT_POLICY, '');
    places = placesIn(html, null)!;
  }
  const [head, end] = pageEdits(places, warnings);
  return (places.body === null ? warningsBar(warnings) : '') + edited(html, [...head, [end === -1 ? html.length : end, 0, previewScript('report', build)]]);
}

/** The edits of the page's start (its policy out, the bar, the title's mark), and where its end is. */
function pageEdits({ cut, title, body, end }: NonNullable<ReturnType<typeof placesIn>>, warnings: WarningChanges | undefined) {
  // The tab says it too, wherever the analyst is in the page.
  const n = warnings?.current.length ?? 0;
  const edits: Edit[] = [];
  if (cut !== undefined) edits.push([cut[0], cut[1] - cut[0], '']);
  // In an empty body, the bar before the script.
  if (body !== null) edits.push([body.index + body[0].length, 0, `\n${warningsBar(warnings)}`]);
  // After the bar when both stand at one place (a malformed body tag), as the page was built before.
  if (n > 0 && title !== -1) edits.push([title + '<title>'.length, 0, `⚠ ${n} – `]);
  return [edits, end] as const;
}

/**
 * `previewPage` of the pieces joined, when its places are where the report has them: the policy,
 * title and body tag in the first piece (the first of each in the page, then: one across two pieces
 * would start after it), nothing of them near its end, and the body's end in the last piece (the
 * last in the page). Undefined otherwise.
 */
function inPieces(pieces: readonly string[], warnings: WarningChanges | undefined, build: number): string | undefined {
  const [first, last] = [pieces[0], pieces.at(-1)];
  if (pieces.length < 2 || first === undefined || last === undefined) return undefined;
  const policy = REPORT_POLICY.exec(first);
  const places = policy === null ? undefined : placesIn(first, policy);
  const end = last.lastIndexOf('</body>');
  if (places === undefined || places.body === null || places.title === -1 || places.end !== -1 || end === -1) return undefined;
  if (places.cut![1] + 8 > first.length) return undefined;
  const [head] = pageEdits(places, warnings);
  const segments = [...editedParts(first, head), ...pieces.slice(1, -1), last.slice(0, end)];
  const tail = last.slice(end);
  let page = '';
  for (const segment of segments) page += segment;
  page += previewScript('report', build) + tail;
  pageMade(page, { segments, tail });
  return page;
}

/**
 * Where the page's policy, title, body and end are, as they would be found in the page with its
 * policy taken out; undefined when taking it out could change them (one of them next to it or
 * across it: never the report's, whose policy is alone in its head).
 */
function placesIn(html: string, policy: RegExpExecArray | null) {
  const title = html.indexOf('<title>');
  const body = /<body[^>]*>/.exec(html);
  const end = html.lastIndexOf('</body>');
  if (policy === null) return { cut: undefined, title, body, end };
  const cut = [policy.index, policy.index + policy[0].length] as const;
  const apart = (at: number, length: number) => at === -1 || at + length + 8 <= cut[0] || at >= cut[1] + 8;
  // Joined across the cut, a tag could appear that the page does not hold.
  const across = html.slice(Math.max(0, cut[0] - 8), cut[0]) + html.slice(cut[1], cut[1] + 8);
  if (/<title>|<body|<\/body>/.test(across)) return undefined;
  if (!apart(title, 7) || !apart(end, 7) || body === null || body.index < cut[1] + 8) return undefined;
  return { cut, title, body, end };
}

/** An edit of the page: at an offset, characters removed and a text put in their place. */
type Edit = [at: number, remove: number, insert: string];

/** `text` with the edits made (offsets in `text`; at one offset, in the order given), concatenated: the page is flattened once, when it is first read. */
function edited(text: string, edits: Edit[]): string {
  let out = '';
  for (const part of editedParts(text, edits)) out += part;
  return out;
}

/** The slices of `text` and the insertions that make it edited (a patch compares them with the page before's without copying the page's head). */
function editedParts(text: string, edits: Edit[]): string[] {
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [at, remove, insert] of sorted) {
    parts.push(text.slice(from, at), insert);
    from = at + remove;
  }
  parts.push(text.slice(from));
  return parts;
}
