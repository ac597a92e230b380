import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { frenchError, frenchTitle } from './cli-french.js';
import { runBuild, type BuildCommandOptions } from './cli/build-command.js';
import { runExplain, type ExplainCommandOptions } from './cli/explain-command.js';
import { runPreview, type PreviewCommandOptions } from './cli/preview-command.js';
import { ExitCode } from './errors.js';
import { FORMATS, type Format } from './report.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) throw new InvalidArgumentError(`« ${value} » n'est pas une année (ex. 2023).`);
  return year;
}

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(`format inconnu « ${unknown.join(', ')} » (formats : ${FORMATS.join(', ')}).`);
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

const HELP_FOOTER = `
Options de chaque commande : alpes-report build --help, alpes-report preview --help, alpes-report explain --help

Exemples :
  $ alpes-report 2023                         # lit data/2023/, écrit out/2023/
  $ alpes-report 2023 --data fixtures/2023    # données de démonstration fournies
  $ alpes-report 2023 --format csv --out /tmp/indicateurs
  $ alpes-report preview 2023 --data fixtures/2023
  $ alpes-report explain 2023 plie.exits.legitimate --data fixtures/2023

Les années précédentes (dossiers voisins 2022/, 2021/) alimentent les évolutions.

Codes de sortie :
  0  rapport produit
  1  erreurs dans les données (rien n'est écrit)
  2  mauvaise utilisation ou configuration invalide
  3  échec de la mise en page, de l'impression du PDF ou de l'écriture des fichiers
  4  erreur interne (à signaler)
  130  interrompu (Ctrl-C) : rien n'est écrit
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
    .configureOutput({ outputError: (text, write) => write(frenchError(text)) })
    .exitOverride()
    .showHelpAfterError("(alpes-report --help pour l'aide)");
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  let exitCode: number = ExitCode.OK;
  const program = frenchCommand(new Command('alpes-report'))
    .description("Produit le rapport d'activité annuel (HTML, PDF, indicateurs JSON et CSV) à partir des exports de l'année.")
    .usage('<année> [options]  |  preview <année> [options]  |  explain <année> <clé> [options]')
    .version(version, '-V, --version', 'affiche la version')
    .addHelpCommand(false)
    .addHelpText('after', HELP_FOOTER);

  program.addCommand(
    frenchCommand(new Command('build'))
      .description("produit le rapport de l'année (commande par défaut : « alpes-report 2023 »)")
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)")
      .option('--out <dossier>', 'dossier de sortie (défaut : out/<année>)')
      .addOption(new Option('--format <formats>', 'formats produits, séparés par des virgules').default([...FORMATS], FORMATS.join(',')).argParser(parseFormats))
      .option('--config <fichier>', 'fichier de configuration JSON (remplace les valeurs par défaut ALPES)')
      .option('--strict', 'les avertissements bloquent aussi le rapport')
      .option('--quiet', "n'affiche pas la progression")
      .action(async (year: number, options: BuildCommandOptions) => {
        exitCode = await runBuild(year, options);
      }),
    { isDefault: true },
  );

  program.addCommand(
    frenchCommand(new Command('preview'))
      .description("aperçu HTML du rapport sur cette machine, mis à jour à chaque modification des données, des textes, des modèles ou de la configuration")
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)")
      .option('--port <port>', 'port local (défaut : un port libre, affiché au démarrage)', parseCount('port', 1, 65535))
      .option('--config <fichier>', 'fichier de configuration JSON')
      .action(async (year: number, options: PreviewCommandOptions) => {
        exitCode = await runPreview(year, options);
      }),
  );

  program.addCommand(
    frenchCommand(new Command('explain'))
      .description("d'où vient un chiffre : sa définition, sa valeur et les lignes comptées (fichier, ligne, identifiant)")
      .argument('<année>', 'année du rapport (ex. 2023)', parseYear)
      .argument('<clé>', 'clé de l’indicateur (ex. plie.exits.legitimate ; voir indicators-<année>.json)')
      .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)")
      .option('--config <fichier>', 'fichier de configuration JSON')
      .option('--csv <fichier>', 'écrit toutes les lignes comptées dans un fichier CSV pour tableur')
      .addOption(new Option('--max <n>', 'lignes affichées par groupe').default(50).argParser(parseCount('nombre de lignes', 1, 1_000_000)))
      .action(async (year: number, key: string, options: ExplainCommandOptions) => {
        exitCode = await runExplain(year, key, options);
      }),
  );

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    throw error;
  }
  return exitCode;
}
