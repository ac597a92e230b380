import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { frenchError, frenchTitle } from './cli-french.js';
import { ExitCode, ReportError, formatIssues } from './errors.js';
import { buildReport, FORMATS, type Format } from './report.js';

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

const HELP_FOOTER = `
Exemples :
  $ alpes-report 2023                         # lit data/2023/, écrit out/2023/
  $ alpes-report 2023 --data fixtures/2023    # données de démonstration fournies
  $ alpes-report 2023 --format json --out /tmp/indicateurs

Les années précédentes (dossiers voisins 2022/, 2021/) alimentent les évolutions.

Codes de sortie :
  0  rapport produit
  1  erreurs dans les données (rien n'est écrit)
  2  mauvaise utilisation ou configuration invalide
  3  échec de la mise en page, de l'impression du PDF ou de l'écriture des fichiers
  4  erreur interne (à signaler)`;

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = new Command('alpes-report')
    .description("Produit le rapport d'activité annuel (HTML, PDF et indicateurs JSON) à partir des exports de l'année.")
    .argument('<année>', "année du rapport (ex. 2023)", parseYear)
    .option('--data <dossier>', "dossier des exports de l'année (défaut : data/<année>)")
    .option('--out <dossier>', 'dossier de sortie (défaut : out/<année>)')
    .addOption(new Option('--format <formats>', 'formats produits, séparés par des virgules').default(['html', 'pdf', 'json'], 'html,pdf,json').argParser(parseFormats))
    .option('--config <fichier>', 'fichier de configuration JSON (remplace les valeurs par défaut ALPES)')
    .option('--strict', 'les avertissements bloquent aussi le rapport')
    .option('--quiet', "n'affiche pas la progression")
    .version(version, '-V, --version', 'affiche la version')
    .helpOption('-h, --help', "affiche cette aide")
    .addHelpText('after', HELP_FOOTER)
    .configureHelp({
      styleTitle: frenchTitle,
      optionDescription: (option) => new Help().optionDescription(option).replace('(default: ', '(défaut : '),
    })
    .configureOutput({ outputError: (text, write) => write(frenchError(text)) })
    .exitOverride()
    .showHelpAfterError("(alpes-report --help pour l'aide)");

  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    throw error;
  }
  const [year] = program.processedArgs as [number];
  const options = program.opts<{ data?: string; out?: string; format: Format[]; config?: string; strict?: boolean; quiet?: boolean }>();
  const progress = (step: string, ms: number) => {
    if (!options.quiet) process.stderr.write(`  ✓ ${step} (${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`})\n`);
  };

  try {
    if (!options.quiet) process.stderr.write(`Rapport d'activité ${year}\n`);
    const result = await buildReport({
      year,
      dataDir: options.data,
      outDir: options.out,
      formats: options.format,
      configPath: options.config,
      strict: options.strict ?? false,
      onProgress: progress,
    });
    if (result.warnings.length > 0) {
      process.stderr.write(`\n${result.warnings.length} avertissement(s) :\n${formatIssues(result.warnings)}\n`);
    }
    if (result.historyWarnings.length > 0) {
      process.stderr.write(`\n${result.historyWarnings.length} avertissement(s) sur les années précédentes (évolutions) :\n${formatIssues(result.historyWarnings)}\n`);
    }
    for (const notice of result.notices) process.stderr.write(`\nℹ ${notice}\n`);
    if (result.warnings.length + result.historyWarnings.length + result.notices.length > 0) process.stderr.write('\n');
    if (!options.quiet) process.stderr.write(`Fichiers écrits :\n${result.files.map((f) => `  ${f}`).join('\n')}\n`);
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof ReportError) {
      const details = error.issues.length > 0 ? `\n${formatIssues(error.issues)}` : '';
      process.stderr.write(`Erreur : ${error.message}${details}\n`);
      if (error.issues.length > 0) process.stderr.write('Aucun fichier n’a été écrit.\n');
      return error.exitCode;
    }
    process.stderr.write(`Erreur inattendue (défaut du programme, à signaler) : ${(error as Error).stack ?? String(error)}\n`);
    return ExitCode.INTERNAL;
  }
}
