import { didYouMean } from '../text/suggest.js';

/** The arguments that are not options nor option values, before `--`. */
function operands(args: readonly string[], valued: ReadonlySet<string>): { operands: string[]; afterOption: boolean[] } {
  const found: string[] = [];
  const afterOption: boolean[] = [];
  let sawOption = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-') && arg !== '-') {
      sawOption = true;
      if (valued.has(arg)) i++;
      continue;
    }
    found.push(arg);
    afterOption.push(sawOption);
  }
  return { operands: found, afterOption };
}

/**
 * `build` is the default command, so `alpes-report previw 2023` would read « previw » as a year
 * and complain of too many arguments. The first argument is a year or a command: a word without
 * a digit is a command, and an unknown one is named with the nearest known command. A command
 * comes first: after an option, commander would read it as the default command's year.
 */
export function unknownCommand(args: readonly string[], commands: readonly string[], valued: ReadonlySet<string> = new Set()): string | undefined {
  const {
    operands: [first, second],
    afterOption,
  } = operands(args, valued);
  if (first === undefined) return undefined;
  if (first === 'help') return second === undefined || commands.includes(second) ? undefined : unknown(second, commands);
  if (commands.includes(first)) {
    return afterOption[0] ? `Erreur : la commande « ${first} » vient en premier, avant les options (alpes-report ${first} <année> [options])` : undefined;
  }
  if (/\d/.test(first)) return undefined;
  return unknown(first, commands);
}

function unknown(name: string, commands: readonly string[]): string {
  const near = didYouMean(name, commands);
  if (near !== '') return `Erreur : commande inconnue « ${name} »${near}`;
  return `Erreur : « ${name} » n'est pas une année (ex. 2023), ni une commande (${commands.join(', ')})`;
}

/**
 * `--data a --data b`: as in most commands, the last value wins, so that a wrapper or an alias can
 * set a default the user overrides; but never silently, since it may also be a slip.
 */
export function repeatedOptions(args: readonly string[], valued: ReadonlySet<string>): string[] {
  const seen = new Map<string, string>();
  const notes: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (!valued.has(name)) continue;
    const value = inline ?? args[++i] ?? '';
    const before = seen.get(name);
    if (before !== undefined && before !== value)
      notes.push(`Remarque : ${name} est donnée deux fois (« ${before} » puis « ${value} ») : la dernière valeur, « ${value} », est retenue`);
    seen.set(name, value);
  }
  return notes;
}

/** `--strict=yes`: a switch takes no value (commander would call it an unknown option). */
export function valueOnFlag(args: readonly string[], flags: ReadonlySet<string>): string | undefined {
  const end = args.indexOf('--');
  for (const arg of end < 0 ? args : args.slice(0, end)) {
    const [name, value] = arg.split(/=(.*)/s);
    if (value !== undefined && flags.has(name!)) return `Erreur : l’option ${name} ne prend pas de valeur (« ${arg} ») : écrivez ${name} seule`;
  }
  return undefined;
}
