import type { BadInput } from '../bad-input.js';
import { csv, latin1, ML_HEADERS, P1, p2, PARTICIPANTS, STEPS } from '../inputs.js';

const CLAUSES = 'operation;operation_territoire;identifiant_personne;commune_personne;entreprise;date;heures';

/** What real exports write that the rules must not refuse: sentinel dates, months, stray bytes, controls in unread columns. */
export const REAL_EXPORT_CASES: BadInput[] = [
  // « No end yet » written as a date
  {
    name: 'running steps ended « 31/12/9999 » and « 0000-00-00 » (valid: read as no end)',
    files: { 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2023;31/12/9999;;;;;;', 'P1;Formation;;01/04/2023;0000-00-00;;;;;;') },
    exitCode: 0,
    says: [],
    neverSays: ['9999', '0000'],
  },
  {
    name: 'a participant whose exit date is « 00/00/0000 » (valid: not exited)',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, p2({ date_sortie: '00/00/0000', categorie_sortie: '', secteur_sortie: '' })) },
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits": {\n    "value": 0,'] },
  },
  {
    name: 'Mission Locale situations and measures running « 9999-12-31 » (valid)',
    ml: true,
    files: {
      'situations.csv': csv(ML_HEADERS['situations.csv'], 'ML;J1;Emploi;CDI;01/02/2023;9999-12-31;;Non;'),
      'dispositifs.csv': csv(ML_HEADERS['dispositifs.csv'], 'J1;CEJ;01/02/2023;31/12/9999;'),
    },
    exitCode: 0,
    says: [],
    neverSays: ['9999'],
  },
  {
    name: 'a sentinel date where a real date is needed (an entry « 31/12/9999 »)',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, p2({ date_entree: '31/12/9999' })) },
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 31/12/9999 » n'est pas une date valide (année 9999 hors des années admises (1900 à 2100))"],
  },
  {
    name: 'a sentinel-like end date that is no sentinel (« 31/12/9998 ») stays an error',
    files: { 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2023;31/12/9998;;;;;;') },
    exitCode: 1,
    says: ["etapes.csv:2: date_fin: « 31/12/9998 » n'est pas une date valide (année 9998 hors des années admises (1900 à 2100))"],
  },

  // Clause hours by month
  {
    name: 'clause hours headed « mois », written « 01/2023 » and « 2023-02 » (valid: the month’s first day)',
    files: {
      'clauses.csv': csv(
        CLAUSES.replace(';date;', ';mois;'),
        'OP-1;Oui;CS-1;Lambersart;Entreprise A;01/2023;35',
        'OP-1;Oui;CS-1;Lambersart;Entreprise A;2023-02;40',
      ),
    },
    exitCode: 0,
    says: [],
    neverSays: ['clauses.csv'],
  },
  {
    name: 'clause hours of a month that does not exist (« 13/2023 »)',
    files: { 'clauses.csv': csv(CLAUSES, 'OP-1;Oui;CS-1;Lambersart;Entreprise A;13/2023;35') },
    exitCode: 1,
    says: ["clauses.csv:2: date: « 13/2023 » n'est pas une date ni un mois valide (jj/mm/aaaa ou mm/aaaa attendu)"],
  },
  {
    name: 'a month where a day is needed (an event dated « 01/2023 »)',
    ml: true,
    files: { 'evenements.csv': csv(ML_HEADERS['evenements.csv'], 'J1;01/2023;Entretien individuel;;;') },
    exitCode: 1,
    says: ["evenements.csv:2: date: « 01/2023 » n'est pas une date valide"],
  },

  // One byte of Windows-1252 in a UTF-8 file
  {
    name: 'one Windows-1252 « É » in a UTF-8 file: the byte named with its line, no garbled accents',
    files: {
      'participants.csv': Buffer.concat([
        Buffer.from(csv(PARTICIPANTS, p2({ identifiant: 'P1', structure_referente: 'Réussir Ensemble' }))),
        Buffer.from(p2({ identifiant: 'P3', commune: 'Pérenchies' }).replace('ALPES', 'AL'), 'utf8'),
        Buffer.from([0xc9]),
        Buffer.from('PES\r\n'),
        Buffer.from(csv(p2({ identifiant: 'P4', structure_referente: 'Réorientation' }))),
      ]),
    },
    exitCode: 1,
    says: [
      'participants.csv:3: octet 0xC9 qui n’est pas de l’UTF-8 (« É » en Windows-1252 ?), dans un fichier en UTF-8 jusque-là : corrigez ce caractère ou réenregistrez le fichier en UTF-8',
    ],
    saysOnce: ['octet 0xC9'],
    neverSays: ['Ã', 'participants.csv:4'],
  },
  {
    name: 'a Windows-1252 file whose first accent comes late (valid: read as Windows-1252)',
    files: { 'participants.csv': latin1(csv(PARTICIPANTS, P1, p2({ identifiant: 'P3' }), p2({ commune: 'Pérenchies', structure_referente: 'Réussite' }))) },
    exitCode: 0,
    says: [],
    neverSays: ['octet'],
  },

  // Control characters: refused where the report reads them, not in the columns it never reads
  {
    name: 'an extra « Adresse » column holding « l\u0092Église » and a \\x0B line break (valid: a column never read)',
    files: { 'participants.csv': csv(`${PARTICIPANTS};Adresse;Commentaire`, `${P1};1 place de l\u0092Église;`, `${p2({})};;ligne 1\u000bligne 2`) },
    exitCode: 0,
    says: [],
    neverSays: ['caractère de contrôle', 'corrompu'],
  },
  {
    name: 'a Windows ’ badly converted (U+0092) in a column the report reads: what it probably is said',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, p2({ structure_referente: 'Maison de l\u0092Emploi' })) },
    exitCode: 1,
    says: [
      'participants.csv:3: structure_referente: caractère de contrôle <U+0092> dans la cellule : « ’ » mal converti depuis Windows-1252 ? Corrigez-le, ou réexportez le fichier en UTF-8 depuis l’original',
    ],
    neverSays: ['\u0092'],
  },
  {
    name: 'a NUL in a column the report reads, beside an unread column holding another (only the read one said)',
    files: { 'participants.csv': csv(`${PARTICIPANTS};Adresse`, `${P1};rue\u0000`, `${p2({ motif_sortie: 'CDI\u0000' })};`) },
    exitCode: 1,
    says: ['participants.csv:3: motif_sortie: caractère de contrôle <U+0000> (caractère nul) dans la cellule : refusé'],
    neverSays: ['participants.csv:2:', 'Adresse'],
  },
  {
    name: 'a vertical tab in the steps’ unread « Commentaire » column (valid)',
    files: { 'etapes.csv': csv(`${STEPS};Commentaire`, 'P1;Prestation;;01/03/2023;;;;;;;;appel\u000brappel') },
    exitCode: 0,
    says: [],
  },
];
