import Handlebars from 'handlebars';
import { printable } from '../text/control-characters.js';
import { formatIssue, type DataIssue } from '../errors.js';

const escape = (text: string) => Handlebars.escapeExpression(text);

/**
 * What the preview adds to its pages: a script that reloads the page when the server says the
 * report was rebuilt, keeping the scroll position, and the year's warnings in a corner. Each kind
 * of page keeps its own position: the report's survives error pages in between, so that a fixed
 * file brings the analyst back where they were, not to the top.
 */
function previewChrome(warnings: readonly DataIssue[], kind: 'report' | 'errors'): string {
  const list = warnings.map((w) => `<li>${escape(formatIssue(w))}</li>`).join('');
  const banner =
    warnings.length === 0
      ? ''
      : `<details class="preview-warnings" ` +
        `style="position:fixed;top:8px;right:8px;max-width:38em;max-height:60vh;overflow:auto;background:#fff8e1;border:1px ` +
        `solid #e0a800;padding:6px 10px;font:13px sans-serif;z-index:10"><summary>${warnings.length} avertissement(s)</summary><ul>${list}</ul></details>`;
  return `${banner}<script>
(() => {
  const key = 'alpes-preview-scroll:${kind}';
  const saved = sessionStorage.getItem(key);
  // The browser's own restoring would put back the position of the page reloaded (an error page's top).
  history.scrollRestoration = 'manual';
  if (saved !== null) {
    sessionStorage.removeItem(key);
    const back = () => window.scrollTo(0, Number(saved));
    back();
    addEventListener('load', back, { once: true });
  }
  const events = new EventSource('/__events');
  events.addEventListener('reload', () => { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); });
})();
</script>`;
}

/** The report's own policy forbids scripts; the preview's reload script is allowed by the server's header instead. */
const REPORT_POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

export function previewPage(reportHtml: string, warnings: readonly DataIssue[]): string {
  const chrome = previewChrome(warnings, 'report');
  reportHtml = reportHtml.replace(REPORT_POLICY, '');
  const end = reportHtml.lastIndexOf('</body>');
  return end === -1 ? reportHtml + chrome : `${reportHtml.slice(0, end)}${chrome}${reportHtml.slice(end)}`;
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
${previewChrome([], 'errors')}
</body></html>`;
}
