import { settingPath } from './paths.js';

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides:
 * invisible in an editor, they break the printed page (a carriage return at the end of
 * `association.name` removes every footer) or reorder the text shown around them.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMES: Record<string, string> = { '\r': 'retour chariot', '\n': 'saut de ligne', '\t': 'tabulation', '\u0000': 'caractère nul' };

const describe = (char: string): string => {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[char] ? `${code}, ${NAMES[char]}` : code;
};

/** Every string of a settings value (keys included) holding a control character, as `path: message`. */
export function controlCharacters(value: unknown, path: PropertyKey[] = []): { path: string; message: string }[] {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (!found) return [];
    const at = found.index + 1;
    return [{ path: settingPath(path), message: `caractère de contrôle invisible (${describe(found[0])}) en position ${at} : retirez-le` }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacters(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      const inKey = CONTROL.test(key) ? [{ path: settingPath([...path, key]), message: 'caractère de contrôle invisible dans le nom du paramètre : retirez-le' }] : [];
      return [...inKey, ...controlCharacters(item, [...path, key])];
    });
  }
  return [];
}
