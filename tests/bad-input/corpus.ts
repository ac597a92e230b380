import type { BadInput } from './bad-input.js';
import { aids, csv, latin1, ML_HEADERS, P1, P2, p2, PARTICIPANTS, participants, STEPS } from './inputs.js';
import { CELL_CASES } from './cases/cells.js';
import { CLI_CASES } from './cases/cli.js';
import { CONFIG_CASES } from './cases/config.js';
import { CONTENT_CASES } from './cases/content.js';
import { FOLDER_CASES } from './cases/folders.js';
import { HEADER_CASES } from './cases/headers.js';
import { PROCESS_CASES } from './cases/process.js';
import { REAL_EXPORT_CASES } from './cases/real-exports.js';

export type { BadInput };

/**
 * Broken (and messy but valid) inputs, each with the exit code and the French line the user gets.
 * The first cases are kept here; those of each area of issue 12 live in `cases/`.
 */
const FIRST_CASES: BadInput[] = [
  // Encodings and file formats
  {
    name: 'Windows-1252 bytes in a folder declared UTF-8',
    files: { 'participants.csv': latin1(csv(PARTICIPANTS, P1, p2({ commune: 'Pérenchies' }))) },
    config: '{ "encoding": "utf-8" }',
    exitCode: 1,
    says: ['participants.csv:3: le fichier n’est pas un texte UTF-8 valide'],
  },
  {
    name: 'an Excel workbook renamed .csv',
    files: { 'participants.csv': Buffer.from('504b0304140006000800000021000000', 'hex') },
    exitCode: 1,
    says: ['participants.csv: ce fichier est un classeur Excel'],
  },
  {
    name: 'a binary file',
    files: { 'etapes.csv': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]) },
    exitCode: 1,
    says: ['etapes.csv: ce fichier n’est pas un texte'],
  },
  {
    name: 'UTF-16 with its byte-order mark (valid)',
    files: { 'participants.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(PARTICIPANTS, P1, P2), 'utf16le')]) },
    exitCode: 0,
    says: [],
  },
  { name: 'Windows-1252 accents (valid)', files: { 'participants.csv': latin1(csv(PARTICIPANTS, P1, p2({ commune: 'Pérenchies' }))) }, exitCode: 0, says: [] },

  // CSV structure
  {
    name: 'mixed separators: a row written with commas',
    files: participants('P2,H,15/07/1975,Lompret,Non,10/03/2023,,,,,4,Non,Oui,Non,ALPES'),
    exitCode: 1,
    says: ['participants.csv:3: 1 cellule au lieu de 15', /participants\.csv:3: sexe: valeur obligatoire manquante/],
  },
  {
    name: 'an unterminated quote',
    files: participants('P2;H;15/07/1975;"Lompret;Non;10/03/2023;;;;;4;Non;Oui;Non;ALPES'),
    exitCode: 1,
    says: [/participants\.csv:\d+: fichier CSV illisible : guillemet ouvert jamais refermé/],
  },
  { name: 'a row with too many columns', files: participants(`${P2};en trop`), exitCode: 1, says: ['participants.csv:3: 16 cellules au lieu de 15'] },
  {
    name: 'a row with too few columns',
    files: participants('P2;H;15/07/1975;Lompret;Non'),
    exitCode: 1,
    says: ['participants.csv:3: 5 cellules au lieu de 15', 'participants.csv:3: date_entree: valeur obligatoire manquante'],
  },
  {
    name: 'a missing required column',
    files: { 'participants.csv': csv(PARTICIPANTS.replace(';date_entree', ''), P1.replace(';01/02/2022', '')) },
    exitCode: 1,
    says: ['participants.csv:1: colonne obligatoire « date_entree » absente'],
  },
  {
    name: 'a duplicated header',
    files: { 'participants.csv': csv(`${PARTICIPANTS};commune`, `${P1};Lompret`) },
    exitCode: 1,
    says: ['participants.csv:1: commune: en-tête en double (colonnes 4 et 16)'],
  },
  { name: 'an empty file', files: { 'etapes.csv': '' }, exitCode: 1, says: ['etapes.csv: le fichier est vide'] },
  { name: 'a header-only file', files: { 'etapes.csv': csv(STEPS) }, exitCode: 0, says: ['etapes.csv:1: aucune ligne de données sous l’en-tête'] },
  {
    name: 'a header-only file under --strict',
    files: { 'etapes.csv': csv(STEPS) },
    args: ['--strict'],
    exitCode: 1,
    says: ['etapes.csv:1: aucune ligne de données sous l’en-tête'],
  },
  {
    name: 'a 10 MB single field',
    files: participants(p2({ secteur_sortie: 'x'.repeat(10 * 2 ** 20) })),
    exitCode: 1,
    says: ['participants.csv:3: secteur_sortie: cellule de 10\u202f485\u202f760 caractères'],
  },
  {
    name: 'a quoted cell over several lines (valid, line numbers kept)',
    files: participants(p2({ secteur_sortie: '"Commerce\r\nde gros"' }), 'P3;X;01/01/1990;Lompret;Non;01/01/2023;;;;;4;Non;Non;Non;ALPES'),
    exitCode: 1,
    says: ["participants.csv:5: sexe: « X » n'est pas une valeur admise (F, H)"],
  },
  {
    name: 'missing participants file',
    files: { 'participants.csv': undefined as unknown as string },
    exitCode: 1,
    says: ['participants.csv: fichier introuvable : le PLIE en a besoin (le dossier contient etapes.csv)'],
  },

  // Dates
  {
    name: 'an impossible date 31/02/2023',
    files: participants(p2({ date_sortie: '31/02/2023' })),
    exitCode: 1,
    says: ["participants.csv:3: date_sortie: « 31/02/2023 » n'est pas une date valide"],
  },
  {
    name: 'an impossible ISO date 2023-13-01',
    files: participants(p2({ date_entree: '2023-13-01' })),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 2023-13-01 » n'est pas une date valide"],
  },
  {
    name: 'a birth date in the future',
    files: participants(p2({ date_naissance: '01/01/2031' })),
    exitCode: 1,
    says: ['participants.csv:3: date_naissance: date de naissance postérieure'],
  },
  {
    name: 'a young person born in the future',
    ml: true,
    files: { 'jeunes.csv': csv(ML_HEADERS['jeunes.csv'], 'J1;F;01/06/2031;Lambersart;Non;4;10/01/2023') },
    exitCode: 1,
    says: ['jeunes.csv:2: date_naissance: date de naissance postérieure au premier accueil'],
  },
  {
    name: 'a date written as text',
    files: participants(p2({ date_entree: 'mars 2023' })),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « mars 2023 » n'est pas une date valide"],
  },
  {
    name: 'an exit before the entry',
    files: participants(p2({ date_sortie: '01/01/2023' })),
    exitCode: 1,
    says: ['participants.csv:3: date_sortie: la sortie précède l’entrée dans le PLIE'],
  },
  {
    name: 'a step ending before it starts',
    files: { 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2023;01/02/2023;;;;;;') },
    exitCode: 1,
    says: [/etapes\.csv:2: date_fin: /],
  },
  { name: 'a date with a time (valid)', files: participants(p2({ date_entree: '10/03/2023 09:30' })), exitCode: 0, says: [] },

  // Amounts and numbers
  {
    name: 'an amount written 1 234,56 € (valid)',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;1 234,56 €;Accordée'),
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['1234.56'] },
  },
  {
    name: 'an amount written 12,3,4',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;12,3,4;Accordée'),
    exitCode: 1,
    says: ["aides.csv:2: montant: « 12,3,4 » n'est pas un montant"],
  },
  {
    name: 'a negative amount',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;-50;Accordée'),
    exitCode: 1,
    says: ['aides.csv:2: montant: « -50 » : un montant ne peut pas être négatif'],
  },
  {
    name: 'hours written as a word',
    files: { 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2023;;;;;;dix;') },
    exitCode: 1,
    says: [/etapes\.csv:2: heures: « dix »/],
  },

  // Codes and identifiers
  {
    name: 'an unknown sex code',
    files: participants(p2({ sexe: 'X' })),
    exitCode: 1,
    says: ["participants.csv:3: sexe: « X » n'est pas une valeur admise (F, H)"],
  },
  {
    name: 'an unknown exit category',
    files: participants(p2({ categorie_sortie: 'Vacances' })),
    exitCode: 1,
    says: ["participants.csv:3: categorie_sortie: « Vacances » n'est pas une valeur admise"],
  },
  {
    name: 'a sortie légitime with an unknown reason',
    files: participants(p2({ categorie_sortie: 'Légitime', motif_sortie: 'Lassitude' })),
    exitCode: 1,
    says: ['participants.csv:3: motif_sortie: sortie légitime : motif « Lassitude » non reconnu'],
  },
  {
    name: 'an unknown yes/no value',
    files: participants(p2({ rsa: 'Peut-être' })),
    exitCode: 1,
    says: ["participants.csv:3: rsa: « Peut-être » n'est pas une valeur Oui/Non"],
  },
  {
    name: 'a blank required identifier',
    files: participants(p2({ identifiant: '   ' })),
    exitCode: 1,
    says: ['participants.csv:3: identifiant: valeur obligatoire manquante'],
  },
  {
    name: 'a duplicate identifier',
    files: participants(p2({ identifiant: 'P1' })),
    exitCode: 1,
    says: ['participants.csv:3: identifiant: identifiant « P1 » en double (déjà ligne 2)'],
  },
  {
    name: 'an orphan step (unknown participant)',
    files: { 'etapes.csv': csv(STEPS, 'P9;Prestation;;01/03/2023;;;;;;;') },
    exitCode: 1,
    says: ["etapes.csv:2: identifiant_participant: étape d'un participant inconnu « P9 »"],
  },
  {
    name: 'an orphan event (unknown young person)',
    ml: true,
    files: { 'evenements.csv': csv(ML_HEADERS['evenements.csv'], 'J9;12/01/2023;Entretien individuel;;;') },
    exitCode: 1,
    says: ['evenements.csv:2: identifiant_jeune: jeune inconnu « J9 »'],
  },
  {
    name: 'a Mission Locale file missing',
    ml: true,
    files: { 'evenements.csv': undefined as unknown as string },
    exitCode: 1,
    says: [/evenements\.csv: fichier introuvable/],
  },

  // Markup and formulas in the data
  {
    name: 'a commune name carrying HTML',
    files: participants(p2({ commune: '<script>alert(1)</script>' })),
    args: ['--format', 'html,json'],
    exitCode: 0,
    says: [/participants\.csv: 1 participant résidant hors du territoire/],
    output: { file: 'rapport-2023.html', lacks: ['<script>alert(1)</script>', 'alert(1)'] },
  },
  {
    name: 'a cell starting with =',
    files: participants(p2({ structure_referente: '"=HYPERLINK(""http://x.invalid"";""clic"")"' })),
    args: ['--format', 'csv'],
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.csv', contains: [`"'=HYPERLINK(""http://x.invalid"";""clic"")"`] },
  },
  {
    name: 'a cell starting with +',
    files: participants(p2({ structure_referente: '+33 cmd' })),
    args: ['--format', 'csv'],
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.csv', contains: [";'+33 cmd;"] },
  },
  {
    name: 'a cell starting with -',
    files: participants(p2({ structure_referente: '-2+3' })),
    args: ['--format', 'csv'],
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.csv', contains: [";'-2+3;"] },
  },
  {
    name: 'a cell starting with @',
    files: participants(p2({ structure_referente: '@SUM(A1)' })),
    args: ['--format', 'csv'],
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.csv', contains: [";'@SUM(A1);"] },
  },

  // Configuration
  {
    name: 'a configuration key with a typo',
    config: '{ "plie": { "seniorAgee": 55 } }',
    exitCode: 2,
    says: ['config.json: plie.seniorAgee: paramètre inconnu (vouliez-vous dire « seniorAge » ?)'],
  },
  {
    name: 'a configuration value of the wrong type',
    config: '{ "plie": { "seniorAge": "cinquante" } }',
    exitCode: 2,
    says: [/config\.json: plie\.seniorAge: /],
  },
  {
    name: 'a configuration that is not JSON',
    config: '{ "plie": { seniorAge: 55 } }',
    exitCode: 2,
    says: ['config.json : JSON illisible ligne 1, colonne 13'],
  },
  {
    name: 'a configuration with a missing comma',
    config: '{\n  "plie": { "seniorAge": 55 }\n  "outputDir": "sorties"\n}',
    exitCode: 2,
    says: [/config\.json : JSON illisible ligne 3, colonne \d+/],
  },
  { name: 'a configuration saved with a byte-order mark (valid)', config: '\uFEFF{ "plie": { "seniorAge": 55 } }', exitCode: 0, says: [] },

  // The content folder
  {
    name: 'a content file with a bad date',
    files: { 'contenu/manifestations.csv': csv('date;type;nom;lieu;exposants;visiteurs', '32/13/2023;Forum;Forum de l’emploi;Lambersart;10;100') },
    exitCode: 1,
    says: [/contenu\/manifestations\.csv:2: date: « 32\/13\/2023 » n'est pas une date valide/],
  },
  {
    name: 'two events of the same type on the same day',
    files: {
      'contenu/manifestations.csv': csv(
        'date;type;nom;lieu;exposants;visiteurs',
        '16/03/2023;Forum;Forum A;Lambersart;10;100',
        '16/03/2023;Forum;Forum B;Lompret;5;50',
      ),
    },
    exitCode: 1,
    says: ['contenu/manifestations.csv:3: type: deux manifestations « Forum » le même jour (déjà ligne 2)'],
  },
  {
    name: 'a content JSON file that is broken',
    files: { 'contenu/territoire.json': '{ "population": ' },
    exitCode: 1,
    says: [/contenu\/territoire\.json.*JSON/],
  },

  // The command line
  { name: 'a year that is not one', year: '20x3', exitCode: 2, says: ["« 20x3 » n'est pas une année"] },
  { name: 'an unknown format', args: ['--format', 'docx'], exitCode: 2, says: ['format inconnu « docx »'] },
  { name: 'an unknown option', args: ['--frmat', 'json'], exitCode: 2, says: ['option inconnue « --frmat »'] },
];

export const CORPUS: BadInput[] = [
  ...FIRST_CASES,
  ...CELL_CASES,
  ...HEADER_CASES,
  ...FOLDER_CASES,
  ...CONTENT_CASES,
  ...CONFIG_CASES,
  ...CLI_CASES,
  ...PROCESS_CASES,
  ...REAL_EXPORT_CASES,
];
