import type { DataIssue } from '../errors.js';
import { printable } from '../text/control-characters.js';
import { escape, previewScript } from './pages.js';

/** Shown in place of the report while the data (or a template) cannot produce it; it reloads when fixed. */
export function errorPage(year: number, message: string, issues: readonly DataIssue[], build = 0): string {
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
${previewScript('errors', build)}
</body></html>`;
}
