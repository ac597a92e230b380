import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { frenchError, frenchTitle } from './cli/french.js';
import { runBuild, type BuildCommandOptions } from './cli/build-command.js';
import type { ExplainCommandOptions } from './cli/explain-command.js';
import type { PreviewCommandOptions } from './cli/preview-command.js';
import { endQuietlyOnClosedPipes } from './cli/closed-pipe.js';
import { reportFailure } from './cli/report-error.js';
import { repeatedOptions, unknownCommand, valueOnFlag } from './cli/first-argument.js';
import { ExitCode } from './errors.js';
import { DEFAULT_FORMATS, FORMATS, type Format } from './report.js';
import { didYouMean } from './text/suggest.js';
import { print, say } from './cli/say.js';
import { plural } from './text/plural.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Reports start with the 2000s exports; a year not begun yet has no data. */
const FIRST_YEAR = 2000;

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`« ${value} » n'est pas une année (ex. 2023).`);
  if (year < FIRST_YEAR) throw new InvalidArgumentError(`« ${value} » est antérieure à ${FIRST_YEAR} : les exports ne remontent pas si loin (ex. 2023).`);
  const current = new Date().getFullYear();
  if (year > current) throw new InvalidArgumentError(`l’année ${year} n’a pas encore commencé (nous sommes en ${current}).`);
  return year;
}

/** `html,json`, any case; a repeated format or a stray comma changes nothing. */
function parseFormats(value: string): Format[] {
  const formats = [
    ...new Set(
      value
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter((f) => f !== ''),
    ),
  ];
  if (formats.length === 0) throw new InvalidArgumentError(`aucun format donné (formats : ${FORMATS.join(', ')}).`);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) {
    const near = unknown.length === 1 ? didYouMean(unknown[0]!, FORMATS) : '';
    throw new InvalidArgumentError(`format inconnu « ${unknown.join(', ')} »${near} (formats : ${FORMATS.join(', ')}).`);
  }
  return formats as Format[];
}

function parseCount(label: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`${label} entre ${min} et ${max} attendu.`);
    return n;
  };
}

/** A path option given an empty value (`--data=`, `--out ""`): never the current folder by accident. */
function path(what: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new InvalidArgumentError(`${what} attendu, pas un texte vide.`);
    return value;
  };
}

const HELP_FOOTER = `
Options de chaque commande : alpes-report build --help, alpes-report preview --help, alpes-report explain --help

Exemples :
  $ alpes-report 2023                         # lit data/2023/, écrit out/2023/
  $ alpes-report 2023 --data fixtures/2023    # données de démonstration fournies
  $ alpes-report 2023 --format csv --out /tmp/indicateurs
  $ alpes-report preview 2023 --data fixtures/2023
  $ alpes-report explain 2023 plie.exits.legitimate --data fixtures/2023
  $ alpes-report explain 2023 sorties --data fixtures/2023   # clés dont le libellé contient « sorties »

Les années précédentes (dossiers voisins 2022/, 2021/) alimentent les évolutions.

Codes de sortie :
  0  rapport produit
  1  erreurs dans les données (rien n'est écrit)
  2  mauvaise utilisation ou configuration invalide
  3  échec de la mise en page, de l'impression du PDF ou de l'écriture des fichiers
  4  erreur interne (à signaler)
  130  interrompu (Ctrl-C) : rien n'est écrit (pendant l'écriture des fichiers, celle-ci s'achève et le code est 0)
  143  arrêté par SIGTERM : comme Ctrl-C`;

/** French help and errors, and no process.exit: the caller gets the exit code. */
function frenchCommand(command: Command): Command {
  return command
    .helpOption('-h, --help', 'affiche cette aide')
    .configureHelp({
      styleTitle: frenchTitle,
      optionDescription: (option) => new Help().optionDescription(option).replace('(default: ', '(défaut : '),
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`,
    })
    .configureOutput({ outputError: (text, write) => write(frenchError(text)), writeErr: say, writeOut: print })
    .exitOverride()
    .allowExcessArguments()
    .showHelpAfterError("(alpes-report --help pour l'aide)")
    .hook('preAction', refuseExcessArguments);
}

/**
 * Arguments past those a command takes, named, rather than commander's count: after `--` an
 * option is an argument, and `alpes-report 2023 preview` has the command after the year.
 */
function refuseExcessArguments(_program: Command, command: Command): void {
  const extra = command.args.slice(command.registeredArguments.length);
  if (command.registeredArguments.at(-1)?.variadic || extra.length === 0) return;
  const commands = command.parent?.commands.map((c) => c.name()) ?? [];
  const misplaced = extra.find((arg) => commands.includes(arg));
  const hint =
    misplaced !== undefined
      ? ` : la commande vient avant l’année (alpes-report ${misplaced} ${String(command.processedArgs[0])} …)`
      : extra.some((arg) => arg.startsWith('-'))
        ? ' (après « -- », tout est un argument, pas une option)'
        : '';
  command.error(`Erreur : ${plural(extra.length, 'argument')} en trop pour « ${command.name()} » : ${extra.map((arg) => `« ${arg} »`).join(', ')}${hint}`, {
    exitCode: ExitCode.USAGE,
    code: 'alpes.excessArguments',
  });
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  let exitCode: number = ExitCode.OK;
  const program = frenchCommand(new Command('alpes-report'))
    .description("Produit le rapport d'activité annuel (HTML, PDF, indicateurs JSON et CSV) à partir des exports de l'année.")
    .usage('<année> [options]  |  preview <année> [options]  |  explain <année> <clé> [options]  |  help [commande]')
    .version(version, '-V, --version', 'affiche la version')
    .helpCommand('help [commande]', 'affiche l’aide, ou celle d’une commande (alpes-report help preview)')
    .addHelpText('after', HELP_FOOTER);

  program.addCommand(
    frenchCommand(new Command('build'))
      .description("produit le rapport de l'année (commande par défaut : « alpes-report 2023 »)")
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)", path('un dossier'))
      .option('--out <dossier>', 'dossier de sortie (défaut : out/<année>)', path('un dossier'))
      .addOption(
        new Option(
          '--format <formats>',
          `formats produits, séparés par des virgules (${FORMATS.join(', ')} ; xlsx : classeur Excel des indicateurs ; communes : un PDF par commune)`,
        )
          .default([...DEFAULT_FORMATS], DEFAULT_FORMATS.join(','))
          .argParser(parseFormats),
      )
      .option('--config <fichier>', 'fichier de configuration JSON (remplace les valeurs par défaut ALPES)', path('un fichier'))
      .option('--strict', 'les avertissements bloquent aussi le rapport')
      .option('--quiet', "n'affiche pas la progression")
      .action(async (year: number, options: BuildCommandOptions) => {
        exitCode = await runBuild(year, options);
      }),
    { isDefault: true },
  );

  program.addCommand(
    frenchCommand(new Command('preview'))
      .description('aperçu HTML du rapport sur cette machine, mis à jour à chaque modification des données, des textes, des modèles ou de la configuration')
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)", path('un dossier'))
      .option('--port <port>', 'port local (défaut : un port libre, affiché au démarrage)', parseCount('port', 1, 65535))
      .option('--config <fichier>', 'fichier de configuration JSON', path('un fichier'))
      .action(async (year: number, options: PreviewCommandOptions) => {
        // Loaded only when asked for: the year's report, what most runs are, does without them.
        const { runPreview } = await import('./cli/preview-command.js');
        exitCode = await runPreview(year, options);
      }),
  );

  program.addCommand(
    frenchCommand(new Command('explain'))
      .description("d'où vient un chiffre : sa définition, sa valeur et les lignes comptées (fichier, ligne, identifiant)")
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .argument('[clé...]', 'clé de l’indicateur (ex. plie.exits.legitimate), ou des mots de son libellé (ex. sorties légitimes)')
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)", path('un dossier'))
      .option('--config <fichier>', 'fichier de configuration JSON', path('un fichier'))
      .option('--csv <fichier>', 'écrit toutes les lignes comptées dans un fichier CSV pour tableur', path('un fichier'))
      .option('--list', 'liste toutes les clés avec leur libellé (ou celles qui contiennent les mots donnés)')
      .addOption(new Option('--max <n>', 'lignes affichées par groupe').default(50).argParser(parseCount('nombre de lignes', 1, 1_000_000)))
      .action(async (year: number, words: string[], options: ExplainCommandOptions) => {
        const { runExplain } = await import('./cli/explain-command.js');
        exitCode = await runExplain(year, words, options);
      }),
  );

  endQuietlyOnClosedPipes();
  const args = argv.slice(2);
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  const valued = new Set(program.commands.flatMap((c) => c.options.filter((o) => o.required || o.optional).map((o) => o.long!)));
  const flags = new Set(program.commands.flatMap((c) => c.options.filter((o) => !o.required && !o.optional).map((o) => o.long!)));
  const refused = unknownCommand(args, commands, valued) ?? valueOnFlag(args, flags);
  if (refused !== undefined) {
    say(`${refused}\n(alpes-report --help pour l'aide)\n`);
    return ExitCode.USAGE;
  }
  for (const note of repeatedOptions(args, valued)) say(`${note}\n`);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    // Each command says its own failures; anything else is a defect, said as one (exit 4), not a raw crash.
    return reportFailure(error);
  }
  return exitCode;
}
