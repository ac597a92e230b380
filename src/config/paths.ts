import { printable } from '../text/control-characters.js';

/** A setting's path as users write it in the file: `territory.communes[2].aliases[0]` (lists count from 0; control characters in a key shown as codes). */
export function settingPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${printable(String(part))}`;
  return text === '' ? '(racine)' : text;
}
