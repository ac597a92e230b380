import type { DataIssue } from '../errors.js';

/**
 * Control characters have no place in a declared text: a NUL or an escape sequence is a broken or
 * hostile file, and would go raw into the HTML and the terminal. Tabs and line ends are text
 * (line ends are already `\n`); in a one-line JSON string (a label, a source) none is.
 */
const TEXT_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const STRING_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const NAMES: Record<number, string> = { 0x00: 'caractère nul', 0x09: 'tabulation', 0x0a: 'saut de ligne', 0x0d: 'retour chariot', 0x1b: 'échappement' };

/** « U+001B (échappement) ». */
export function describeControl(char: string): string {
  const code = char.charCodeAt(0);
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name === undefined ? '' : ` (${name})`}`;
}

/** A name or key as it can be printed: its control characters written `\u001B`, never sent raw to the terminal. */
export const visible = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** One issue per line holding a control character (at most `max`, the rest counted in the last). */
export function controlCharacters(file: string, text: string, max = 5): DataIssue[] {
  const issues: DataIssue[] = [];
  let line = 1;
  let counted = 0;
  let lastLine = 0;
  let more = 0;
  for (const match of text.matchAll(TEXT_CONTROL)) {
    line += countLines(text, counted, match.index);
    counted = match.index;
    if (line === lastLine) continue;
    lastLine = line;
    if (issues.length === max) {
      more++;
      continue;
    }
    issues.push({ severity: 'error', file, line, message: `caractère de contrôle ${describeControl(match[0])} : supprimez-le (fichier abîmé, ou copié d’un terminal ?)` });
  }
  if (more > 0) issues.at(-1)!.message += ` ; ${more} autre${more > 1 ? 's' : ''} ligne${more > 1 ? 's' : ''} en contiennent`;
  return issues;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Every string of a JSON value that holds a control character, with its path. */
export function controlsInJson(value: unknown, path: (string | number)[] = [], found: { path: (string | number)[]; char: string }[] = []): typeof found {
  if (typeof value === 'string') {
    const char = STRING_CONTROL.exec(value)?.[0];
    if (char !== undefined) found.push({ path, char });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => controlsInJson(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const char = STRING_CONTROL.exec(key)?.[0];
      if (char !== undefined) found.push({ path: [...path, key], char });
      controlsInJson(item, [...path, key], found);
    }
  }
  return found;
}

/**
 * Keys written twice in one JSON object: `JSON.parse` keeps the last one silently, so the first
 * figure vanishes. The text is valid JSON already (parsed), so a small scan of it suffices.
 */
export function duplicateKeys(text: string): { key: string; line: number; first: number }[] {
  const found: { key: string; line: number; first: number }[] = [];
  // One map of keys (to their line) per open object; undefined for an open array.
  const open: (Map<string, number> | undefined)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{') open.push(new Map());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(i, end + 1);
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after]!)) after++;
      const keys = open.at(-1);
      if (text[after] === ':' && keys !== undefined) {
        const key = JSON.parse(raw) as string;
        const first = keys.get(key);
        if (first === undefined) keys.set(key, line);
        else found.push({ key, line, first });
      }
      i = end;
    }
  }
  return found;
}
