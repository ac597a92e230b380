import { mkdir, rename, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fifo, unreadable } from '../../support/fs.js';
import type { BadInput, CasePaths } from '../bad-input.js';
import { csv, ML_HEADERS, P1, p2, PARTICIPANTS, STEPS, VALID_ML, VALID_PLIE } from '../inputs.js';

/** Which folders and files are read: the year folder, each offer's files, what stands in their place, the previous years. */

const removed = undefined as unknown as string;
/** The year folder moved to another name (`exports/`): only its dates can say which year it holds. */
const renamed = (name: string) => ({ setup: (p: CasePaths) => rename(p.dir, join(p.root, name)), data: (p: CasePaths) => join(p.root, name) });
/** A Mission Locale year without header-only files, so that --strict has nothing else to stop on. */
const ML_FULL = {
  'jeunes.csv': csv(`${ML_HEADERS['jeunes.csv']};rqth`, 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023;Non'),
  'propositions.csv': csv(ML_HEADERS['propositions.csv'], 'J1;12/01/2023;Emploi;'),
  'situations.csv': csv(ML_HEADERS['situations.csv'], 'ML;J1;Emploi;CDI;01/02/2023;;Commerce;;'),
  'dispositifs.csv': csv(ML_HEADERS['dispositifs.csv'], 'J1;CEJ;01/02/2023;;'),
};
/** A valid PLIE year 2022, for the evolutions. */
const PLIE_2022 = { 'participants.csv': csv(PARTICIPANTS, P1), 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2022;;;;;;;') };

export const FOLDER_CASES: BadInput[] = [
  // The year: the folder's name, source.json and the dates must all be the report's year.
  {
    name: 'a report of 2022 from the 2023 folder',
    year: '2022',
    exitCode: 1,
    says: ['2023: le dossier s’appelle 2023 mais le rapport porte sur 2022 : vérifiez l’année demandée et --data'],
  },
  { name: 'a report of 2024 from the 2023 folder', year: '2024', exitCode: 1, says: ['2023: le dossier s’appelle 2023 mais le rapport porte sur 2024'] },
  {
    name: 'a folder not named after a year, holding the next year’s exports',
    year: '2022',
    ...renamed('exports'),
    exitCode: 1,
    says: [
      'exports: plus de dates après 2022 (3 dates, dont 3 en 2023) qu’en 2022 (1 date) : les exports portent sur 2023 ; vérifiez l’année demandée et --data',
    ],
  },
  {
    name: 'a folder not named after a year, holding an earlier year’s exports',
    year: '2024',
    ...renamed('exports'),
    exitCode: 1,
    says: ['exports: aucune entrée, sortie, étape ni contact daté de 2024 : les exports portent sur 2023 (3 dates)'],
  },
  {
    name: 'a folder not named after a year, holding the year’s exports (valid)',
    ...renamed('exports'),
    exitCode: 0,
    says: ["Évolutions omises : le dossier exports ne porte pas le nom de l'année"],
  },
  {
    name: 'source.json declaring another year',
    files: { 'source.json': '{ "year": 2022 }' },
    exitCode: 1,
    says: ['source.json: year : le dossier déclare les données de 2022 mais le rapport porte sur 2023'],
  },
  { name: 'source.json declaring the year (valid)', files: { 'source.json': '{ "demonstration": false, "year": 2023 }' }, exitCode: 0, says: [] },
  {
    name: 'source.json with a misspelt key',
    files: { 'source.json': '{ "yaer": 2022 }' },
    exitCode: 1,
    says: ['source.json: clé inconnue « yaer » (vouliez-vous dire « year » ?)'],
  },
  { name: 'source.json with a key in French', files: { 'source.json': '{ "annee": 2022 }' }, exitCode: 1, says: ['source.json: clé inconnue « annee »'] },
  {
    name: 'source.json of 100 KB',
    files: { 'source.json': `{ "description": "${'x'.repeat(100_000)}" }` },
    exitCode: 1,
    says: [/source\.json: fichier de 98\s?Ko, au-delà de la limite de 64\s?Ko pour ce fichier/],
  },
  { name: 'source.json that is not JSON', files: { 'source.json': '{ "demonstration": oui }' }, exitCode: 1, says: [/source\.json: JSON illisible ligne 1/] },
  {
    name: '--data naming the folder of all the years',
    data: (p) => p.root,
    exitCode: 2,
    says: [/Erreur : Aucun export dans .*, qui contient les dossiers des années : vouliez-vous dire --data .*2023 \?/],
  },

  // Each offer's files: the people file and the other required ones, then the optional ones.
  {
    name: 'the steps file missing while the participants are there',
    files: { 'etapes.csv': removed },
    exitCode: 1,
    says: [
      'etapes.csv: fichier introuvable : le PLIE en a besoin (le dossier contient participants.csv) ; sans cette offre, déclarez "offers": { "plie": false } dans un fichier de configuration (--config fichier.json, voir docs/configuration.md)',
    ],
  },
  {
    name: 'the young people’s file missing while the Mission Locale’s other exports are there',
    ml: true,
    files: { 'jeunes.csv': removed },
    exitCode: 1,
    says: ['jeunes.csv: fichier introuvable : la Mission Locale en a besoin (le dossier contient evenements.csv, propositions.csv, dispositifs.csv)'],
  },
  {
    name: 'the participants file a broken link',
    files: { 'participants.csv': removed },
    setup: (p) => symlink(join(p.root, 'archives', 'participants.csv'), join(p.dir, 'participants.csv')),
    exitCode: 1,
    says: [/participants\.csv: lien symbolique cassé \(il pointe vers « .*archives\/participants\.csv », qui n’existe pas\)/],
  },
  {
    name: 'participants saved as .txt',
    files: { 'participants.csv': removed, 'participants.txt': csv(PARTICIPANTS, P1) },
    exitCode: 1,
    says: [
      'participants.csv: fichier introuvable : le PLIE en a besoin (le dossier contient etapes.csv) ; le dossier contient « participants.txt » : renommez-le participants.csv (export CSV)',
    ],
  },
  {
    name: 'participants left as a workbook',
    files: { 'participants.csv': removed, 'participants.xlsx': Buffer.from('504b0304', 'hex') },
    exitCode: 1,
    says: ['le dossier contient « participants.xlsx » : renommez-le participants.csv'],
  },
  {
    name: 'an impossible date in an export named in capitals (the file named as found)',
    files: {
      'participants.csv': removed,
      'Participants.CSV': csv(PARTICIPANTS, P1, p2({ date_entree: '10/03/2030', date_sortie: '', categorie_sortie: '', secteur_sortie: '' })),
    },
    exitCode: 1,
    says: ['Participants.CSV:3: date_entree: « 10/03/2030 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)'],
    neverSays: ['participants.csv:3'],
  },
  {
    name: 'an export named in capitals (valid: read with a notice)',
    files: { 'participants.csv': removed, 'Participants.CSV': csv(PARTICIPANTS, P1, p2({})) },
    exitCode: 0,
    says: ['Participants.CSV lu comme participants.csv'],
  },
  {
    name: 'a Mission Locale optional file absent (valid: read empty with a notice)',
    ml: true,
    files: { 'propositions.csv': removed },
    exitCode: 0,
    saysOnce: ['propositions.csv absent : lu comme vide pour la Mission Locale.'],
    says: [],
  },
  {
    name: 'the Mission Locale with only its two required files (valid, every page built)',
    ml: true,
    files: { 'propositions.csv': removed, 'situations.csv': removed, 'dispositifs.csv': removed, 'aides.csv': removed },
    args: ['--format', 'html,json'],
    exitCode: 0,
    says: ['aides.csv absent : lu comme vide pour la Mission Locale.'],
    output: { file: 'indicators-2023.json', contains: ['"ml.'] },
  },
  {
    name: 'an offer switched on without any export (valid: said once)',
    exitCode: 0,
    saysOnce: [
      'Aucun export de la Mission Locale dans 2023 (jeunes.csv) : ses pages disent « Aucune donnée ». Si l’association n’a pas cette offre, déclarez "offers": { "ml": false } dans un fichier de configuration (--config fichier.json, voir docs/configuration.md).',
    ],
    says: [],
  },
  {
    name: 'an offer switched off without any export (valid: nothing said)',
    config: '{ "offers": { "plie": true, "ml": false, "mde": false } }',
    exitCode: 0,
    says: [],
    neverSays: ['Aucun export'],
  },
  {
    name: 'a PLIE switched off is not required',
    ml: true,
    files: { 'participants.csv': removed },
    config: '{ "offers": { "plie": false, "ml": true, "mde": true } }',
    exitCode: 0,
    says: [],
    neverSays: ['participants.csv'],
  },
  {
    name: 'a Mission Locale switched off is not read',
    ml: true,
    files: { 'jeunes.csv': 'pas un export' },
    config: '{ "offers": { "plie": true, "ml": false, "mde": true } }',
    exitCode: 0,
    says: [],
    neverSays: ['jeunes.csv'],
  },
  {
    name: 'a Maison de l’Emploi switched off is not read',
    files: { 'clauses.csv': 'pas un export' },
    config: '{ "offers": { "plie": true, "ml": true, "mde": false } }',
    exitCode: 0,
    says: [],
    neverSays: ['clauses.csv'],
  },
  {
    name: 'only the files of an offer switched off',
    config: '{ "offers": { "plie": false, "ml": true, "mde": true } }',
    exitCode: 2,
    says: [/Erreur : Aucun export des offres activées dans .*2023 : participants\.csv, etapes\.csv appartiennent à une offre désactivée dans la configuration/],
  },
  {
    name: 'columns only the Maison de l’Emploi uses, absent with it switched off, under --strict (valid)',
    ml: true,
    files: ML_FULL,
    config: '{ "offers": { "plie": true, "ml": true, "mde": false } }',
    args: ['--strict'],
    exitCode: 0,
    says: [],
    neverSays: ['aides.csv'],
  },

  // What stands in place of an export: named, never a crash, never a read that blocks.
  {
    name: 'a folder in place of participants.csv',
    files: { 'participants.csv': removed },
    setup: (p) => mkdir(join(p.dir, 'participants.csv')),
    exitCode: 1,
    says: ['participants.csv: un dossier se trouve à la place du fichier attendu'],
  },
  {
    name: 'a FIFO in place of etapes.csv',
    files: { 'etapes.csv': removed },
    setup: (p) => fifo(join(p.dir, 'etapes.csv')),
    exitCode: 1,
    says: ['etapes.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'a FIFO in place of evenements.csv',
    ml: true,
    files: { 'evenements.csv': removed },
    setup: (p) => fifo(join(p.dir, 'evenements.csv')),
    exitCode: 1,
    says: ['evenements.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'a FIFO in place of an optional Mission Locale file',
    ml: true,
    files: { 'aides.csv': removed },
    setup: (p) => fifo(join(p.dir, 'aides.csv')),
    exitCode: 1,
    says: ['aides.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'a FIFO in place of a Maison de l’Emploi export',
    setup: (p) => fifo(join(p.dir, 'clauses.csv')),
    exitCode: 1,
    says: ['clauses.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'a FIFO in place of source.json',
    setup: (p) => fifo(join(p.dir, 'source.json')),
    exitCode: 1,
    says: ['source.json: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'a device in place of participants.csv',
    files: { 'participants.csv': removed },
    setup: (p) => symlink('/dev/zero', join(p.dir, 'participants.csv')),
    exitCode: 1,
    says: ['participants.csv: un périphérique se trouve à la place du fichier attendu'],
  },
  {
    name: 'a link to itself in place of etapes.csv',
    files: { 'etapes.csv': removed },
    setup: (p) => symlink('etapes.csv', join(p.dir, 'etapes.csv')),
    exitCode: 1,
    says: ['etapes.csv: lien symbolique qui pointe sur lui-même (boucle)'],
  },
  {
    name: 'an unreadable etapes.csv',
    setup: (p) => unreadable(join(p.dir, 'etapes.csv')),
    exitCode: 1,
    says: ['etapes.csv: fichier illisible : droits insuffisants'],
  },
  {
    name: 'the year folder a link to the real one (valid)',
    setup: async (p) => {
      await rename(p.dir, join(p.root, 'archive-2023'));
      await symlink(join(p.root, 'archive-2023'), p.dir);
    },
    exitCode: 0,
    says: [],
  },

  // The previous years: they feed the evolutions, never block the report.
  {
    name: 'an empty previous-year folder',
    history: { '2022': {} },
    exitCode: 0,
    saysOnce: ["Le dossier 2022 ne contient aucun export : les évolutions s'arrêtent à 2023."],
    says: [],
  },
  {
    name: 'a previous-year folder with a broken row',
    history: {
      '2022': {
        'participants.csv': csv(PARTICIPANTS, P1, p2({ date_entree: '01/02/2021', date_sortie: '31/02/2022' })),
        'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2022;;;;;;;'),
      },
    },
    exitCode: 0,
    says: [
      "1 erreur dans 2022 (listée avec les avertissements des années précédentes) : les évolutions s'arrêtent à 2023.",
      "2022/participants.csv:3: date_sortie: « 31/02/2022 » n'est pas une date valide",
    ],
  },
  {
    name: 'a previous-year folder holding a copy of this year',
    history: { '2022': VALID_PLIE },
    exitCode: 0,
    says: ['2022: plus de dates après 2022 (3 dates, dont 3 en 2023) qu’en 2022 (1 date) : les exports portent sur 2023', "les évolutions s'arrêtent à 2023"],
  },
  {
    name: 'a stray territoires.json in a previous year’s contenu/ (not read: the evolutions go on)',
    history: { '2022': { ...PLIE_2022, 'contenu/territoires.json': '{ "population": 1000 }', 'contenu/territoire.json': '{ "population": ' } },
    exitCode: 0,
    says: [],
    neverSays: ['territoires.json', 'territoire.json', "les évolutions s'arrêtent à 2023"],
    output: { file: 'indicators-2023.json', contains: ['"2022": '] },
  },
  {
    name: 'a previous-year folder with a FIFO',
    history: { '2022': { 'etapes.csv': csv(STEPS) } },
    setup: (p) => fifo(join(p.root, '2022', 'participants.csv')),
    exitCode: 0,
    says: ['2022/participants.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: '2021 present but not 2022',
    history: {
      '2021': {
        'participants.csv': csv(PARTICIPANTS, 'P1;F;01/01/1980;Lambersart;Non;01/02/2021;;;;;3;Oui;Non;Non;ALPES'),
        'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2021;;;;;;;'),
      },
    },
    exitCode: 0,
    says: ["Pas de données 2022 (2022) : les évolutions s'arrêtent à 2023 (2021 n’est pas lu : les évolutions comparent des années qui se suivent)."],
  },

  // --data: a usage error when it does not name a year folder.
  {
    name: '--data naming a missing folder',
    data: (p) => join(p.root, 'nulle-part', '2023'),
    exitCode: 2,
    says: ['Erreur : Dossier de données introuvable : nulle-part/2023'],
  },
  {
    name: '--data with a typo',
    ...renamed('exports'),
    data: (p) => join(p.root, 'exprots'),
    exitCode: 2,
    says: ['Erreur : Dossier de données introuvable : exprots (vouliez-vous dire « exports » ?)'],
  },
  {
    name: '--data naming a FIFO',
    data: (p) => join(p.root, 'tube'),
    setup: (p) => fifo(join(p.root, 'tube')),
    exitCode: 2,
    says: ['or tube est un tube nommé (FIFO)'],
  },
  {
    name: '--data naming a file',
    data: (p) => join(p.dir, 'participants.csv'),
    exitCode: 2,
    says: ['Erreur : --data doit désigner le dossier de l’année (qui contient participants.csv, jeunes.csv…), or participants.csv est un fichier'],
  },
  {
    name: 'exports in a subfolder of the year folder',
    setup: async (p) => {
      await rename(p.dir, join(p.root, 'exports'));
      await mkdir(p.dir);
      await rename(join(p.root, 'exports'), join(p.dir, 'exports'));
    },
    exitCode: 2,
    says: [/Erreur : Aucun export dans .*2023, mais le sous-dossier exports en contient : vouliez-vous dire --data .*exports \?/],
  },
  {
    name: 'a year folder holding only its content',
    files: { 'participants.csv': removed, 'etapes.csv': removed, 'contenu/editorial.md': '# Édito\n' },
    exitCode: 2,
    says: [/Erreur : Aucun export dans .*2023 \(participants\.csv pour le PLIE, jeunes\.csv pour la Mission Locale, ou un export de la Maison de l’Emploi\)/],
  },
  {
    name: '--data . from inside the year folder (valid: the previous years are found)',
    data: (p) => `${p.dir}/.`,
    history: { '2022': {} },
    exitCode: 0,
    says: ['Le dossier 2022 ne contient aucun export'],
  },
  {
    name: '--data . from inside another year’s folder',
    year: '2022',
    data: (p) => `${p.dir}/.`,
    exitCode: 1,
    says: ['le dossier s’appelle 2023 mais le rapport porte sur 2022'],
  },
  {
    name: 'participants saved with a doubled extension',
    files: { 'participants.csv': removed, 'participants.csv.csv': csv(PARTICIPANTS, P1) },
    exitCode: 1,
    says: ['le dossier contient « participants.csv.csv » : renommez-le participants.csv'],
  },
  {
    name: 'participants downloaded twice',
    files: { 'participants.csv': removed, 'participants (1).csv': csv(PARTICIPANTS, P1) },
    exitCode: 1,
    says: ['le dossier contient « participants (1).csv » : renommez-le participants.csv'],
  },
  {
    name: 'the events file named with accents',
    ml: true,
    files: { 'evenements.csv': removed, 'événements.csv': VALID_ML['evenements.csv'] },
    exitCode: 1,
    says: [
      'evenements.csv: fichier introuvable : la Mission Locale en a besoin (le dossier contient jeunes.csv, propositions.csv, dispositifs.csv) ; le dossier contient « événements.csv » : renommez-le evenements.csv (export CSV)',
    ],
  },
  {
    name: 'the exports left in their zip archive',
    files: { 'participants.csv': removed, 'etapes.csv': removed, 'exports-2023.zip': Buffer.from('504b0304', 'hex') },
    exitCode: 2,
    says: ['il contient « exports-2023.zip » : décompressez les exports dans ce dossier'],
  },
  {
    name: 'two young people’s files differing only by case',
    ml: true,
    files: { 'jeunes.csv': removed, 'Jeunes.csv': VALID_ML['jeunes.csv'], 'JEUNES.csv': VALID_ML['jeunes.csv'] },
    exitCode: 1,
    says: [
      /jeunes\.csv: fichier introuvable : la Mission Locale en a besoin .* le dossier contient « (Jeunes|JEUNES)\.csv », « (Jeunes|JEUNES)\.csv » : renommez-le jeunes\.csv/,
    ],
  },
  {
    name: 'a Mission Locale year without the PLIE (valid)',
    ml: true,
    files: { 'participants.csv': removed, 'etapes.csv': removed, ...ML_FULL },
    exitCode: 0,
    says: ['Aucun export du PLIE dans 2023 (participants.csv)'],
    neverSays: ['fichier introuvable'],
  },
  {
    name: 'a stray copy of the people file beside it (valid: the exact name is read)',
    files: { 'Participants.csv': 'pas un export' },
    exitCode: 0,
    says: [],
    neverSays: ['Participants.csv'],
  },
  // Last year's log in this year's folder: its pages would read zero (the people files are checked as a folder).
  {
    name: 'last year’s events file in this year’s folder',
    ml: true,
    files: { 'evenements.csv': csv(ML_HEADERS['evenements.csv'], 'J1;12/01/2022;Entretien individuel;;;', 'J1;14/03/2022;Atelier;;;') },
    exitCode: 1,
    says: ['evenements.csv: aucune ligne datée de 2023 : ce fichier porte sur 2022 (2 dates) ; remplacez-le par l’export de 2023'],
  },
  {
    name: 'last year’s clause hours in this year’s folder',
    files: {
      'clauses.csv': csv(
        'operation;operation_territoire;identifiant_personne;commune_personne;entreprise;date;heures',
        'OP-1;Oui;CS-1;Lambersart;Entreprise A;01/03/2022;35',
      ),
    },
    exitCode: 1,
    says: ['clauses.csv: aucune ligne datée de 2023 : ce fichier porte sur 2022 (1 date) ; remplacez-le par l’export de 2023'],
  },
  {
    name: 'last year’s events of the Maison de l’Emploi in contenu/',
    files: {
      'contenu/editorial.md': '---\ntitre: Une année\nsignataire: Camille Exemple\nfonction: Présidente\n---\nTexte.\n',
      'contenu/manifestations.csv': csv('date;type;nom;lieu;exposants;visiteurs', '16/03/2022;Forum;Forum A;Lambersart;10;100'),
    },
    exitCode: 1,
    says: ['contenu/manifestations.csv: aucune ligne datée de 2023 : ce fichier porte sur 2022 (1 date)'],
  },
  {
    name: 'an events file with a few rows of last year among this year’s (valid)',
    ml: true,
    files: { 'evenements.csv': csv(ML_HEADERS['evenements.csv'], 'J1;28/12/2022;Entretien individuel;;;', 'J1;12/01/2023;Entretien individuel;;;') },
    exitCode: 0,
    says: [],
    neverSays: ['aucune ligne datée'],
  },
  {
    name: 'an optional export saved under another name',
    files: { 'offres (1).csv': 'date;intitule' },
    exitCode: 1,
    says: ['offres.csv: fichier introuvable ; le dossier contient « offres (1).csv » : renommez-le offres.csv (export CSV)'],
  },
  {
    name: 'the only export of an offer saved under another name',
    files: { 'clauses_2023.csv': 'operation;date;heures' },
    exitCode: 1,
    says: ['clauses.csv: fichier introuvable ; le dossier contient « clauses_2023.csv » : renommez-le clauses.csv (export CSV)'],
  },
  {
    name: 'a broken Maison de l’Emploi export in a previous year (not read: the evolutions go on)',
    history: { '2022': { ...PLIE_2022, 'clauses.csv': 'pas un export' } },
    exitCode: 0,
    says: [],
    neverSays: ['2022/clauses.csv', "les évolutions s'arrêtent à 2023"],
    output: { file: 'indicators-2023.json', contains: ['"2022": '] },
  },
];
