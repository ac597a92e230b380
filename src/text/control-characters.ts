/**
 * Control characters: the one place that says which are refused where, how a message names them
 * and how a text holding them is shown (docs/data-format.md, « Control characters »).
 *
 * Each class is a non-global pattern (`test`/`exec` start at 0): the CSV reader tests a whole chunk
 * of text with it once, and only a suspect chunk cell by cell.
 */

/**
 * Export cells: C0 controls but TAB (a separator) and CR/LF (line breaks inside quotes), DEL, the
 * C1 controls (ESC [ and CSI drive terminals; U+0080–U+009F are never text), and a byte-order mark
 * past the file's start (two exports put end to end).
 */
export const CELL_CONTROLS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF]/;

/** Texts of several lines (Markdown): every control but TAB and line ends. */
export const TEXT_CONTROLS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;

/**
 * One-line texts (configuration strings, JSON strings of declared content, names): every control,
 * TAB and line ends included, the line and paragraph separators, and the bidirectional overrides
 * and isolates, which reorder the text shown around them (a carriage return at the end of
 * `association.name` removes every page's footer).
 */
export const ONE_LINE_CONTROLS = /[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * What a message never prints raw: every one-line control, and the invisible marks (left-to-right,
 * right-to-left, Arabic letter mark, byte-order mark). TAB is harmless and kept.
 */
const UNPRINTABLE = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'caractère nul',
  0x07: 'sonnerie',
  0x08: 'retour arrière',
  0x09: 'tabulation',
  0x0a: 'saut de ligne',
  0x0c: 'saut de page',
  0x0d: 'retour chariot',
  0x1b: 'échappement, début de séquence de terminal',
  0x7f: 'suppression',
  0x9b: 'introducteur de séquence de terminal',
  0x2028: 'séparateur de ligne',
  0x2029: 'séparateur de paragraphe',
  0x202a: 'enchâssement gauche à droite',
  0x202b: 'enchâssement droite à gauche',
  0x202c: 'fin d’enchâssement ou de forçage',
  0x202d: 'forçage gauche à droite',
  0x202e: 'forçage droite à gauche',
  0x2066: 'isolat gauche à droite',
  0x2067: 'isolat droite à gauche',
  0x2068: 'isolat de sens neutre',
  0x2069: 'fin d’isolat',
  0xfeff: 'marque d’ordre des octets, BOM',
};

/** `<U+001B>`: how a control character is shown, in a message or a quoted text. */
export const codeOf = (char: string): string => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * What a C1 control (U+0080–U+009F) in a UTF-8 text almost always is: a Windows-1252 character
 * (’, œ, €, «…») converted to UTF-8 as if it were Latin-1. Undefined for the five codes Windows-1252
 * leaves unassigned, and for CSI (U+009B), which drives terminals.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function miscodedAs(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (code < 0x80 || code > 0x9f || code === 0x9b) return undefined;
  const meant = WINDOWS_1252_HIGH[code - 0x80]!;
  return meant.charCodeAt(0) <= 0x9f ? undefined : meant;
}

/** `<U+001B> (échappement, début de séquence de terminal)`, `<U+0007> (sonnerie)`: a control character named in a message. */
export function describeControl(char: string): string {
  const name = NAMES[char.codePointAt(0)!];
  return name === undefined ? codeOf(char) : `${codeOf(char)} (${name})`;
}

/**
 * A text quoted from a file or the settings, as it can be printed: each unprintable character as
 * its code (`<U+001B>`), a line break as `↵`, so that it can neither drive the terminal nor start a
 * line of its own. Printing it again changes nothing.
 */
export const printable = (text: string): string => text.replace(UNPRINTABLE, (c) => (c === '\n' || c === '\r' ? '↵' : codeOf(c)));

/** A one-line control found in a JSON value: the path of its string (a key's path when in the key), the character, where in the string. */
export interface ControlInValue {
  path: (string | number)[];
  char: string;
  /** 1-based position of the character in its string. */
  position: number;
  inKey: boolean;
}

/** Every string of a JSON value (keys included) that holds a one-line control, the first of each. */
export function controlsInValue(value: unknown, path: (string | number)[] = [], found: ControlInValue[] = []): ControlInValue[] {
  if (typeof value === 'string') {
    const match = ONE_LINE_CONTROLS.exec(value);
    if (match !== null) found.push({ path, char: match[0], position: match.index + 1, inKey: false });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => controlsInValue(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const match = ONE_LINE_CONTROLS.exec(key);
      if (match !== null) found.push({ path: [...path, key], char: match[0], position: match.index + 1, inKey: true });
      controlsInValue(item, [...path, key], found);
    }
  }
  return found;
}

/** The one message for a one-line control, in the settings or a JSON file: `… invisible <U+000D> (retour chariot) en position 6 : retirez-le`. */
export const oneLineControlMessage = ({ char, position, inKey }: ControlInValue): string =>
  `caractère de contrôle invisible ${describeControl(char)} en position ${position}${inKey ? ' du nom' : ''} : retirez-le`;
