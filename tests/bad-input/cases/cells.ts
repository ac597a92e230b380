import type { BadInput } from '../bad-input.js';
import { aids, csv, ML_HEADERS, P1, P2, p2, PARTICIPANTS, participants, S1, STEPS } from '../inputs.js';

/** A steps file whose one step (of P1, open) has these hours. */
const hours = (value: string) => ({ 'etapes.csv': csv(STEPS, `P1;Formation;;01/03/2023;;;;;;${value};`) });
/** P2 (entered 10/03/2023) with this entry date, and no exit. */
const entry = (value: string) => participants(p2({ date_entree: value, date_sortie: '', categorie_sortie: '', secteur_sortie: '' }));
const jeunes = (...rows: string[]) => ({ 'jeunes.csv': csv(ML_HEADERS['jeunes.csv'], ...rows) });
const events = (...rows: string[]) => ({ 'evenements.csv': csv(ML_HEADERS['evenements.csv'], ...rows) });
const CLAUSES = 'operation;operation_territoire;identifiant_personne;commune_personne;entreprise;date;heures';
const EVENTS = 'date;type;nom;lieu;exposants;visiteurs';
const HOW = '(1234, 1 234, 1 234,5 ou 1234.5 attendu)';
/** Participants with their names, as a case-management system exports them (17 columns). */
const NAMED = PARTICIPANTS.replace('identifiant;', 'identifiant;nom;prenom;');
const named = (row: string, nom: string, prenom: string) => row.replace(';', `;${nom};${prenom};`);

export const CELL_CASES: BadInput[] = [
  // Numbers: French and plain decimal forms only, everything else named with file, line and column
  { name: 'hours written 1e5 (an exponent)', files: hours('1e5'), exitCode: 1, says: [`etapes.csv:2: heures: « 1e5 » n'est pas un nombre ${HOW}`] },
  { name: 'hours written 0x10 (hexadecimal)', files: hours('0x10'), exitCode: 1, says: [`etapes.csv:2: heures: « 0x10 » n'est pas un nombre ${HOW}`] },
  { name: 'hours written Infinity', files: hours('Infinity'), exitCode: 1, says: [`etapes.csv:2: heures: « Infinity » n'est pas un nombre ${HOW}`] },
  {
    name: 'hours written 1.234 (a thousands dot, ambiguous)',
    files: hours('1.234'),
    exitCode: 1,
    says: [
      'etapes.csv:2: heures: « 1.234 » est ambigu : point des milliers ou point décimal ? Écrivez 1234 pour un nombre entier, 1,234 pour un nombre décimal',
    ],
  },
  {
    name: 'hours written 1.234.567 (thousands dots)',
    files: hours('1.234.567'),
    exitCode: 1,
    says: ['etapes.csv:2: heures: « 1.234.567 » : le point ne sépare pas les milliers ; écrivez 1234567 ou 1 234 567'],
  },
  {
    name: 'hours written 1,234.5 (two decimal separators)',
    files: hours('1,234.5'),
    exitCode: 1,
    says: ['etapes.csv:2: heures: « 1,234.5 » mêle point et virgule'],
  },
  {
    name: 'hours written 1 234,5 € (a unit)',
    files: hours('1 234,5 €'),
    exitCode: 1,
    says: [`etapes.csv:2: heures: « 1 234,5 € » : un nombre sans unité est attendu ${HOW.replace(' attendu', '')}`],
  },
  {
    name: 'hours with a misplaced thousands space 12 34',
    files: hours('12 34'),
    exitCode: 1,
    says: [`etapes.csv:2: heures: « 12 34 » n'est pas un nombre ${HOW}`],
  },
  {
    name: 'hours written 7:30 (a duration)',
    files: hours('7:30'),
    exitCode: 1,
    says: ['etapes.csv:2: heures: « 7:30 » est une durée en heures:minutes : écrivez-la en heures décimales (7,5)'],
  },
  { name: 'negative hours', files: hours('-3'), exitCode: 1, says: ['etapes.csv:2: heures: « -3 » : un nombre supérieur ou égal à 0 est attendu'] },
  {
    name: 'more hours than a step’s days hold',
    files: { 'etapes.csv': csv(STEPS, 'P1;Formation;;01/03/2023;02/03/2023;;;;;100;') },
    exitCode: 1,
    says: ['etapes.csv:2: heures: 100 heures en 2 jours (du 01/03/2023 au 02/03/2023) : plus de 24 heures par jour'],
  },
  { name: 'hours written 1 234,5 with a no-break space (valid)', files: hours('1\u00a0234,5'), exitCode: 0, says: [] },
  { name: 'hours written 1 234 with a narrow no-break space (valid)', files: hours('1\u202f234'), exitCode: 0, says: [] },
  {
    name: 'hours written 12.50 and 1234.5 (decimal points, valid)',
    files: { 'etapes.csv': csv(STEPS, 'P1;Formation;;01/03/2023;;;;;;12.50;', 'P1;Prestation;;01/04/2023;;;;;;1234.5;') },
    exitCode: 0,
    says: [],
  },
  {
    name: 'an amount written 12.345 (ambiguous)',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;12.345;Accordée'),
    exitCode: 1,
    says: [
      'aides.csv:2: montant: « 12.345 » est ambigu : point des milliers ou point décimal ? Écrivez 12345 pour un nombre entier, 12,345 pour un nombre décimal',
    ],
  },
  {
    name: 'an amount with three decimals',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;12,345 €;Accordée'),
    exitCode: 1,
    says: ['aides.csv:2: montant: « 12,345 € » : un montant a au plus deux décimales (ex. 1 234,56 €)'],
  },
  {
    name: 'an amount written 1e3',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;1e3;Accordée'),
    exitCode: 1,
    says: ["aides.csv:2: montant: « 1e3 » n'est pas un montant (ex. 1 234,56 €)"],
  },
  {
    name: 'an amount written 1.234,50 € (thousands dot and decimal comma)',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2023;1.234,50 €;Accordée'),
    exitCode: 1,
    says: ['aides.csv:2: montant: « 1.234,50 € » mêle point et virgule'],
  },
  {
    name: 'clause hours written 1e3',
    files: { 'clauses.csv': csv(CLAUSES, 'OP-1;Oui;CS-1;Lambersart;Entreprise A;01/03/2023;1e3') },
    exitCode: 1,
    says: [`clauses.csv:2: heures: « 1e3 » n'est pas un nombre ${HOW}`],
  },
  {
    name: 'clause hours written 1.500 (ambiguous)',
    files: { 'clauses.csv': csv(CLAUSES, 'OP-1;Oui;CS-1;Lambersart;Entreprise A;01/03/2023;1.500') },
    exitCode: 1,
    says: ['clauses.csv:2: heures: « 1.500 » est ambigu'],
  },
  {
    name: 'a fair with 12,5 visitors',
    files: { 'contenu/manifestations.csv': csv(EVENTS, '16/03/2023;Forum;Forum de l’emploi;Lambersart;10;12,5') },
    exitCode: 1,
    says: ['contenu/manifestations.csv:2: visiteurs: « 12,5 » : un nombre entier est attendu'],
  },
  {
    name: 'a fair with 0x10 exhibitors',
    files: { 'contenu/manifestations.csv': csv(EVENTS, '16/03/2023;Forum;Forum de l’emploi;Lambersart;0x10;100') },
    exitCode: 1,
    says: [`contenu/manifestations.csv:2: exposants: « 0x10 » n'est pas un nombre ${HOW}`],
  },

  // Dates: the forms each column takes, and what cannot be
  { name: 'a date written 10.03.2023 (dots, valid)', files: entry('10.03.2023'), exitCode: 0, says: [] },
  { name: 'a date written 10-03-2023 (dashes, valid)', files: entry('10-03-2023'), exitCode: 0, says: [] },
  {
    name: 'a date with mixed separators 10/03.2023',
    files: entry('10/03.2023'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 10/03.2023 » n'est pas une date valide (séparateurs différents : jj/mm/aaaa attendu)"],
  },
  {
    name: 'a date with an impossible time 10/03/2023 25:99',
    files: entry('10/03/2023 25:99'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 10/03/2023 25:99 » n'est pas une date valide (heure 25:99 impossible)"],
  },
  { name: 'a date with a French time 10/03/2023 09h30 (valid)', files: entry('10/03/2023 09h30'), exitCode: 0, says: [] },
  {
    name: 'a date at 24:00',
    files: entry('10/03/2023 24:00'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 10/03/2023 24:00 » n'est pas une date valide (heure 24:00 impossible)"],
  },
  {
    name: 'an impossible ISO date 2023-02-30',
    files: entry('2023-02-30'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 2023-02-30 » n'est pas une date valide (février 2023 n’a que 28 jours)"],
  },
  {
    name: 'a month-first date 03/13/2023',
    files: entry('03/13/2023'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 03/13/2023 » n'est pas une date valide (mois 13 impossible (jj/mm/aaaa : le jour d’abord, puis le mois))"],
  },
  {
    name: 'a two-digit year 10/03/23',
    files: entry('10/03/23'),
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 10/03/23 » n'est pas une date valide (année sur deux chiffres : écrivez-la en entier (jj/mm/aaaa))"],
  },
  {
    name: 'an Excel serial date 44995',
    files: entry('44995'),
    exitCode: 1,
    says: [
      "participants.csv:3: date_entree: « 44995 » n'est pas une date valide (nombre de jours d’Excel (le 10/03/2023 ?) : formatez la colonne en date, jj/mm/aaaa, avant d’exporter)",
    ],
  },
  {
    name: 'a birth in 1899',
    files: participants(p2({ date_naissance: '15/07/1899' })),
    exitCode: 1,
    says: ["participants.csv:3: date_naissance: « 15/07/1899 » n'est pas une date valide (année 1899 hors des années admises (1900 à 2100))"],
  },
  {
    name: 'a first reception in 2030',
    ml: true,
    files: jeunes('J1;F;01/06/2003;Lambersart;Non;4;10/01/2030'),
    exitCode: 1,
    says: ['jeunes.csv:2: date_premier_accueil: « 10/01/2030 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)'],
  },
  {
    name: 'a contact dated 2031',
    ml: true,
    files: events('J1;12/01/2031;Entretien individuel;;;'),
    exitCode: 1,
    says: ['evenements.csv:2: date: « 12/01/2031 » : date impossible dans les données de 2023'],
  },
  {
    name: 'an aid decided in 2029',
    ml: true,
    files: aids('ML;J1;FAJ;15/03/2029;100;Accordée'),
    exitCode: 1,
    says: ['aides.csv:2: date: « 15/03/2029 » : date impossible dans les données de 2023'],
  },
  {
    name: 'a PLIE entry in 2029',
    files: entry('10/03/2029'),
    exitCode: 1,
    says: ['participants.csv:3: date_entree: « 10/03/2029 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)'],
  },
  {
    name: 'a step starting in 2027',
    files: { 'etapes.csv': csv(STEPS, 'P1;Prestation;;01/03/2027;;;;;;;') },
    exitCode: 1,
    says: ['etapes.csv:2: date_debut: « 01/03/2027 » : date impossible dans les données de 2023'],
  },
  {
    name: 'a job fair dated 2030',
    files: { 'contenu/manifestations.csv': csv(EVENTS, '16/03/2030;Forum;Forum de l’emploi;Lambersart;10;100') },
    exitCode: 1,
    says: ['contenu/manifestations.csv:2: date: « 16/03/2030 » : date impossible dans les données de 2023'],
  },
  {
    name: 'clause hours of a month in 2031',
    files: { 'clauses.csv': csv(CLAUSES, 'OP-1;Oui;CS-1;Lambersart;Entreprise A;01/03/2031;35') },
    exitCode: 1,
    says: ['clauses.csv:2: date: « 01/03/2031 » : date impossible dans les données de 2023'],
  },
  {
    name: 'a previous year’s entry after the end of the year following it',
    history: { '2022': { 'participants.csv': csv(PARTICIPANTS, P1.replace('01/02/2022', '01/02/2024')), 'etapes.csv': csv(STEPS) } },
    exitCode: 0,
    says: [
      '2022/participants.csv:2: date_entree: « 01/02/2024 » : date impossible dans les données de 2022 (au plus tard le 31/12/2023 : date mal saisie ?)',
      "1 erreur dans 2022 (listée avec les avertissements des années précédentes) : les évolutions s'arrêtent à 2023.",
    ],
  },
  {
    name: 'a step ending in 2026 (planned, valid)',
    files: { 'etapes.csv': csv(STEPS, 'P1;Formation;;01/03/2023;30/06/2026;;;;;;') },
    exitCode: 0,
    says: [],
    neverSays: ['date impossible'],
  },
  { name: 'an entry in 2024 in a 2023 export taken late (valid)', files: entry('15/02/2024'), exitCode: 0, says: [], neverSays: ['date impossible'] },
  {
    name: 'a participant 80 years old at entry, in a PLIE that receives them (valid)',
    files: participants(p2({ date_naissance: '01/01/1943' })),
    config: '{ "plie": { "entryAges": { "min": 18, "max": 85 } } }',
    exitCode: 0,
    says: [],
  },
  {
    name: 'a participant 17 years old at entry, under a configured minimum of 18',
    files: participants(p2({ date_naissance: '01/01/2006' })),
    config: '{ "plie": { "entryAges": { "min": 18, "max": 85 } } }',
    exitCode: 1,
    says: [
      'participants.csv:3: date_naissance: participant de 17 ans à l’entrée dans le PLIE (18 à 85 ans possibles : réglage plie.entryAges de la configuration) : date de naissance ou d’entrée erronée ?',
    ],
  },
  {
    name: 'a young person 79 years old at first reception',
    ml: true,
    files: jeunes('J1;F;01/06/1943;Lambersart;Non;4;10/01/2023'),
    exitCode: 1,
    says: [
      'jeunes.csv:2: date_naissance: jeune de 79 ans au premier accueil (14 à 30 ans possibles : réglage ml.firstReceptionAges de la configuration) : date de naissance ou de premier accueil erronée ?',
    ],
  },
  {
    name: 'a PLIE participant 9 years old at entry',
    files: participants(p2({ date_naissance: '15/07/2013' })),
    exitCode: 1,
    says: [
      'participants.csv:3: date_naissance: participant de 9 ans à l’entrée dans le PLIE (16 à 75 ans possibles : réglage plie.entryAges de la configuration) : date de naissance ou d’entrée erronée ?',
    ],
  },

  // Identifiers: compared without case or spaces
  {
    name: 'one participant written P1 and p 1',
    files: participants(p2({ identifiant: 'p 1' })),
    exitCode: 1,
    says: [
      'participants.csv:3: identifiant: identifiant « p 1 » : même identifiant que « P1 » ligne 2, écrit autrement (la casse et les espaces ne distinguent pas deux personnes)',
    ],
  },
  {
    name: 'one young person written j-1 and J - 1',
    ml: true,
    files: {
      ...jeunes('j-1;F;01/06/2003;Lambersart;Non;4;10/01/2023', 'J - 1;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
      ...events('J-1;12/01/2023;Entretien individuel;;;'),
      ...aids('ML;J-1;FAJ;15/03/2023;100;Accordée'),
    },
    exitCode: 1,
    says: ['jeunes.csv:3: identifiant: identifiant « J - 1 » : même identifiant que « j-1 » ligne 2, écrit autrement'],
    neverSays: ['jeune inconnu'],
  },
  {
    name: 'an exact duplicate young person',
    ml: true,
    files: jeunes('J1;F;01/06/2003;Lambersart;Non;4;10/01/2023', 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
    exitCode: 1,
    says: ['jeunes.csv:3: identifiant: identifiant « J1 » en double (déjà ligne 2)'],
  },
  {
    name: 'steps and events written in another case (valid, one person)',
    ml: true,
    files: {
      'etapes.csv': csv(STEPS, 'p1;Prestation;;01/03/2023;;;;;;;', ' P 1 ;Formation;;01/04/2023;;;;;;;'),
      ...events('j1;12/01/2023;Entretien individuel;;;', 'J 1;13/01/2023;Téléphone;;;'),
    },
    exitCode: 0,
    says: [],
    neverSays: ['inconnu'],
  },
  {
    name: 'the step of a rejected participant written in another case',
    files: { ...participants('P3;H;15/07/1975;Lompret;Non;31/02/2023;;;;;4;Non;Oui;Non;ALPES'), 'etapes.csv': csv(STEPS, 'p3;Prestation;;01/03/2023;;;;;;;') },
    exitCode: 1,
    says: ["participants.csv:3: date_entree: « 31/02/2023 » n'est pas une date valide"],
    neverSays: ['participant inconnu'],
  },
  // Near-duplicate identifiers (leading zeros or dashes lost by a spreadsheet): one person counted twice?
  {
    name: 'one participant written PL-002364 and PL2364 (a dash and leading zeros lost)',
    files: participants(p2({ identifiant: 'PL-002364' }), p2({ identifiant: 'PL2364' })),
    exitCode: 0,
    says: [
      'participants.csv:4: identifiant: identifiant « PL2364 » : même personne que « PL-002364 » ligne 3 ? identifiants presque identiques (zéros de tête ou tirets perdus, par Excel ?)',
    ],
  },
  {
    name: 'one participant written pl-002364 and PL-2364, under --strict',
    files: participants(p2({ identifiant: 'pl-002364' }), p2({ identifiant: 'PL-2364' })),
    args: ['--strict'],
    exitCode: 1,
    says: ['participants.csv:4: identifiant: identifiant « PL-2364 » : même personne que « pl-002364 » ligne 3 ? identifiants presque identiques'],
    saysOnce: ['même personne que'],
  },
  {
    name: 'one young person written ML-001006 and ML-1006',
    ml: true,
    files: jeunes(
      'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023',
      'ML-001006;F;01/06/2003;Lambersart;Non;4;10/01/2023',
      'ML-1006;F;01/06/2003;Lambersart;Non;4;10/01/2023',
    ),
    exitCode: 0,
    says: ['jeunes.csv:4: identifiant: identifiant « ML-1006 » : même personne que « ML-001006 » ligne 3 ?'],
  },
  {
    name: 'identifiers that differ by a digit, not by zeros (valid, two people)',
    files: participants(p2({ identifiant: 'PL-002364' }), p2({ identifiant: 'PL-002365' }), p2({ identifiant: 'PL-0023640' })),
    exitCode: 0,
    says: [],
    neverSays: ['même personne'],
  },
  {
    name: 'an event of ML-1006 for the young person ML-001006',
    ml: true,
    files: {
      ...jeunes('J1;F;01/06/2003;Lambersart;Non;4;10/01/2023', 'ML-001006;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
      ...events('J1;12/01/2023;Entretien individuel;;;', 'ML-1006;13/01/2023;Entretien individuel;;;'),
    },
    exitCode: 1,
    says: ['evenements.csv:3: identifiant_jeune: jeune inconnu « ML-1006 » (absent de jeunes.csv) : « ML-001006 » (ligne 3 de jeunes.csv) ?'],
  },
  {
    name: 'a step of P01 for the participant P1',
    files: { 'etapes.csv': csv(STEPS, S1, 'P01;Prestation;;01/03/2023;;;;;;;') },
    exitCode: 1,
    says: [
      "etapes.csv:3: identifiant_participant: étape d'un participant inconnu « P01 » (absent de participants.csv) : « P1 » (ligne 2 de participants.csv) ?",
    ],
  },
  {
    name: 'an event whose identifier is near two young people: neither is proposed',
    ml: true,
    files: {
      ...jeunes(
        'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023',
        'ML-01;F;01/06/2003;Lambersart;Non;4;10/01/2023',
        'ML1;F;01/06/2003;Lambersart;Non;4;10/01/2023',
      ),
      ...events('J1;12/01/2023;Entretien individuel;;;', 'ML-001;13/01/2023;Entretien individuel;;;'),
    },
    exitCode: 1,
    says: ['evenements.csv:3: identifiant_jeune: jeune inconnu « ML-001 » (absent de jeunes.csv)'],
    neverSays: ['(ligne 3 de jeunes.csv)', '(ligne 4 de jeunes.csv)'],
  },

  // Shifted rows: a separator in a name, or a cell missing; their values (names) are never quoted
  {
    name: 'a first name holding an unquoted semicolon: the row is shifted and not read',
    files: { 'participants.csv': csv(NAMED, named(P1, 'Durand', 'Anne'), named(P2, 'Dupont', 'Jean;Hervé')) },
    exitCode: 1,
    says: [
      'participants.csv:3: 18 cellules au lieu de 17 : cellules décalées, ligne non lue (un point-virgule dans une cellule non entourée de guillemets ?)',
      'Erreur : 1 erreur dans les données',
    ],
    neverSays: ['Hervé', 'sexe:', 'valeur obligatoire'],
  },
  {
    name: 'a first name holding an unquoted comma, in a comma file',
    files: {
      'participants.csv': csv(
        NAMED.replaceAll(';', ','),
        named(P1, 'Durand', 'Anne').replaceAll(';', ','),
        `${named(P2, 'Dupont', 'Jean').replaceAll(';', ',').replace('Jean', 'Jean,Hervé')}`,
      ),
    },
    exitCode: 1,
    says: ['participants.csv:3: 18 cellules au lieu de 17 : cellules décalées, ligne non lue (une virgule dans une cellule non entourée de guillemets ?)'],
    neverSays: ['Hervé'],
  },
  {
    name: 'a row missing its name cell: the shifted values are not quoted',
    files: { 'participants.csv': csv(NAMED, named(P1, 'Durand', 'Anne'), named(P2, 'Dupont', 'Hervé').replace('Dupont;', '')) },
    exitCode: 1,
    says: [
      'participants.csv:3: 16 cellules au lieu de 17 : les dernières colonnes sont lues vides',
      'participants.csv:3: ligne rejetée : 16 cellules au lieu de 17, en erreur dans les colonnes « sexe », « date_naissance »',
      '(valeurs non citées : une cellule manquante décale les suivantes)',
    ],
    neverSays: ['« 15/07/1975 »', '« Lompret »', 'participants.csv:3: sexe:'],
  },
  // Spreadsheet total rows at the bottom of an export
  {
    name: 'a total row at the bottom of the participants (Total;;…;2)',
    files: participants(P2, 'Total;;;;;;;;;;;;;;2'),
    exitCode: 1,
    says: ['participants.csv:4: ligne de total (ajoutée par un tableur ?) : supprimez-la de l’export', 'Erreur : 1 erreur dans les données'],
    neverSays: ['valeur obligatoire manquante'],
  },
  {
    name: 'a TOTAL row alone in its first cell',
    files: participants(P2, 'TOTAL'),
    exitCode: 1,
    says: ['participants.csv:4: ligne de total (ajoutée par un tableur ?)'],
    neverSays: ['valeur obligatoire manquante'],
  },
  {
    name: 'a « Total général » row after an empty first cell, in the steps',
    files: { 'etapes.csv': csv(STEPS, S1, ';Total général;;;;;;;;35;') },
    exitCode: 1,
    says: ['etapes.csv:3: ligne de total (ajoutée par un tableur ?) : supprimez-la de l’export'],
    neverSays: ['valeur obligatoire manquante', 'inconnu'],
  },
  {
    name: 'a Somme row under the events',
    ml: true,
    files: events('J1;12/01/2023;Entretien individuel;;;', 'Somme;;;;;'),
    exitCode: 1,
    says: ['evenements.csv:3: ligne de total (ajoutée par un tableur ?)'],
    neverSays: ['valeur obligatoire manquante', 'jeune inconnu'],
  },
  {
    name: 'a participant whose row says Total in another cell is no total row',
    files: participants(p2({ identifiant: 'P3', sexe: 'Total' })),
    exitCode: 1,
    says: ["participants.csv:3: sexe: « Total » n'est pas une valeur admise"],
    neverSays: ['ligne de total'],
  },

  // Communes outside the territory spelled like one of it: said with the one they resemble.
  {
    name: 'a commune with a typo (La Madelaine)',
    files: participants(p2({ commune: 'La Madelaine' })),
    exitCode: 0,
    says: [
      'participants.csv: commune: « La Madelaine » (ligne 3) n’est pas une commune du territoire mais ressemble à « La Madeleine » : si c’est elle, ajoutez « La Madelaine » à ses alias',
    ],
  },
  {
    name: 'a commune with its postcode (Lambersart (59130), valid: read as Lambersart)',
    files: participants(p2({ commune: 'Lambersart (59130)' })),
    exitCode: 0,
    says: [],
    neverSays: ['hors territoire'],
  },
  {
    name: 'communes written as the postcode of one commune of the territory (valid: read as it)',
    files: participants(p2({ commune: '59130' }), p2({ identifiant: 'P3', commune: '59700' })),
    args: ['--strict'],
    exitCode: 0,
    says: [],
    neverSays: ['hors territoire', 'cinq chiffres'],
  },
  {
    name: 'a postcode two communes of the territory share, under --strict',
    files: participants(p2({ commune: '59840' }), p2({ identifiant: 'P3', commune: '59840' })),
    args: ['--strict'],
    exitCode: 1,
    says: [
      'participants.csv: commune: « 59840 » (lignes 3, 4) est le code postal de plusieurs communes (Lompret, Pérenchies, Prémesques) : compté hors territoire plutôt que deviné',
    ],
  },
  {
    name: 'five-digit codes of no commune',
    files: participants(p2({ commune: '99999' })),
    exitCode: 0,
    says: [
      'participants.csv: commune: 1 code à cinq chiffres qui n’est ni le code INSEE ni le code postal d’aucune commune, compté hors territoire : « 99999 » (ligne 3)',
    ],
  },
  {
    name: 'a young person’s commune as a spaced INSEE code, under --strict',
    ml: true,
    files: { 'jeunes.csv': csv(ML_HEADERS['jeunes.csv'], 'J1;F;01/06/2003;59 378;Non;4;10/01/2023') },
    args: ['--strict'],
    exitCode: 1,
    says: ['jeunes.csv: commune: « 59 378 » (ligne 2) n’est pas une commune du territoire mais ressemble à « Marcq-en-Barœul »'],
  },
  {
    name: 'a commune outside the territory, like none of it (valid, counted apart)',
    files: participants(p2({ commune: 'Roubaix' })),
    exitCode: 0,
    says: ['1 participant résidant hors du territoire (Roubaix)'],
    neverSays: ['ressemble à'],
  },
  {
    name: 'the same unknown value on several rows, said once with its lines',
    files: participants(p2({ sexe: 'Madame' }), p2({ identifiant: 'P3', sexe: 'Madame' }), p2({ identifiant: 'P4', sexe: 'Madame' })),
    exitCode: 1,
    says: ["participants.csv:3, 4, 5: sexe: « Madame » n'est pas une valeur admise (F, H)"],
  },
];
