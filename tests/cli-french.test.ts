import { describe, expect, it } from 'vitest';
import { duration, frenchError } from '../src/cli/french.js';
import { repeatedOptions, unknownCommand, valueOnFlag } from '../src/cli/first-argument.js';

describe('duration', () => {
  it('writes milliseconds under a second, seconds with a decimal comma above', () => {
    expect(duration(840.4)).toBe('840 ms');
    expect(duration(1449)).toBe('1,4 s');
    expect(duration(12_000)).toBe('12,0 s');
  });
});

describe('frenchError', () => {
  it('translates every commander error the command can meet, under one « Erreur : »', () => {
    expect(frenchError("error: missing required argument 'année'\n")).toBe('Erreur : argument obligatoire « année » manquant\n');
    expect(frenchError("error: unknown option '--dta'\n(Did you mean --data?)\n")).toBe(
      'Erreur : option inconnue « --dta » (vouliez-vous dire « --data » ?)\n',
    );
    expect(frenchError("error: unknown option '--o'\n(Did you mean one of --out, --csv?)\n")).toBe(
      'Erreur : option inconnue « --o » (vouliez-vous dire « --out » ou « --csv » ?)\n',
    );
    expect(frenchError("error: unknown command 'previw'\n(Did you mean preview?)\n")).toBe(
      'Erreur : commande inconnue « previw » (vouliez-vous dire « preview » ?)\n',
    );
    expect(frenchError("error: too many arguments for 'build'. Expected 1 argument but got 3.\n")).toBe(
      'Erreur : trop d’arguments pour « build » (1 attendu, 3 donnés)\n',
    );
    expect(frenchError("error: option '--data <dossier>' argument missing\n")).toBe('Erreur : l’option --data attend une valeur (--data <dossier>)\n');
    expect(frenchError("error: option '--port <port>' argument 'abc' is invalid. port entre 1 et 65535 attendu.\n")).toBe(
      'Erreur : option --port invalide : port entre 1 et 65535 attendu.\n',
    );
    expect(frenchError("error: command-argument value 'x' is invalid for argument 'année'. « x » n'est pas une année (ex. 2023).\n")).toBe(
      "Erreur : argument « année » invalide : « x » n'est pas une année (ex. 2023).\n",
    );
    expect(frenchError('error: something new\n')).toBe('Erreur : something new\n');
  });
});

describe('the first argument: a year or a command', () => {
  const commands = ['build', 'preview', 'explain', 'help'];

  it('names a mistyped command with the nearest one', () => {
    expect(unknownCommand(['previw', '2023'], commands)).toBe('Erreur : commande inconnue « previw » (vouliez-vous dire « preview » ?)');
    expect(unknownCommand(['help', 'expain'], commands)).toBe('Erreur : commande inconnue « expain » (vouliez-vous dire « explain » ?)');
  });

  it('says a word far from every command is neither a year nor a command', () => {
    expect(unknownCommand(['rapport'], commands)).toBe("Erreur : « rapport » n'est pas une année (ex. 2023), ni une commande (build, preview, explain, help)");
  });

  it('finds the command after options, and says a command comes first', () => {
    const valued = new Set(['--data']);
    expect(unknownCommand(['--data', 'x', 'previw', '2023'], commands, valued)).toBe('Erreur : commande inconnue « previw » (vouliez-vous dire « preview » ?)');
    expect(unknownCommand(['--data', 'x', 'preview', '2023'], commands, valued)).toBe(
      'Erreur : la commande « preview » vient en premier, avant les options (alpes-report preview <année> [options])',
    );
    expect(unknownCommand(['--data', 'x', '2023'], commands, valued)).toBeUndefined();
    expect(unknownCommand(['2023', '--', 'preview'], commands, valued)).toBeUndefined();
  });

  it('leaves years, commands, help and options to the parser', () => {
    for (const args of [['2023'], ['20x3'], ['preview', '2023'], ['help'], ['help', 'preview'], ['--help'], []])
      expect(unknownCommand(args, commands)).toBeUndefined();
  });
});

describe('an option given twice', () => {
  const valued = new Set(['--data', '--out']);

  it('keeps the last value, and says so, in either spelling', () => {
    expect(repeatedOptions(['2023', '--data', 'a', '--data=b'], valued)).toEqual([
      'Remarque : --data est donnée deux fois (« a » puis « b ») : la dernière valeur, « b », est retenue',
    ]);
  });

  it('says nothing of a flag repeated, the same value twice, or anything after --', () => {
    expect(repeatedOptions(['2023', '--strict', '--strict', '--data', 'a', '--data', 'a'], valued)).toEqual([]);
    expect(repeatedOptions(['2023', '--data', 'a', '--', '--data', 'b'], valued)).toEqual([]);
  });
});

describe('a switch given a value', () => {
  it('is refused, unless after --', () => {
    const flags = new Set(['--strict', '--quiet']);
    expect(valueOnFlag(['2023', '--strict=oui'], flags)).toBe('Erreur : l’option --strict ne prend pas de valeur (« --strict=oui ») : écrivez --strict seule');
    expect(valueOnFlag(['2023', '--strict', '--data=x'], flags)).toBeUndefined();
    expect(valueOnFlag(['2023', '--', '--strict=oui'], flags)).toBeUndefined();
  });
});
