import { plural } from '../text/plural.js';

/** commander speaks English; these put its headings and usage errors into French. */
const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
};

export const frenchTitle = (title: string): string => TITLES[title] ?? title;

/** `--format <formats>` → `--format`: the placeholder is the help's business, not the error's. */
const flag = (flags: string) => flags.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? flags.split(/[ ,]+/)[0]!;

/** commander's « (Did you mean --data?) » on its own line, as « (vouliez-vous dire « --data » ?) ». */
function suggestion(text: string): string {
  const one = /\n\(Did you mean (?:one of )?(.+)\?\)/.exec(text);
  if (!one) return '';
  return ` (vouliez-vous dire ${one[1]!
    .split(', ')
    .map((name) => `« ${name} »`)
    .join(' ou ')} ?)`;
}

const ERRORS: [RegExp, (m: RegExpExecArray, text: string) => string][] = [
  [/^error: missing required argument '(.+?)'/, (m) => `argument obligatoire « ${m[1]} » manquant`],
  [/^error: unknown option '(.+?)'/, (m, text) => `option inconnue « ${m[1]} »${suggestion(text)}`],
  [/^error: unknown command '(.+?)'/, (m, text) => `commande inconnue « ${m[1]} »${suggestion(text)}`],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `trop d’arguments${m[1] ? ` pour « ${m[1]} »` : ''} (${m[2]} ${plural(m[2], 'attendu')}, ${m[3]} ${plural(m[3], 'donné')})`,
  ],
  [/^error: option '(.+?)' argument missing/, (m) => `l’option ${flag(m[1]!)} attend une valeur (${m[1]})`],
  [/^error: command-argument value '.*' is invalid for argument '(.+?)'\. (.*)/s, (m) => `argument « ${m[1]} » invalide : ${m[2]}`],
  [/^error: option '(.+?)' argument '.*' is invalid\. (.*)/s, (m) => `option ${flag(m[1]!)} invalide : ${m[2]}`],
  [/^error: required option '(.+?)' not specified/, (m) => `option obligatoire ${flag(m[1]!)} manquante`],
  [/^error: (.+?) cannot be used with (.+)/, (m) => `${m[1]} ne peut pas être utilisée avec ${m[2]}`],
];

/** A commander error in French, « Erreur : » first as every error the command prints. */
export function frenchError(text: string): string {
  for (const [pattern, translate] of ERRORS) {
    const m = pattern.exec(text);
    if (m) return `Erreur : ${translate(m, text).replace(/\n$/, '')}\n`;
  }
  return text.replace(/^error: /, 'Erreur : ');
}

/** A step's duration as French readers write it: `840 ms`, `1,4 s`. */
export const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`);
