import type { BadInput } from '../bad-input.js';
import { csv, ML_HEADERS, P1, P2, p2, PARTICIPANTS, participants, STEPS, S1 } from '../inputs.js';

/** The participants' header with some headers renamed, by column name. */
const header = (renamed: Record<string, string>, separator = ';') =>
  PARTICIPANTS.split(';')
    .map((column) => renamed[column] ?? column)
    .join(separator);
/** Excel's « Texte Unicode »: UTF-16 little-endian with its byte-order mark. */
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const tabbed = (line: string) => line.replaceAll(';', '\t');
/** Participants P3, P4… with P2's cells: enough rows to push a line past the first kilobytes. */
const more = (count: number) => Array.from({ length: count }, (_, i) => p2({ identifiant: `P${i + 3}` }));
const LONG_LINE = 17 * 2 ** 20;

export const HEADER_CASES: BadInput[] = [
  // Headers as other exports write them
  {
    name: 'headers « Type de sortie » and « Commune de résidence » (valid)',
    files: { 'participants.csv': csv(header({ categorie_sortie: 'Type de sortie', commune: 'Commune de résidence' }), P1, P2) },
    exitCode: 0,
    says: [],
    neverSays: ['sans catégorie de sortie', 'absente'],
  },
  {
    name: 'headers in capitals, with stop words and apostrophes (valid)',
    files: {
      'participants.csv': csv(
        header({
          date_entree: 'DATE D’ENTRÉE DANS LE PLIE',
          date_sortie: 'Date de la sortie',
          niveau_qualification: 'Niveau de formation',
          date_naissance: 'Né le',
        }),
        P1,
        P2,
      ),
    },
    exitCode: 0,
    says: [],
  },
  {
    name: 'headers in another order (valid)',
    files: {
      'participants.csv': csv([...PARTICIPANTS.split(';')].reverse().join(';'), [...P1.split(';')].reverse().join(';'), [...P2.split(';')].reverse().join(';')),
    },
    exitCode: 0,
    says: [],
  },
  {
    name: 'an exit-category header that is not recognised, with exited participants',
    files: { 'participants.csv': csv(header({ categorie_sortie: 'Catégorie de sortei' }), P1, P2, p2({ identifiant: 'P3' })) },
    exitCode: 1,
    says: [
      'participants.csv:1: colonne obligatoire « categorie_sortie » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés ; en-tête proche : « Catégorie de sortei ») ; en-têtes acceptés : categorie_sortie, type_sortie, categorie_de_sortie, nature_sortie ; en-têtes du fichier : « identifiant », ',
    ],
    saysOnce: ['« categorie_sortie » absente'],
    neverSays: ['participants.csv:3: categorie_sortie', 'participants.csv:4:', 'lues vides'],
  },

  // Optional cells, required headers: a headline figure is computed from the column
  {
    name: 'exit headers not recognised (« Date de clôture », « Issue du parcours », « Raison »), no exit counted',
    files: { 'participants.csv': csv(header({ date_sortie: 'Date de clôture', categorie_sortie: 'Issue du parcours', motif_sortie: 'Raison' }), P1, P2) },
    exitCode: 1,
    says: [
      'participants.csv:1: colonne obligatoire « date_sortie » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés) ; en-têtes acceptés : date_sortie, date_de_sortie, sortie, date_sortie_plie, date_fin_parcours ; en-têtes du fichier : « identifiant », « sexe », « date_naissance », « commune », « qpv », « date_entree », « Date de clôture », « Issue du parcours », « Raison », ',
      'participants.csv:1: colonne obligatoire « categorie_sortie » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés) ; en-têtes acceptés : categorie_sortie, ',
    ],
    saysOnce: ['« date_sortie » absente', '« categorie_sortie » absente'],
    neverSays: ['lues vides', 'participants.csv:2', 'participants.csv:3'],
  },
  {
    name: 'the exit date header misspelt: its nearest header named',
    files: { 'participants.csv': csv(header({ date_sortie: 'Date de sortei' }), P1, P2) },
    exitCode: 1,
    says: [
      'participants.csv:1: colonne obligatoire « date_sortie » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés ; en-tête proche : « Date de sortei ») ; ',
    ],
    saysOnce: ['« date_sortie » absente'],
  },
  {
    name: 'the entry date header with more words (« Date d’entrée du parcours »): named as the nearest header',
    files: { 'participants.csv': csv(header({ date_entree: 'Date d’entrée du parcours' }), P1, P2) },
    exitCode: 1,
    says: [
      'participants.csv:1: colonne obligatoire « date_entree » absente (en-tête proche : « Date d’entrée du parcours ») ; en-têtes acceptés : date_entree',
    ],
    saysOnce: ['« date_entree » absente'],
  },
  {
    name: 'exit columns present and all empty: no exit this year (valid)',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, p2({ date_sortie: '', categorie_sortie: '', secteur_sortie: '' })) },
    exitCode: 0,
    says: [],
    neverSays: ['absente'],
  },
  {
    name: 'a steps export whose end date header is not recognised (« Date de clôture »): every step would run on',
    files: { 'etapes.csv': csv(STEPS.replace('date_fin', 'Date de clôture'), S1) },
    exitCode: 1,
    says: [
      'etapes.csv:1: colonne obligatoire « date_fin » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés) ; en-têtes acceptés : date_fin, date_de_fin, fin, date_fin_etape, date_fin_prevue ; en-têtes du fichier : ',
    ],
  },
  {
    name: 'exit headers not recognised, named in the configuration’s columnAliases (valid)',
    files: {
      'participants.csv': csv(header({ date_sortie: 'Date de fin de parcours', categorie_sortie: 'Issue du parcours', motif_sortie: 'Raison' }), P1, P2),
    },
    config:
      '{ "columnAliases": { "participants.csv": { "date_sortie": ["Date de fin de parcours"], "categorie_sortie": ["Issue du parcours"], "motif_sortie": ["Raison"] } } }',
    exitCode: 0,
    says: [],
    neverSays: ['absente'],
    // P2's exit counted: 1, not 0.
    output: { file: 'indicators-2023.json', contains: ['"plie.exits": {\n    "value": 1,'] },
  },
  {
    name: 'a situations export without its end date header (« Date de fin de contrat » is not one of its names)',
    ml: true,
    files: { 'situations.csv': csv('programme;identifiant_personne;type;sous_type;date_debut;Date de fin de contrat', 'ML;J1;Emploi;CDD;01/02/2023;') },
    exitCode: 1,
    says: [
      'situations.csv:1: colonne obligatoire « date_fin » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés ; en-tête proche : « Date de fin de contrat ») ; en-têtes acceptés : date_fin, fin ; en-têtes du fichier : ',
    ],
  },
  {
    name: 'a Mission Locale dispositifs export without its exit date header',
    ml: true,
    files: { 'dispositifs.csv': csv('identifiant_jeune;dispositif;date_entree;Fin du dispositif le', 'J1;CEJ;01/02/2023;') },
    exitCode: 1,
    says: [
      'dispositifs.csv:1: colonne obligatoire « date_sortie » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés)',
    ],
  },
  {
    name: 'a Mission Locale aids export whose amount header is not recognised (« Somme versée »)',
    ml: true,
    files: { 'aides.csv': csv('programme;identifiant_beneficiaire;fonds;date;Somme versée;decision', 'ML;J1;FAJ;15/03/2023;100;Refusée') },
    exitCode: 1,
    says: [
      'aides.csv:1: colonne obligatoire « montant » absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés) ; en-têtes acceptés : montant, montant_eur, montant_verse ; en-têtes du fichier : ',
    ],
  },
  {
    name: 'an optional column no headline figure needs, absent (RSA): read empty, with a warning (valid)',
    files: { 'participants.csv': csv(PARTICIPANTS.replace(';rsa;', ';'), P1.replace(';3;Oui;', ';3;'), P2.replace(';4;Non;', ';4;')) },
    exitCode: 0,
    says: ['participants.csv:1: colonne absente, lue vide : rsa'],
  },
  {
    name: 'a required header misspelt',
    files: { 'participants.csv': csv(header({ date_entree: 'Date dentrée' }), P1, P2) },
    exitCode: 1,
    says: [
      'participants.csv:1: colonne obligatoire « date_entree » absente (en-tête proche : « Date dentrée ») ; en-têtes acceptés : date_entree, date_d_entree, date_entree_plie, date_integration, entree ; en-têtes du fichier : « identifiant », « sexe », ',
    ],
    saysOnce: ['colonne obligatoire « date_entree » absente'],
    neverSays: ['participants.csv:2', 'participants.csv:3'],
  },
  {
    name: 'two headers that could both be the commune',
    files: { 'participants.csv': csv(`${header({ commune: 'Commune de résidence' })};Ville`, `${P1};Lille`, `${P2};Lille`) },
    exitCode: 1,
    says: [
      'participants.csv:1: deux en-têtes peuvent être la colonne « commune » : « Commune de résidence » (colonne 4) et « Ville » (colonne 16) ; gardez-en un, ou nommez le bon dans columnAliases (configuration)',
    ],
  },
  {
    name: 'two headers for the commune, the right one named in the configuration (valid)',
    files: { 'participants.csv': csv(`${header({ commune: 'Commune de résidence' })};Ville`, `${P1};Paris`, `${P2};Paris`) },
    config: '{ "columnAliases": { "participants.csv": { "commune": ["Commune de résidence"] } } }',
    exitCode: 0,
    says: [],
    neverSays: ['hors territoire'],
  },
  {
    name: 'a steps export carrying the step’s own identifiant beside identifiant_participant (valid)',
    files: { 'etapes.csv': csv(`identifiant;${STEPS}`, `E1;${S1}`) },
    exitCode: 0,
    says: [],
  },
  {
    name: '« Identifiant » beside « Identifiant participant » in a steps export: the column’s own name wins (valid)',
    files: { 'etapes.csv': csv(`Identifiant;${STEPS.replace('identifiant_participant', 'Identifiant participant')}`, `E1;${S1}`) },
    exitCode: 0,
    says: [],
    neverSays: ['deux en-têtes', 'P1 absent', 'E1'],
  },
  {
    name: '« Commune » beside « Code INSEE »: the column’s own name wins (valid)',
    files: { 'participants.csv': csv(`${header({ commune: 'Commune' })};Code INSEE`, `${P1};75056`, `${P2};75056`) },
    exitCode: 0,
    says: [],
    neverSays: ['deux en-têtes', 'hors territoire'],
  },
  {
    name: 'one header that configured aliases give to two columns',
    files: { 'participants.csv': csv(header({ date_entree: 'Début', date_sortie: 'Date' }), P1, P2) },
    config: '{ "columnAliases": { "participants.csv": { "date_sortie": ["Date"], "date_entree": ["Date"] } } }',
    // The configuration's own check says it before any file is read.
    exitCode: 2,
    says: [
      'config.json: columnAliases.participants.csv.date_entree[0]: l’en-tête « Date » désigne déjà la colonne date_sortie : les deux colonnes seraient confondues (columnAliases.participants.csv.date_sortie ; casse, accents, ponctuation et petits mots ignorés)',
    ],
  },
  {
    name: 'a configured alias that is another column’s name once folded (« Date de sortie » for date_entree)',
    files: { 'participants.csv': csv(header({ date_sortie: 'Date de sortie' }), P1, P2) },
    config: '{ "columnAliases": { "participants.csv": { "date_entree": ["Date de sortie"] } } }',
    exitCode: 2,
    says: [
      'config.json: columnAliases.participants.csv.date_entree[0]: l’en-tête « Date de sortie » désigne déjà la colonne date_sortie : les deux colonnes seraient confondues (son nom ; casse, accents, ponctuation et petits mots ignorés)',
    ],
  },
  {
    name: 'a configured alias that is another column’s built-in alias (« Type de sortie » for motif_sortie)',
    config: '{ "columnAliases": { "participants.csv": { "motif_sortie": ["Type de sortie"] } } }',
    exitCode: 2,
    says: [
      'config.json: columnAliases.participants.csv.motif_sortie[0]: l’en-tête « Type de sortie » désigne déjà la colonne categorie_sortie : les deux colonnes seraient confondues (son en-tête reconnu « type_sortie » ; ',
    ],
  },
  {
    name: 'a configured alias repeating its own column’s name or built-in alias (valid)',
    files: { 'participants.csv': csv(header({ date_sortie: 'Date de sortie' }), P1, P2) },
    config: '{ "columnAliases": { "participants.csv": { "date_sortie": ["Date de sortie", "SORTIE"] } } }',
    exitCode: 0,
    says: [],
  },
  {
    name: 'the same header twice, in a column the report does not read (valid)',
    files: { 'participants.csv': csv(`${PARTICIPANTS};Commentaire;commentaire`, `${P1};a;b`, `${P2};c;d`) },
    exitCode: 0,
    says: [],
  },
  {
    name: 'the same header twice once stop words are folded',
    files: { 'participants.csv': csv(`${PARTICIPANTS};Date de sortie`, `${P1};`, `${P2};15/06/2023`) },
    exitCode: 1,
    says: ['participants.csv:1: date_sortie: en-tête en double (colonnes 7 et 16)'],
  },
  {
    name: 'a header that is only spaces, and a trailing separator on every line (valid)',
    files: {
      'participants.csv': csv(`${PARTICIPANTS.replace(';qpv;', ';qpv;   ;')};`, `${P1.replace(';Non;', ';Non;x;')};`, `${P2.replace(';Non;', ';Non;;')};`),
      'etapes.csv': csv(`${STEPS};`, `${S1};`),
    },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a quoted header row (valid)',
    files: {
      'participants.csv': csv(
        PARTICIPANTS.split(';')
          .map((h) => `"${h}"`)
          .join(';'),
        P1,
        P2,
      ),
    },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a header written over two lines in a quoted cell, as Excel allows (read, lines numbered as written)',
    files: {
      'participants.csv': csv(
        header({ date_sortie: '"Date de\r\nsortie"', categorie_sortie: '"Type\nde sortie"' }),
        P1,
        P2,
        p2({ identifiant: 'P3', sexe: 'X' }),
      ),
    },
    exitCode: 1,
    // The rows are numbered as a text editor shows them: the header takes lines 1 to 3.
    says: ["participants.csv:6: sexe: « X » n'est pas une valeur admise (F, H)"],
    neverSays: ['absente'],
  },
  {
    name: 'a semicolon file whose header holds commas in a quoted cell (valid)',
    files: { 'participants.csv': csv(`"Nom, prénom, âge";${PARTICIPANTS}`, `"Martin, Léa, 43";${P1}`, `"Dubois, Marc, 48";${P2}`) },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a title line above the header row',
    files: { 'participants.csv': csv('Export des participants PLIE du 12/01/2024;;', '', PARTICIPANTS, P1, P2) },
    exitCode: 0,
    says: ['participants.csv:1: ligne 1 ignorée : la ligne d’en-têtes est la ligne 3 (titre d’export au-dessus ?)'],
  },
  {
    name: 'a title line above the header row, under --strict',
    files: { 'participants.csv': csv('Export des participants PLIE', PARTICIPANTS, P1, P2) },
    args: ['--strict'],
    exitCode: 1,
    says: ['participants.csv:1: ligne 1 ignorée : la ligne d’en-têtes est la ligne 2'],
  },
  {
    name: 'a header row repeated below (two exports put end to end)',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, PARTICIPANTS, P2) },
    exitCode: 1,
    says: ['participants.csv:3: la ligne d’en-têtes est répétée ici : deux exports mis bout à bout ?'],
    neverSays: ['participants.csv:3: sexe'],
  },
  {
    name: 'a byte-order mark in the middle of a file',
    files: { 'participants.csv': Buffer.concat([Buffer.from(csv(PARTICIPANTS, P1)), Buffer.from(`\uFEFF${csv(P2)}`)]) },
    exitCode: 1,
    says: ['participants.csv:3: identifiant: marque d’ordre des octets (BOM, U+FEFF) dans la cellule : deux fichiers mis bout à bout ?'],
  },
  {
    name: 'a byte-order mark written twice at the start (valid)',
    files: { 'participants.csv': `\uFEFF\uFEFF${csv(PARTICIPANTS, P1, P2)}` },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a file of a byte-order mark and a header only',
    files: { 'etapes.csv': `\uFEFF${csv(STEPS)}` },
    exitCode: 0,
    says: ['etapes.csv:1: aucune ligne de données sous l’en-tête'],
  },
  {
    name: 'a file of a byte-order mark only',
    files: { 'etapes.csv': '\uFEFF' },
    exitCode: 1,
    says: ['etapes.csv: le fichier est vide (aucune ligne d’en-tête)'],
  },
  {
    name: 'lines ended by a lone CR (valid)',
    files: { 'participants.csv': `${[PARTICIPANTS, P1, P2].join('\r')}\r`, 'etapes.csv': `${STEPS}\r${S1}` },
    exitCode: 0,
    says: [],
  },

  // Separators
  {
    name: 'Excel « Texte Unicode »: UTF-16 with TABs, quoted cells and CRLF (valid)',
    files: {
      'participants.csv': utf16(
        csv(
          tabbed(header({ commune: 'Commune de résidence', categorie_sortie: 'Type de sortie' })),
          tabbed(P1),
          tabbed(p2({ structure_referente: '"Association ""Le Phare""; Lille"' })),
        ),
      ),
      'etapes.csv': utf16(csv(tabbed(STEPS), tabbed(S1.replace(';;;;;;;', ';;;;;"Atelier\r\nCV";;;')))),
    },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a Mission Locale export in « Texte Unicode » with its own headers (valid)',
    ml: true,
    files: {
      'jeunes.csv': utf16(
        csv(
          tabbed('N° jeune;Sexe;Date de naissance;Commune de résidence;Résident QPV;Niveau d’études;Date de 1er accueil'),
          tabbed('J1;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
        ),
      ),
    },
    exitCode: 0,
    // Every column named but the optional rqth is found.
    says: ['jeunes.csv:1: colonne absente, lue vide : rqth\n'],
    neverSays: ['colonne obligatoire', 'hors territoire'],
  },
  {
    name: 'a « Texte Unicode » export with a title line above its headers',
    files: { 'participants.csv': utf16(csv('Liste des participants au 31/12/2023', '', tabbed(PARTICIPANTS), tabbed(P1), tabbed(P2))) },
    exitCode: 0,
    says: ['participants.csv:1: ligne 1 ignorée : la ligne d’en-têtes est la ligne 3 (titre d’export au-dessus ?)'],
  },
  {
    name: 'UTF-16 without its byte-order mark (valid)',
    files: { 'participants.csv': Buffer.from(csv(tabbed(PARTICIPANTS), tabbed(P1), tabbed(P2)), 'utf16le') },
    exitCode: 0,
    says: [],
  },
  {
    name: 'Excel’s « sep=, » line above a comma-separated file (valid)',
    files: {
      'participants.csv': csv(
        'sep=,',
        PARTICIPANTS.replaceAll(';', ','),
        P1.replaceAll(';', ','),
        p2({ secteur_sortie: '"Commerce, vente"' }).replaceAll(';', ','),
      ),
    },
    exitCode: 0,
    says: [],
    neverSays: ['ignorée'],
  },
  {
    name: 'a « sep= » line declaring a separator that is not read',
    files: { 'participants.csv': csv('sep=|', PARTICIPANTS.replaceAll(';', '|'), P1.replaceAll(';', '|')) },
    exitCode: 1,
    says: ['participants.csv:1: séparateur « | » déclaré par la ligne « sep= » : non pris en charge (point-virgule, virgule, tabulation)'],
  },
  {
    name: 'a TAB-separated file in UTF-8 (valid)',
    files: { 'participants.csv': csv(tabbed(PARTICIPANTS), tabbed(P1), tabbed(P2)) },
    exitCode: 0,
    says: [],
  },
  {
    name: 'a file separated by vertical bars',
    files: { 'participants.csv': csv(PARTICIPANTS.replaceAll(';', '|'), P1.replaceAll(';', '|'), P2.replaceAll(';', '|')) },
    exitCode: 1,
    says: [
      'participants.csv:1: une seule colonne lue dans la ligne d’en-têtes (« identifiant|sexe|date_naissance|commune|qpv|date_entree|d… ») : aucun séparateur reconnu (essayés : point-virgule, virgule, tabulation) ; ce fichier semble séparé par « | »',
    ],
    saysOnce: ['aucun séparateur reconnu'],
    neverSays: ['colonne obligatoire'],
  },

  // A line that never ends
  {
    name: 'a 17 MB line without a line break',
    files: { 'participants.csv': `${csv(PARTICIPANTS, P1)}${'P2;H;15/07/1975;Lompret'.padEnd(LONG_LINE, ' données ')}` },
    exitCode: 1,
    says: [
      'participants.csv:3: fichier CSV illisible : ligne de plus de 16\u202fMo sans retour à la ligne : ce n’est pas un export CSV, ou ses retours à la ligne ont été perdus',
    ],
    neverSays: ['guillemet'],
  },

  // Control characters
  {
    name: 'a NUL byte in a cell far in the file',
    files: { 'participants.csv': csv(PARTICIPANTS, P1, P2, ...more(150), p2({ identifiant: 'P999', commune: 'Lom\u0000pret' })) },
    exitCode: 1,
    says: ['participants.csv:154: commune: caractère de contrôle <U+0000> (caractère nul) dans la cellule : refusé'],
    neverSays: ['n’est pas un texte'],
  },
  {
    name: 'a NUL byte in a cell of the first lines',
    files: { 'etapes.csv': csv(STEPS, S1.replace('Prestation;', 'Prestation;\u0000')) },
    exitCode: 1,
    says: ['etapes.csv:2: sous_type: caractère de contrôle <U+0000> (caractère nul) dans la cellule'],
    neverSays: ['n’est pas un texte'],
  },
  {
    name: 'a terminal escape sequence in a cell',
    files: participants(p2({ sexe: 'H\u001b[2J\u001b[31m' })),
    exitCode: 1,
    says: [
      'participants.csv:3: sexe: caractère de contrôle <U+001B> (échappement, début de séquence de terminal) dans la cellule : refusé',
      'participants.csv:3: sexe: « H<U+001B>[2J<U+001B>[31m » n',
    ],
    neverSays: ['\u001b'],
  },
  {
    name: 'a terminal escape sequence in a header',
    files: { 'participants.csv': csv(header({ structure_referente: 'Structure\u001b]0;pwned\u0007' }), P1, P2) },
    exitCode: 1,
    says: ['participants.csv:1: caractère de contrôle <U+001B> (échappement, début de séquence de terminal) dans l’en-tête 15 (« Structure<U+001B>]0 »)'],
    neverSays: ['\u001b', '\u0007'],
  },
  {
    name: 'a C1 control (CSI) in a Windows-1252 cell',
    files: {
      'participants.csv': Buffer.concat([
        Buffer.from(csv(PARTICIPANTS, P1)),
        Buffer.from(`${p2({ structure_referente: 'ALPES' })}`.replace('ALPES', 'AL'), 'latin1'),
        Buffer.from([0x9d]),
        Buffer.from('PES\r\n'),
      ]),
    },
    exitCode: 1,
    says: ['participants.csv:3: structure_referente: caractère de contrôle <U+009D> dans la cellule'],
  },

  // Headers with a note in brackets, and the names other exports give
  {
    name: 'headers with a note in brackets: « Sexe (H/F) », « RSA (O/N) », « Quartier prioritaire (QPV) », « Né(e) le » (valid, RSA read)',
    files: {
      'participants.csv': csv(
        header({ sexe: 'Sexe (H/F)', rsa: 'RSA (O/N)', qpv: 'Quartier prioritaire (QPV)', date_naissance: 'Né(e) le', deld: 'DELD [O/N]' }),
        P1,
        P2,
      ),
      'etapes.csv': csv(STEPS.replace('heures', 'Durée (h)'), S1),
    },
    exitCode: 0,
    says: [],
    neverSays: ['lues vides', 'absente', 'non reconnus'],
    // P1 of the two participants of the year receives the RSA: the share is 0.5, not 0.
    output: { file: 'indicators-2023.json', contains: ['"plie.participants.rsaShare": {\n    "value": 0.5,'] },
  },
  {
    name: 'the Mission Locale’s headers with notes in brackets: « QPV (O/N) », « Montant (€) » (valid)',
    ml: true,
    files: {
      'jeunes.csv': csv(ML_HEADERS['jeunes.csv'].replace('qpv', 'QPV (O/N)').replace('sexe', 'Sexe (H/F)'), 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
      'aides.csv': csv(ML_HEADERS['aides.csv'].replace('montant', 'Montant (€)'), 'ML;J1;FAJ;15/03/2023;100;Accordée'),
    },
    exitCode: 0,
    says: [],
    neverSays: ['non reconnus', 'obligatoire', 'montant'],
  },
  {
    name: 'participants’ headers as another tool writes them: « N° dossier », « Date de sortie du PLIE », « Niveau scolaire » (valid)',
    files: {
      'participants.csv': csv(header({ identifiant: 'N° dossier', date_sortie: 'Date de sortie du PLIE', niveau_qualification: 'Niveau scolaire' }), P1, P2),
      'etapes.csv': csv(
        STEPS.replace('identifiant_participant', 'N° participant').replace('date_debut', 'Date début étape').replace('date_fin', 'Date fin prévue'),
        S1,
      ),
    },
    exitCode: 0,
    says: [],
    neverSays: ['lues vides', 'absente'],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits": {\n    "value": 1,'] },
  },
  {
    name: 'a participants’ exit date headed « Date fin de parcours » (valid, the exit counted)',
    files: { 'participants.csv': csv(header({ date_sortie: 'Date fin de parcours' }), P1, P2) },
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['"plie.exits": {\n    "value": 1,'] },
  },
  {
    name: 'the Mission Locale’s person links headed « N° jeune », « Numéro dossier », « N° dossier » and « Date du contact », « Type de contact », « Montant versé » (valid)',
    ml: true,
    files: {
      'evenements.csv': csv(
        ML_HEADERS['evenements.csv'].replace('identifiant_jeune', 'N° jeune').replace('date', 'Date du contact').replace('type', 'Type de contact'),
        'J1;12/01/2023;Entretien individuel;;;',
      ),
      'aides.csv': csv(
        ML_HEADERS['aides.csv'].replace('identifiant_beneficiaire', 'Numéro dossier').replace('montant', 'Montant versé'),
        'ML;J1;FAJ;15/03/2023;100;Accordée',
      ),
      'situations.csv': csv(ML_HEADERS['situations.csv'].replace('identifiant_personne', 'N° jeune')),
      'dispositifs.csv': csv(ML_HEADERS['dispositifs.csv'].replace('identifiant_jeune', 'N° dossier')),
      'propositions.csv': csv(ML_HEADERS['propositions.csv'].replace('identifiant_jeune', 'Numéro jeune')),
    },
    exitCode: 0,
    says: [],
    neverSays: ['non reconnus', 'obligatoire', 'montant'],
  },
  {
    name: 'a header made of a bracketed note alone is not emptied: « (H/F) » is no « sexe »',
    files: { 'participants.csv': csv(header({ sexe: '(H/F)' }), P1, P2) },
    exitCode: 1,
    says: ['participants.csv:1: colonne obligatoire « sexe » absente'],
  },
];
