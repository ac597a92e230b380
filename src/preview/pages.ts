import Handlebars from 'handlebars';
import { printable } from '../text/control-characters.js';
import { formatIssue, type DataIssue } from '../errors.js';
import { plural } from '../text/plural.js';
import type { WarningChanges } from './warnings.js';

const escape = (text: string) => Handlebars.escapeExpression(text);

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
 * What the preview adds to its pages: a script that reloads the page when the server says the
 * report was rebuilt, keeping the scroll position (and the warnings bar open or folded). Each kind
 * of page keeps its own position: the report's survives error pages in between, so that a fixed
 * file brings the analyst back where they were, not to the top.
 */
function previewScript(kind: 'report' | 'errors'): string {
  return `<script>
(() => {
  // Open or folded as the analyst left it, before the scroll position is put back (it moves what follows).
  const bar = document.getElementById('preview-warnings');
  if (bar) {
    bar.open = sessionStorage.getItem('alpes-preview-warnings') === 'open';
    bar.addEventListener('toggle', () => sessionStorage.setItem('alpes-preview-warnings', bar.open ? 'open' : 'folded'));
  }
  // The position is kept from the report's start: a bar grown by a new warning does not move the analyst.
  const origin = () => (bar ? bar.offsetTop + bar.offsetHeight : 0);
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
  const events = new EventSource('/__events');
  events.addEventListener('reload', () => { sessionStorage.setItem(key, String(window.scrollY - origin())); location.reload(); });
})();
</script>`;
}

/** The report's own policy forbids scripts; the preview's reload script is allowed by the server's header instead. */
const REPORT_POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/** The report with the warnings bar first in its body, and the reload script last. */
export function previewPage(reportHtml: string, warnings: WarningChanges | undefined): string {
  let html = reportHtml.replace(REPORT_POLICY, '');
  // The tab says it too, wherever the analyst is in the page.
  const n = warnings?.current.length ?? 0;
  if (n > 0) html = html.replace('<title>', `<title>⚠ ${n} – `);
  const script = previewScript('report');
  const end = html.lastIndexOf('</body>');
  html = end === -1 ? html + script : `${html.slice(0, end)}${script}${html.slice(end)}`;
  const body = /<body[^>]*>/.exec(html);
  const bar = warningsBar(warnings);
  if (body === null) return bar + html;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}\n${bar}${html.slice(at)}`;
}

/** Shown in place of the report while the data (or a template) cannot produce it; it reloads when fixed. */
export function errorPage(year: number, message: string, issues: readonly DataIssue[]): string {
  const rows = issues
    .map(
      (i) =>
        `<tr><td>${escape(printable(i.file))}</td><td>${i.line ?? ''}</td>` +
        `<td>${escape(printable(i.column ?? ''))}</td><td>${escape(printable(i.message))}</td></tr>`,
    )
    .join('');
  const table =
    issues.length === 0 ? '' : `<table><thead><tr><th>Fichier</th><th>Ligne</th><th>Colonne</th><th>Problème</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Rapport ${year} — erreurs</title>
<style>body{font:15px/1.4 sans-serif;margin:2em auto;max-width:70em;color:#222}h1{color:#b00020;font-size:1.4em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td:nth-child(2){text-align:right}</style>
</head><body class="preview-error">
<h1>Le rapport ${year} ne peut pas être produit</h1>
<p>${escape(message)}</p>
${table}
<p>Corrigez le fichier et enregistrez-le : la page se met à jour toute seule.</p>
${previewScript('errors')}
</body></html>`;
}
