import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fifo } from '../../support/fs.js';
import type { BadInput, CasePaths } from '../bad-input.js';

/** The build command line of a case, with `--config` pointing at `name` beside the year folder. */
const withConfig = (name: string) => (p: CasePaths) => ['2023', '--data', p.dir, '--out', p.out, '--quiet', '--format', 'json', '--config', join(p.root, name)];

/** A territory replacing the default one: the communes given, no QPV unless given. */
const territory = (communes: unknown[], qpv: unknown[] = []) => JSON.stringify({ territory: { communes, qpv } });

export const CONFIG_CASES: BadInput[] = [
  // Unknown keys, at every level, with the nearest known one
  {
    name: 'an unknown top-level setting (methodologie)',
    config: '{ "methodologie": { "pdf": false } }',
    exitCode: 2,
    says: ['config.json: methodologie: paramètre inconnu (vouliez-vous dire « methodology » ?)'],
  },
  {
    name: 'an unknown top-level setting (printt)',
    config: '{ "printt": { "timeoutSeconds": 60 } }',
    exitCode: 2,
    says: ['config.json: printt: paramètre inconnu (vouliez-vous dire « print » ?)'],
  },
  {
    name: 'an unknown setting far from every known one',
    config: '{ "couleurs": { "primary": "#000000" } }',
    exitCode: 2,
    says: [
      'config.json: couleurs: paramètre inconnu (paramètres possibles ici : association, territory, plie, ml, offers, sections, methodology, communes, print, reading, outputDir, encoding, columnAliases)',
    ],
  },
  {
    name: 'an unknown key of a commune',
    config: territory([{ name: 'Lambersart', insee: '59328', alaises: ['Lamb'] }]),
    exitCode: 2,
    says: ['config.json: territory.communes[0].alaises: paramètre inconnu (vouliez-vous dire « aliases » ?)'],
  },
  {
    name: 'a __proto__ key in the configuration',
    config: '{ "__proto__": { "outputDir": "ailleurs" } }',
    exitCode: 2,
    says: ['config.json: __proto__: paramètre inconnu'],
  },
  {
    name: 'a __proto__ file in columnAliases',
    config: '{ "columnAliases": { "__proto__": { "identifiant": ["N°"] } } }',
    exitCode: 2,
    says: ['config.json: columnAliases.__proto__: fichier inconnu'],
  },
  {
    name: 'a mistyped file in columnAliases',
    config: '{ "columnAliases": { "participant.csv": { "identifiant": ["N°"] } } }',
    exitCode: 2,
    says: ['config.json: columnAliases.participant.csv: fichier inconnu (vouliez-vous dire « participants.csv » ?)'],
  },
  {
    name: 'a mistyped encoding',
    config: '{ "encoding": "utf-9" }',
    exitCode: 2,
    says: ['config.json: encoding: valeur « utf-9 » non admise (vouliez-vous dire « utf-8 » ?) (valeurs : auto, utf-8, windows-1252)'],
  },
  { name: 'the encoding in capitals (valid)', config: '{ "encoding": "UTF-8" }', exitCode: 0, says: [] },
  { name: 'the encoding written utf8 (valid)', config: '{ "encoding": "utf8" }', exitCode: 0, says: [] },
  { name: 'the encoding written ISO-8859-1, read as Windows-1252 (valid)', config: '{ "encoding": "ISO-8859-1" }', exitCode: 0, says: [] },
  { name: 'the encoding written cp1252 (valid)', config: '{ "encoding": "cp1252" }', exitCode: 0, says: [] },
  {
    name: 'UTF-16 forced in the configuration',
    config: '{ "encoding": "UTF-16" }',
    exitCode: 2,
    says: ['config.json: encoding: UTF-16 (« Texte Unicode » d’Excel ou du Bloc-notes) est reconnu de lui-même : laissez "auto"'],
  },
  {
    name: 'comments as _ and $ keys at every level (valid)',
    config:
      '{\n  "$schema": "./alpes-report.schema.json",\n  "_comment": "réglages 2023",\n  "_comment": "relus par la direction",\n  "plie": { "_note": "âges du PLIE", "seniorAge": 50 },\n  "columnAliases": { "_voir": "exports 2023" }\n}',
    exitCode: 0,
    says: [],
  },
  {
    name: 'a comment key inside a commune (valid)',
    config: territory([
      { _ancien: 'Lomme', name: 'Lambersart', insee: '59328' },
      { name: 'Lille', insee: '59350' },
      { name: 'Wambrechies', insee: '59636' },
    ]),
    exitCode: 0,
    says: [],
  },
  {
    name: 'an objective written as a percentage',
    config: '{ "plie": { "positiveExitObjective": 50 } }',
    exitCode: 2,
    says: ['config.json: plie.positiveExitObjective: une proportion entre 0 et 1 est attendue (0,5 pour 50 %)'],
  },

  // Entries that would merge their counts
  {
    name: 'two communes of the same name, case and accents aside',
    config: territory([
      { name: 'Pérenchies', insee: '59457' },
      { name: 'PERENCHIES', insee: '59458' },
    ]),
    exitCode: 2,
    says: [
      'config.json: territory.communes[1].name: « PERENCHIES » désigne déjà la commune « Pérenchies » (territory.communes[0].name ; casse, accents et ponctuation ignorés) : leurs chiffres seraient confondus',
    ],
  },
  {
    name: 'a commune named as another commune’s alias',
    config: territory([
      { name: 'Marcq-en-Barœul', insee: '59378', aliases: ['Marcq'] },
      { name: 'Marcq', insee: '59379' },
    ]),
    exitCode: 2,
    says: [
      'config.json: territory.communes[1].name: « Marcq » désigne déjà la commune « Marcq-en-Barœul » (territory.communes[0].aliases[0]) : leurs chiffres seraient confondus',
    ],
  },
  {
    name: 'an alias shared by two communes',
    config: territory([
      { name: 'Saint-André-lez-Lille', insee: '59527', aliases: ['St-André'] },
      { name: 'Saint-André-du-Nord', insee: '59528', aliases: ['St André'] },
    ]),
    exitCode: 2,
    says: [
      'config.json: territory.communes[1].aliases[0]: « St André » désigne déjà la commune « Saint-André-lez-Lille » (territory.communes[0].aliases[0] ; casse, accents et ponctuation ignorés)',
    ],
  },
  {
    name: 'a QPV declared twice',
    config: territory(
      [
        { name: 'Lambersart', insee: '59328' },
        { name: 'Lompret', insee: '59356' },
      ],
      [
        { name: 'Pacot-Vandracq', insee: '59328' },
        { name: 'Pacot Vandracq', insee: '59328' },
      ],
    ),
    exitCode: 2,
    says: [
      'config.json: territory.qpv[1]: « Pacot Vandracq » désigne déjà le quartier « Pacot-Vandracq » (territory.qpv[0] ; casse, accents et ponctuation ignorés)',
    ],
  },
  {
    name: 'a QPV in a commune outside the territory (communes replaced, QPVs left)',
    config: territory(
      [
        { name: 'Lambersart', insee: '59328' },
        { name: 'Lompret', insee: '59356' },
      ],
      [{ name: 'La Briqueterie', insee: '59378' }],
    ),
    exitCode: 2,
    says: [
      'config.json: territory.qpv[0].insee: le quartier « La Briqueterie » est dans la commune 59378, qui n’est pas une commune de territory.communes (déclarez les quartiers de votre territoire, ou "qpv": [])',
    ],
  },
  {
    name: 'an exit category listed twice',
    config: '{ "plie": { "exitCategories": ["Emploi", "Formation", "Légitime", "Réorientation", "Rupture", "emploi"] } }',
    exitCode: 2,
    says: [
      'config.json: plie.exitCategories[5]: « emploi » désigne déjà la catégorie « Emploi » (plie.exitCategories[0] ; casse, accents et ponctuation ignorés)',
    ],
  },
  {
    name: 'a legitimate exit reason listed twice',
    config: '{ "plie": { "legitimateExitReasons": ["Santé", "Déménagement", "SANTE"] } }',
    exitCode: 2,
    says: ['config.json: plie.legitimateExitReasons[2]: « SANTE » désigne déjà le motif « Santé »'],
  },
  {
    name: 'a commune named by an INSEE code of no commune',
    config: territory(['59328', '59999']),
    exitCode: 2,
    says: ['config.json: territory.communes[1].insee: code INSEE 59999 inconnu du code officiel géographique (communes proches : 59099 Bousies'],
  },
  {
    name: 'a commune named by the code of a commune merged into another',
    config: territory(['59328', '59355']),
    exitCode: 2,
    says: ['config.json: territory.communes[1].insee: 59355 est le code de Lomme (commune associée de Lille)'],
  },
  {
    name: 'communes named by INSEE code alone (valid: official names)',
    config: territory(['59328', { insee: '59350', aliases: ['Lille Centre'] }]),
    exitCode: 0,
    says: [],
  },
  {
    name: 'two communes with the same INSEE code',
    config: territory([
      { name: 'Lambersart', insee: '59328' },
      { name: 'Lompret', insee: '59328' },
    ]),
    exitCode: 2,
    says: ['config.json: territory.communes[1].insee: code INSEE 59328 en double : déjà celui de « Lambersart » (territory.communes[0])'],
  },
  {
    name: 'the legitimate category counted as positive',
    config: '{ "plie": { "positiveExitCategories": ["Emploi", "Formation", "Légitime"] } }',
    exitCode: 2,
    says: [
      'config.json: plie.positiveExitCategories: la catégorie des sorties légitimes « Légitime » ne peut pas compter aussi comme sortie positive (le taux ajusté les retire du calcul)',
    ],
  },
  {
    name: 'every offer switched off',
    config: '{ "offers": { "plie": false, "ml": false, "mde": false } }',
    exitCode: 2,
    says: ['config.json: offers: aucune offre active : le rapport n’aurait aucune page d’activité (mettez au moins une offre à true)'],
  },
  {
    name: 'an unknown section switched off (a typo of ml-sante)',
    config: '{ "sections": { "ml-santé": false } }',
    exitCode: 2,
    says: ['config.json: sections.ml-santé: section inconnue (vouliez-vous dire « ml-sante » ?)'],
  },
  {
    name: 'a section switched off with a word instead of false',
    config: '{ "sections": { "ml-sante": "non" } }',
    exitCode: 2,
    says: ['config.json: sections.ml-sante:'],
  },
  {
    name: 'a __proto__ section in sections',
    config: '{ "sections": { "__proto__": false } }',
    exitCode: 2,
    says: ['config.json: sections.__proto__: section inconnue'],
  },
  {
    name: 'a header given to two columns in columnAliases',
    config: '{ "columnAliases": { "participants.csv": { "identifiant": ["N° dossier"], "commune": ["n° dossier"] } } }',
    exitCode: 2,
    says: [
      'config.json: columnAliases.participants.csv.commune[0]: l’en-tête « n° dossier » désigne déjà la colonne identifiant : les deux colonnes seraient confondues',
    ],
  },
  {
    name: 'a column alias that is another column’s name',
    config: '{ "columnAliases": { "participants.csv": { "date_sortie": ["date_entree"] } } }',
    exitCode: 2,
    says: ['config.json: columnAliases.participants.csv.date_sortie[0]: l’en-tête « date_entree » désigne déjà la colonne date_entree'],
  },

  // Text that breaks the printed report
  {
    name: 'association.name ending in a carriage return',
    config: '{ "association": { "name": "ALPES\\r" } }',
    exitCode: 2,
    says: ['config.json: association.name: caractère de contrôle invisible <U+000D> (retour chariot) en position 6 : retirez-le'],
  },
  {
    name: 'a terminal escape sequence in the website',
    config: '{ "association": { "website": "\\u001b[31mwww.exemple.fr" } }',
    exitCode: 2,
    says: [
      'config.json: association.website: caractère de contrôle invisible <U+001B> (échappement, début de séquence de terminal) en position 1 : retirez-le',
    ],
    neverSays: ['\u001b'],
  },
  {
    name: 'a NUL byte in a commune alias',
    config: territory([{ name: 'Lompret', insee: '59356', aliases: ['Lom\u0000pret'] }]).replace('\u0000', '\\u0000'),
    exitCode: 2,
    says: ['config.json: territory.communes[0].aliases[0]: caractère de contrôle invisible <U+0000> (caractère nul) en position 4 : retirez-le'],
  },
  {
    name: 'a right-to-left override in the territory name',
    config: '{ "association": { "territoryName": "Métropole \\u202eOuest" } }',
    exitCode: 2,
    says: ['config.json: association.territoryName: caractère de contrôle invisible <U+202E> (forçage droite à gauche) en position 11 : retirez-le'],
  },
  {
    name: 'an association name too long for the footer',
    config: JSON.stringify({ association: { name: 'Nom '.repeat(60) } }),
    exitCode: 2,
    says: [
      'config.json: association.name: 80 caractères au plus : ce nom court s’imprime en pied de chaque page (le nom complet va dans association.fullName)',
    ],
  },
  { name: 'a blank association name', config: '{ "association": { "name": "   " } }', exitCode: 2, says: ['config.json: association.name: texte vide'] },
  {
    name: 'a legitimate exit reason made of punctuation only',
    config: '{ "plie": { "legitimateExitReasons": ["Santé", "--"] } }',
    exitCode: 2,
    says: ['config.json: plie.legitimateExitReasons[1]: nom sans lettre ni chiffre : il ne peut rien désigner'],
  },
  { name: 'spaces around the association name (valid, trimmed)', config: '{ "association": { "name": "  ALPES  " } }', exitCode: 0, says: [] },

  // The file itself
  {
    name: 'a setting written twice (a block pasted again)',
    config: '{\n  "plie": { "seniorAge": 55 },\n  "outputDir": "rapports",\n  "plie": { "topSectors": 3 }\n}',
    exitCode: 2,
    says: ['config.json : ligne 4 : « plie » est écrit deux fois dans le même objet (seule la dernière valeur serait lue : réunissez-les)'],
  },
  { name: 'an empty configuration file', config: '', exitCode: 2, says: ['config.json : le fichier de configuration est vide (au minimum : {})'] },
  {
    name: 'a configuration that is a JSON list',
    config: '[{ "plie": { "seniorAge": 55 } }]',
    exitCode: 2,
    says: ['config.json: un objet JSON { … } est attendu, le fichier contient une liste [ … ]'],
  },
  { name: 'a configuration that is null', config: 'null', exitCode: 2, says: ['config.json: un objet JSON { … } est attendu, le fichier contient null'] },
  {
    name: 'a configuration saved in Windows-1252',
    setup: (p) => writeFile(join(p.root, 'latin1.json'), Buffer.from('{\n  "association": { "territoryName": "Métropole" }\n}', 'latin1')),
    argv: withConfig('latin1.json'),
    exitCode: 2,
    says: ['latin1.json : ligne 2 : le fichier n’est pas un texte UTF-8 valide (enregistrez-le en UTF-8 : les accents seraient perdus)'],
  },
  {
    name: '--config pointing to a folder',
    setup: (p) => mkdir(join(p.root, 'reglages')),
    argv: withConfig('reglages'),
    exitCode: 2,
    says: [/Erreur : Fichier de configuration illisible : .*reglages : un dossier se trouve à la place du fichier attendu/],
  },
  {
    name: '--config pointing to a FIFO',
    setup: (p) => fifo(join(p.root, 'tube.json')),
    argv: withConfig('tube.json'),
    exitCode: 2,
    says: [/Erreur : Fichier de configuration illisible : .*tube\.json : un tube nommé \(FIFO\) se trouve à la place du fichier attendu/],
  },
  {
    name: 'an empty --config',
    argv: (p) => ['2023', '--data', p.dir, '--out', p.out, '--quiet', '--format', 'json', '--config', ''],
    exitCode: 2,
    says: ['Erreur : option --config invalide : un fichier attendu, pas un texte vide.'],
  },
  {
    name: '--config pointing to a missing file',
    argv: withConfig('absent.json'),
    exitCode: 2,
    says: [/Erreur : Fichier de configuration introuvable : .*absent\.json/],
  },

  {
    name: 'an age range whose minimum is above its maximum',
    config: '{ "ml": { "firstReceptionAges": { "min": 26, "max": 16 } } }',
    exitCode: 2,
    says: ['config.json: ml.firstReceptionAges.max: min doit être inférieur ou égal à max'],
  },
  {
    name: 'a configuration saved by Notepad as « Unicode » (UTF-16 with its mark, valid)',
    config: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "plie": { "seniorAge": 55 } }', 'utf16le')]),
    exitCode: 0,
    says: [],
  },
  {
    name: 'a configuration in UTF-16 without its mark (valid)',
    config: Buffer.from('{ "association": { "name": "Réseau Été" } }', 'utf16le'),
    exitCode: 0,
    says: [],
  },
];
