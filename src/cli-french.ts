/** commander speaks English; these put its headings and usage errors into French. */
const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
};

export const frenchTitle = (title: string): string => TITLES[title] ?? title;

const ERRORS: [RegExp, string][] = [
  [/^error: missing required argument '(.+)'/, 'erreur : argument obligatoire « $1 » manquant'],
  [/^error: unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?/, 'erreur : option inconnue « $1 »'],
  [/^error: too many arguments.*/, 'erreur : trop d’arguments'],
  [/^error: option '(.+)' argument missing/, 'erreur : l’option « $1 » attend une valeur'],
  [/^error: command-argument value '(.+)' is invalid for argument '(.+)'\. /, 'erreur : argument « $2 » invalide : '],
  [/^error: option '(.+)' argument '(.+)' is invalid\. /, 'erreur : option « $1 » invalide : '],
  [/^error: /, 'erreur : '],
];

export function frenchError(text: string): string {
  for (const [pattern, replacement] of ERRORS) {
    if (pattern.test(text)) return text.replace(pattern, replacement);
  }
  return text;
}

/** A step's duration as French readers write it: `840 ms`, `1,4 s`. */
export const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`);
