import { describeControl, TEXT_CONTROLS } from '../text/control-characters.js';
import type { DataIssue } from '../errors.js';
import { counted as countedNoun } from '../text/plural.js';

const TEXT_CONTROLS_ALL = new RegExp(TEXT_CONTROLS.source, 'g');

/**
 * Control characters have no place in a declared text: a NUL or an escape sequence is a broken or
 * hostile file, and would go raw into the HTML and the terminal. One issue per line holding one
 * (at most `max`, the rest counted in the last); line ends are already `\n`.
 */
export function textControls(file: string, text: string, max = 5): DataIssue[] {
  const issues: DataIssue[] = [];
  let line = 1;
  let counted = 0;
  let lastLine = 0;
  let more = 0;
  for (const match of text.matchAll(TEXT_CONTROLS_ALL)) {
    line += countLines(text, counted, match.index);
    counted = match.index;
    if (line === lastLine) continue;
    lastLine = line;
    if (issues.length === max) {
      more++;
      continue;
    }
    issues.push({
      severity: 'error',
      file,
      line,
      message: `caractère de contrôle ${describeControl(match[0])} : supprimez-le (fichier abîmé, ou copié d’un terminal ?)`,
    });
  }
  if (more > 0) issues.at(-1)!.message += ` ; ${countedNoun(more, 'autre ligne en contient', 'autres lignes en contiennent')}`;
  return issues;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
