import type { BadInput, CasePaths } from '../bad-input.js';
import { csv, STEPS } from '../inputs.js';

/** `alpes-report <args> --data <year folder>`: the case's own folder, everything else as the case says. */
const onData =
  (...args: string[]) =>
  (p: CasePaths) => [...args, '--data', p.dir];
/** A build of the case's folder into its output folder, with the options given. */
const build =
  (...args: string[]) =>
  (p: CasePaths) => ['2023', '--data', p.dir, '--out', p.out, '--quiet', ...args];

/** Usage errors are said in French under one capitalised « Erreur : », never commander's English. */
const NOT_ENGLISH = ['erreur :', 'error:', 'Did you mean', 'Expected'];

export const CLI_CASES: BadInput[] = [
  // Typos: the nearest command, option and key
  {
    name: 'a mistyped command (previw)',
    argv: onData('previw', '2023'),
    exitCode: 2,
    says: ['Erreur : commande inconnue « previw » (vouliez-vous dire « preview » ?)'],
    neverSays: ['trop d’arguments', ...NOT_ENGLISH],
  },
  {
    name: 'a mistyped command (expalin)',
    argv: onData('expalin', '2023', 'plie.exits'),
    exitCode: 2,
    says: ['Erreur : commande inconnue « expalin » (vouliez-vous dire « explain » ?)'],
  },
  {
    name: 'a first argument that is neither a year nor a command',
    argv: () => ['rapport'],
    exitCode: 2,
    says: ["Erreur : « rapport » n'est pas une année (ex. 2023), ni une commande (build, preview, explain, help)"],
  },
  {
    name: 'a mistyped command after an option',
    argv: (p) => ['--data', p.dir, 'previw', '2023'],
    exitCode: 2,
    says: ['Erreur : commande inconnue « previw » (vouliez-vous dire « preview » ?)'],
  },
  {
    name: 'a command written after an option',
    argv: (p) => ['--data', p.dir, 'preview', '2023'],
    exitCode: 2,
    says: ['Erreur : la commande « preview » vient en premier, avant les options (alpes-report preview <année> [options])'],
  },
  {
    name: 'options before the year (valid)',
    argv: (p) => ['--data', p.dir, '--out', p.out, '2023', '--quiet', '--format', 'json'],
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits"'] },
  },
  {
    name: 'the command written after the year',
    argv: onData('2023', 'preview'),
    exitCode: 2,
    says: ['Erreur : argument en trop pour « build » : « preview » : la commande vient avant l’année (alpes-report preview 2023 …)'],
  },
  {
    name: 'a mistyped option (--dta)',
    argv: (p) => ['2023', '--dta', p.dir],
    exitCode: 2,
    says: ['Erreur : option inconnue « --dta » (vouliez-vous dire « --data » ?)'],
    neverSays: NOT_ENGLISH,
  },
  {
    name: 'a mistyped option of explain (--lsit)',
    argv: onData('explain', '2023', '--lsit'),
    exitCode: 2,
    says: ['Erreur : option inconnue « --lsit » (vouliez-vous dire « --list » ?)'],
    neverSays: NOT_ENGLISH,
  },
  {
    name: 'a mistyped format (pfd)',
    argv: build('--format', 'pfd'),
    exitCode: 2,
    says: ['Erreur : option --format invalide : format inconnu « pfd » (vouliez-vous dire « pdf » ?) (formats : html, pdf, json, csv, xlsx, communes).'],
  },

  // help
  { name: 'help as a command', argv: () => ['help'], exitCode: 0, says: [], prints: ['Utilisation : alpes-report <année> [options]', 'Codes de sortie :'] },
  {
    name: 'help of a command',
    argv: () => ['help', 'preview'],
    exitCode: 0,
    says: [],
    prints: ['Utilisation : alpes-report preview [options] <année>', '--port <port>'],
  },
  {
    name: 'help of a mistyped command',
    argv: () => ['help', 'expain'],
    exitCode: 2,
    says: ['Erreur : commande inconnue « expain » (vouliez-vous dire « explain » ?)'],
  },
  {
    name: '--help of the default command',
    argv: () => ['build', '--help'],
    exitCode: 0,
    says: [],
    prints: ['Utilisation : alpes-report build [options] <année>', '--strict'],
  },

  // explain: keys, labels, prototype names
  {
    name: 'a mistyped indicator key',
    argv: onData('explain', '2023', 'plie.exit.legitimate'),
    exitCode: 2,
    says: [
      'Erreur : indicateur inconnu : « plie.exit.legitimate ». Clés proches :\n  plie.exits.legitimate\n',
      '(toutes les clés et leur libellé : alpes-report explain 2023 --list)',
    ],
    neverSays: ['plie.programme'],
  },
  { name: 'explain __proto__', argv: onData('explain', '2023', '__proto__'), exitCode: 2, says: ['Erreur : indicateur inconnu : « __proto__ »'] },
  { name: 'explain constructor', argv: onData('explain', '2023', 'constructor'), exitCode: 2, says: ['Erreur : indicateur inconnu : « constructor »'] },
  { name: 'explain toString', argv: onData('explain', '2023', 'toString'), exitCode: 2, says: ['Erreur : indicateur inconnu : « toString »'] },
  {
    name: 'explain --list (every key with its label)',
    argv: onData('explain', '2023', '--list'),
    exitCode: 0,
    says: [/^\d+ clés \(alpes-report explain 2023 <clé> pour le détail\) :$/m],
    prints: [/^plie\.exits\.legitimate +Sorties légitimes$/m, /^plie\.entries +Nouvelles entrées$/m],
  },
  {
    name: 'explain with a French word (sorties)',
    argv: onData('explain', '2023', 'sorties'),
    exitCode: 0,
    says: [/\d+ clés dont le libellé ou la clé contient « sorties »/],
    prints: [/^plie\.exits\.legitimate +Sorties légitimes$/m],
  },
  {
    name: 'explain with French words, accents and case aside (SORTIES legitimes)',
    argv: onData('explain', '2023', 'SORTIES', 'legitimes'),
    exitCode: 0,
    says: [],
    prints: [/^plie\.exits\.legitimate +Sorties légitimes$/m],
    neverSays: ['Erreur'],
  },
  {
    name: 'explain --list with words no label holds',
    argv: onData('explain', '2023', '--list', 'sortes'),
    exitCode: 2,
    says: ['Erreur : indicateur inconnu : « sortes ». Clés proches :\n  plie.exits\n'],
  },
  {
    name: 'explain without a key',
    argv: onData('explain', '2023'),
    exitCode: 2,
    says: ['Erreur : argument obligatoire « clé » manquant (alpes-report explain 2023 --list pour toutes les clés)'],
  },
  {
    name: 'explain --max 0',
    argv: onData('explain', '2023', 'plie.exits', '--max', '0'),
    exitCode: 2,
    says: ['Erreur : option --max invalide : nombre de lignes entre 1 et 1000000 attendu.'],
  },

  // Years
  {
    name: 'the year 0000',
    year: '0000',
    exitCode: 2,
    says: ['Erreur : argument « année » invalide : « 0000 » est antérieure à 2000 : les exports ne remontent pas si loin (ex. 2023).'],
  },
  { name: 'a year not begun yet', year: '2999', exitCode: 2, says: ['Erreur : argument « année » invalide : l’année 2999 n’a pas encore commencé'] },
  { name: 'a year missing', argv: () => [], exitCode: 2, says: ['Erreur : argument obligatoire « année » manquant'], neverSays: NOT_ENGLISH },

  // Option values
  {
    name: 'an empty --format',
    argv: build('--format', ''),
    exitCode: 2,
    says: ['Erreur : option --format invalide : aucun format donné (formats : html, pdf, json, csv, xlsx, communes).'],
  },
  {
    name: '--format json,JSON, (valid: the same format once)',
    argv: build('--format', 'json,JSON,'),
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits"'] },
  },
  {
    name: '--data given twice (the last one wins, said)',
    argv: (p) => ['2023', '--data', p.out, '--data', p.dir, '--out', p.out, '--quiet', '--format', 'json'],
    exitCode: 0,
    says: [/^Remarque : --data est donnée deux fois \(« .*out » puis « .*2023 »\) : la dernière valeur, « .*2023 », est retenue$/m],
  },
  {
    name: '--format given twice (the last one wins, said)',
    argv: build('--format', 'html', '--format=json'),
    exitCode: 0,
    says: ['Remarque : --format est donnée deux fois (« html » puis « json ») : la dernière valeur, « json », est retenue'],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits"'] },
  },
  {
    name: 'an option after --',
    argv: build('--format', 'json', '--', '--strict'),
    exitCode: 2,
    says: ['Erreur : argument en trop pour « build » : « --strict » (après « -- », tout est un argument, pas une option)'],
  },
  {
    name: '--data without its folder',
    argv: () => ['2023', '--data'],
    exitCode: 2,
    says: ['Erreur : l’option --data attend une valeur (--data <dossier>)'],
    neverSays: NOT_ENGLISH,
  },
  {
    name: '--data= (an empty folder name)',
    argv: (p) => ['2023', '--data=', '--out', p.out],
    exitCode: 2,
    says: ['Erreur : option --data invalide : un dossier attendu, pas un texte vide.'],
  },
  { name: 'an empty --out', argv: build('--out', ' '), exitCode: 2, says: ['Erreur : option --out invalide : un dossier attendu, pas un texte vide.'] },
  {
    name: 'a switch given a value (--strict=yes)',
    argv: build('--strict=yes'),
    exitCode: 2,
    says: ['Erreur : l’option --strict ne prend pas de valeur (« --strict=yes ») : écrivez --strict seule'],
  },
  {
    name: 'preview --port 0',
    argv: onData('preview', '2023', '--port', '0'),
    exitCode: 2,
    says: ['Erreur : option --port invalide : port entre 1 et 65535 attendu.'],
  },
  {
    name: 'preview --port abc',
    argv: onData('preview', '2023', '--port', 'abc'),
    exitCode: 2,
    says: ['Erreur : option --port invalide : port entre 1 et 65535 attendu.'],
  },

  // --strict: each blocking warning said once, as the reason the run stopped
  {
    name: 'a blocking warning under --strict, said once',
    files: { 'etapes.csv': csv(STEPS) },
    args: ['--strict'],
    exitCode: 1,
    says: ['Erreur : 1 avertissement bloquant en mode --strict'],
    saysOnce: ['etapes.csv:1: aucune ligne de données sous l’en-tête', 'Aucun fichier n’a été écrit.'],
  },
];
