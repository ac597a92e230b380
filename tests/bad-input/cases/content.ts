import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fifo, unreadable } from '../../support/fs.js';
import type { BadInput, CasePaths } from '../bad-input.js';
import { csv, latin1 } from '../inputs.js';

/** The declared content every case starts from: the editorial, required once contenu/ exists. */
const EDITORIAL = '---\ntitre: Une année de proximité\nsignataire: Camille Exemple\nfonction: Présidente\n---\nLe texte de l’éditorial.\n';
const editorial = (body = 'Le texte de l’éditorial.') => ({ 'contenu/editorial.md': EDITORIAL.replace('Le texte de l’éditorial.', body) });
const COMMUNICATION = { site: { adresse: 'www.exemple.fr', visiteurs: 10, pagesVues: 20 }, reseaux: [] as unknown[] };
const NETWORK = {
  nom: 'Facebook',
  abonnes: 1,
  nouveauxAbonnes: 1,
  audience: 1,
  audienceLibelle: 'utilisateurs atteints',
  audienceDefinition: 'personnes ayant vu la page',
};
const TERRITORY = JSON.stringify({
  population: { valeur: 1000, source: 'Insee' },
  salariesPrives: { valeur: 100, date: '2023-12-31', source: 'Urssaf' },
  demandeursEmploi: { date: '2023-12-31', abc: 10, evolutionAbc: 0.1, a: 5, evolutionA: -0.1, source: 'France Travail' },
});
const KNOWN =
  'fichiers reconnus : editorial.md, territoire.json, communication.json, creation-entreprise.json, indicateurs.json, manifestations.csv, textes/<section>.md';
const DEEP = 'imbrication de plus de 16 niveaux (citations « > » ou listes les unes dans les autres) : simplifiez la mise en forme';
const LINKED_OUT =
  'lien symbolique vers un fichier hors du dossier de l’année : le contenu déclaré n’est lu que dans ce dossier (copiez-y le fichier au lieu de le lier)';
const inContent = (paths: CasePaths, name: string) => join(paths.dir, 'contenu', name);
const fifoIn = (name: string) => async (paths: CasePaths) => {
  await mkdir(join(inContent(paths, name), '..'), { recursive: true });
  await fifo(inContent(paths, name));
};
/** A page of ordinary prose (1 Ko). */
const PAGE = `${'Une phrase de rapport, avec des mots ordinaires et des chiffres. '.repeat(16)}\n\n`;

export const CONTENT_CASES: BadInput[] = [
  // Names the report would not read: pages that would vanish
  {
    name: 'content: territoires.json for territoire.json',
    files: { ...editorial(), 'contenu/territoires.json': '{}' },
    exitCode: 1,
    says: [`contenu/territoires.json: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « territoire.json » ?) ; ${KNOWN}`],
  },
  {
    name: 'content: Communication.json with a capital',
    files: { ...editorial(), 'contenu/Communication.json': JSON.stringify(COMMUNICATION) },
    exitCode: 1,
    says: ['contenu/Communication.json: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « communication.json » ?)'],
  },
  {
    name: 'content: a text for a section that does not exist',
    files: { ...editorial(), 'contenu/textes/plie-sortie.md': 'Un paragraphe.' },
    exitCode: 1,
    says: ['contenu/textes/plie-sortie.md: aucune section « plie-sortie » : le texte ne serait pas imprimé (vouliez-vous dire « plie-sorties.md » ?)'],
  },
  {
    name: 'content: editorial.txt beside editorial.md (a draft, not read)',
    files: { ...editorial(), 'contenu/editorial.txt': 'Un brouillon.' },
    exitCode: 0,
    says: [`contenu/editorial.txt: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « editorial.md », présent à côté) ; ${KNOWN}`],
    neverSays: ['vouliez-vous dire'],
  },
  {
    name: 'content: editorial.txt beside editorial.md under --strict',
    files: { ...editorial(), 'contenu/editorial.txt': 'Un brouillon.' },
    args: ['--strict'],
    exitCode: 1,
    says: [],
    saysOnce: ['contenu/editorial.txt: non lu : fichier inconnu du rapport, laissé de côté'],
  },
  {
    name: 'content: editorial.txt without editorial.md',
    files: { 'contenu/editorial.txt': EDITORIAL },
    exitCode: 1,
    says: [
      'contenu/editorial.txt: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « editorial.md » ?)',
      'contenu/editorial.md: éditorial manquant',
    ],
  },
  {
    name: 'content: editorial.md.bak beside editorial.md (never renamed onto it)',
    files: { ...editorial(), 'contenu/editorial.md.bak': EDITORIAL },
    exitCode: 0,
    says: ['contenu/editorial.md.bak: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « editorial.md », présent à côté)'],
    neverSays: ['renommez-le'],
  },
  {
    name: 'content: a copy of the editorial made by the file manager',
    files: { ...editorial(), 'contenu/editorial (copie).md': EDITORIAL },
    exitCode: 0,
    says: [`contenu/editorial (copie).md: non lu : fichier inconnu du rapport, laissé de côté ; ${KNOWN}`],
  },
  {
    name: 'content: a folder of images',
    files: { ...editorial(), 'contenu/images/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    exitCode: 0,
    says: ['contenu/images: non lu : dossier inconnu du rapport, laissé de côté ;'],
    neverSays: ['vouliez-vous dire'],
  },
  {
    name: 'content: notes beside the files',
    files: { ...editorial(), 'contenu/notes.txt': 'À faire.', 'contenu/Notes.md': 'À faire.' },
    exitCode: 0,
    says: [
      'contenu/Notes.md: non lu : fichier inconnu du rapport, laissé de côté ;',
      'contenu/notes.txt: non lu : fichier inconnu du rapport, laissé de côté ;',
    ],
  },
  {
    name: 'content: a notes folder under --strict',
    files: { ...editorial(), 'contenu/archives/2022.md': 'x' },
    args: ['--strict'],
    exitCode: 1,
    says: [],
    saysOnce: ['contenu/archives: non lu : dossier inconnu du rapport, laissé de côté'],
  },
  {
    name: 'content: territoires.json beside territoire.json (not read)',
    files: { ...editorial(), 'contenu/territoire.json': TERRITORY, 'contenu/territoires.json': TERRITORY },
    exitCode: 0,
    says: ['contenu/territoires.json: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « territoire.json », présent à côté)'],
  },
  {
    name: 'content: a README of notes in textes/ (valid, not printed)',
    files: {
      ...editorial(),
      'contenu/textes/README.md': 'Notes pour la prochaine fois.',
      'contenu/textes/LISEZMOI.txt': 'x',
      'contenu/textes/~$sorties.docx': 'x',
    },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    neverSays: ['README', 'LISEZMOI'],
    output: { file: 'rapport-2023.html', lacks: ['Notes pour la prochaine fois.'] },
  },
  {
    name: 'content: a section text beside the others instead of in textes/',
    files: { ...editorial(), 'contenu/plie-sorties.md': 'Un paragraphe.' },
    exitCode: 1,
    says: ['contenu/plie-sorties.md: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « textes/plie-sorties.md » ?)'],
  },
  {
    name: 'content: editorial.md.txt saved by Notepad',
    files: { 'contenu/editorial.md.txt': EDITORIAL },
    exitCode: 1,
    says: [
      'contenu/editorial.md.txt: fichier inconnu : le rapport ne le lirait pas (une deuxième extension « .txt » s’est ajoutée au nom : renommez-le « editorial.md »)',
      'contenu/editorial.md: éditorial manquant',
    ],
  },
  {
    name: 'content: a section text with a second extension',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md.txt': 'Un paragraphe.' },
    exitCode: 1,
    says: [
      'contenu/textes/plie-sorties.md.txt: fichier inconnu : un texte se nomme <section>.md, en Markdown (une deuxième extension « .txt » s’est ajoutée au nom : renommez-le « plie-sorties.md »)',
    ],
  },
  {
    name: 'content: a declared figure written as text',
    files: {
      ...editorial(),
      'contenu/indicateurs.json': '{\n  "ml.seeph.participants": { "valeur": "62", "libelle": "participants", "source": "feuilles" }\n}',
    },
    exitCode: 1,
    says: [/contenu\/indicateurs\.json:2: ml\.seeph\.participants\.valeur: .*nombre attendu/],
  },
  {
    name: 'content: the events saved as a workbook',
    files: { ...editorial(), 'contenu/manifestations.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
    exitCode: 1,
    says: [
      'contenu/manifestations.xlsx: fichier inconnu : le rapport ne le lirait pas (le rapport lit « manifestations.csv » : enregistrez-le dans ce format, sous ce nom)',
    ],
  },
  {
    name: 'content: the editorial saved as a Word document, without editorial.md',
    files: { 'contenu/editorial.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
    exitCode: 1,
    says: [
      'contenu/editorial.docx: fichier inconnu : le rapport ne le lirait pas (le rapport lit « editorial.md » : enregistrez-le dans ce format, sous ce nom)',
    ],
  },
  {
    name: 'content: the Word draft beside editorial.md',
    files: { ...editorial(), 'contenu/editorial.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
    exitCode: 0,
    says: ['contenu/editorial.docx: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « editorial.md », présent à côté)'],
    neverSays: ['enregistrez-le'],
  },
  {
    name: 'content: an empty contenu folder',
    setup: async (p) => void (await mkdir(join(p.dir, 'contenu'))),
    exitCode: 1,
    says: ['contenu/editorial.md: éditorial manquant : le dossier de contenu doit contenir editorial.md'],
  },
  {
    name: 'content: a text saved as .txt in textes/',
    files: { ...editorial(), 'contenu/textes/plie-sorties.txt': 'Un paragraphe.' },
    exitCode: 1,
    says: ['contenu/textes/plie-sorties.txt: fichier inconnu : un texte se nomme <section>.md, en Markdown (vouliez-vous dire « plie-sorties.md » ?)'],
  },
  {
    name: 'content: a folder inside textes/',
    files: { ...editorial(), 'contenu/textes/anciens/plie-sorties.md': 'Un paragraphe.' },
    exitCode: 1,
    says: ['contenu/textes/anciens: dossier inattendu : textes/ ne contient qu’un fichier <section>.md par section'],
  },
  {
    name: 'content: what file managers leave beside the files (valid)',
    files: {
      ...editorial(),
      'contenu/.DS_Store': Buffer.from([0, 0, 0, 1]),
      'contenu/Thumbs.db': Buffer.from([0xd0, 0xcf]),
      'contenu/~$itorial.docx': 'x',
      'contenu/README.md': 'Notes.',
      'contenu/textes/.DS_Store': 'x',
      'contenu/editorial.md~': 'x',
    },
    exitCode: 0,
    says: [],
    neverSays: ['inconnu'],
  },

  // Something else in place of a content file
  {
    name: 'content: a folder in place of editorial.md',
    setup: async (p) => void (await mkdir(inContent(p, 'editorial.md'), { recursive: true })),
    exitCode: 1,
    says: ['contenu/editorial.md: un dossier se trouve à la place du fichier attendu'],
  },
  {
    name: 'content: a FIFO in place of territoire.json',
    files: editorial(),
    setup: fifoIn('territoire.json'),
    exitCode: 1,
    says: ['contenu/territoire.json: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'content: a FIFO in place of manifestations.csv',
    files: editorial(),
    setup: fifoIn('manifestations.csv'),
    exitCode: 1,
    says: ['contenu/manifestations.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'content: a FIFO in place of a section text',
    files: editorial(),
    setup: fifoIn('textes/plie-sorties.md'),
    exitCode: 1,
    says: ['contenu/textes/plie-sorties.md: un tube nommé (FIFO) se trouve à la place du fichier attendu'],
  },
  {
    name: 'content: a folder in place of indicateurs.json',
    files: editorial(),
    setup: (p) => mkdir(inContent(p, 'indicateurs.json')),
    exitCode: 1,
    says: ['contenu/indicateurs.json: un dossier se trouve à la place du fichier attendu'],
  },
  {
    name: 'content: a broken link in place of communication.json',
    files: editorial(),
    setup: (p) => symlink('communication-2023.json', inContent(p, 'communication.json')),
    exitCode: 1,
    says: ['contenu/communication.json: lien symbolique cassé (il pointe vers « communication-2023.json », qui n’existe pas)'],
  },
  { name: 'content: contenu is a file', files: { contenu: 'x' }, exitCode: 1, says: ['contenu: un fichier se trouve à la place du dossier attendu'] },
  {
    name: 'content: a FIFO in place of the textes folder',
    files: editorial(),
    setup: (p) => fifo(inContent(p, 'textes')),
    exitCode: 1,
    says: ['contenu/textes: un tube nommé (FIFO) se trouve à la place du dossier attendu'],
  },
  {
    name: 'content: textes is a file',
    files: { ...editorial(), 'contenu/textes': 'Un paragraphe.' },
    exitCode: 1,
    says: ['contenu/textes: un fichier se trouve à la place du dossier attendu'],
  },
  {
    name: 'content: an unreadable creation-entreprise.json',
    files: { ...editorial(), 'contenu/creation-entreprise.json': '{}' },
    setup: (p) => unreadable(inContent(p, 'creation-entreprise.json')),
    exitCode: 1,
    says: ['contenu/creation-entreprise.json: fichier illisible : droits insuffisants (vérifiez les droits de lecture)'],
  },

  // Size and depth: bounded before the Markdown parser sees the text
  {
    name: 'content: a 49 MB editorial',
    files: editorial(),
    setup: (p) => truncate(inContent(p, 'editorial.md'), 49 * 2 ** 20),
    exitCode: 1,
    says: ['contenu/editorial.md: fichier de 49\u202fMo, au-delà de la limite de 100\u202fKo pour ce fichier'],
  },
  {
    name: 'content: a 9 MB nested Markdown list',
    files: editorial(),
    setup: (p) =>
      mkdir(inContent(p, 'textes'), { recursive: true }).then(() =>
        writeFile(inContent(p, 'textes/plie-sorties.md'), Array.from({ length: 9000 }, (_, i) => `${' '.repeat(i % 2000)}- élément ${i}`).join('\n')),
      ),
    exitCode: 1,
    says: [/contenu\/textes\/plie-sorties\.md: fichier de \d,\d\u202fMo, au-delà de la limite de 100\u202fKo pour ce fichier/],
  },
  {
    name: 'content: 200 KB of block quotes',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': '>'.repeat(200_000) },
    exitCode: 1,
    says: ['contenu/textes/plie-sorties.md: fichier de 196\u202fKo, au-delà de la limite de 100\u202fKo pour ce fichier'],
  },
  {
    name: 'content: 50 KB of block quotes',
    files: editorial(`Introduction.\n\n${'>'.repeat(50_000)} citation`),
    exitCode: 1,
    says: [`contenu/editorial.md:8: ${DEEP}`],
  },
  {
    name: 'content: a list nested 30 levels deep',
    files: {
      ...editorial(),
      'contenu/textes/plie-sorties.md': `Liste :\n\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n')}\n`,
    },
    exitCode: 1,
    says: [`contenu/textes/plie-sorties.md:19: ${DEEP}`],
  },
  {
    name: 'content: list markers nested on one line',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': `${'- '.repeat(5000)}x` },
    exitCode: 1,
    says: [`contenu/textes/plie-sorties.md:1: ${DEEP}`],
  },
  {
    name: 'content: declared texts too long together',
    files: {
      ...editorial(PAGE.repeat(90)),
      ...Object.fromEntries(
        ['plie-sorties', 'plie-participants', 'plie-etapes', 'mde-manifestations'].map((id) => [`contenu/textes/${id}.md`, PAGE.repeat(90)]),
      ),
    },
    exitCode: 1,
    says: [/contenu: textes déclarés de 4\d\d\u202fKo au total \(editorial\.md et textes\/\), au-delà de la limite de 400\u202fKo/],
  },

  // Links: declared content is read only from inside the year folder
  {
    name: 'content: a text linked to a file outside the data folder',
    files: editorial(),
    setup: async (p) => {
      await writeFile(join(p.root, 'secret.txt'), 'CONTENU-SECRET');
      await mkdir(inContent(p, 'textes'));
      await symlink(join(p.root, 'secret.txt'), inContent(p, 'textes/plie-sorties.md'));
    },
    exitCode: 1,
    says: [`contenu/textes/plie-sorties.md: ${LINKED_OUT}`],
    neverSays: ['CONTENU-SECRET', 'secret.txt'],
  },
  {
    name: 'content: an editorial linked to /etc/hostname',
    files: {},
    setup: async (p) => (await mkdir(join(p.dir, 'contenu')), symlink('/etc/hostname', inContent(p, 'editorial.md'))),
    exitCode: 1,
    says: [`contenu/editorial.md: ${LINKED_OUT}`],
  },
  {
    name: 'content: the contenu folder linked to a shared folder',
    setup: async (p) => {
      await mkdir(join(p.root, 'partage', 'contenu'), { recursive: true });
      await writeFile(join(p.root, 'partage', 'contenu', 'editorial.md'), EDITORIAL);
      await symlink(join(p.root, 'partage', 'contenu'), join(p.dir, 'contenu'));
    },
    exitCode: 1,
    says: [
      'contenu: lien symbolique vers un dossier hors du dossier de l’année : le contenu déclaré n’est lu que dans ce dossier (copiez-y le dossier au lieu de le lier)',
    ],
  },
  {
    name: 'content: a text linked inside the year folder (valid)',
    files: { ...editorial(), 'brouillons/sorties.md': 'Texte tenu hors de contenu/.' },
    setup: async (p) => (await mkdir(inContent(p, 'textes')), symlink('../../brouillons/sorties.md', inContent(p, 'textes/plie-sorties.md'))),
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Texte tenu hors de contenu/.'] },
  },

  // Control characters
  {
    name: 'content: a terminal escape sequence in the editorial',
    files: editorial('Le texte.\n\nEn \u001b[31mrouge\u001b[0m.'),
    exitCode: 1,
    says: [
      'contenu/editorial.md:8: caractère de contrôle <U+001B> (échappement, début de séquence de terminal) : supprimez-le (fichier abîmé, ou copié d’un terminal ?)',
    ],
    neverSays: ['\u001b'],
  },
  {
    name: 'content: a NUL byte in a section text',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': 'Un paragraphe.\n\nUn\u0000autre.' },
    exitCode: 1,
    says: ['contenu/textes/plie-sorties.md:3: caractère de contrôle <U+0000> (caractère nul)'],
  },
  {
    name: 'content: a carriage return in a network name',
    files: { ...editorial(), 'contenu/communication.json': JSON.stringify({ ...COMMUNICATION, reseaux: [{ ...NETWORK, nom: 'Facebook\r' }] }, null, 2) },
    exitCode: 1,
    says: ['contenu/communication.json:9: reseaux.0.nom: caractère de contrôle invisible <U+000D> (retour chariot) en position 9 : retirez-le'],
  },
  {
    name: 'content: a right-to-left override in a declared figure’s label',
    files: { ...editorial(), 'contenu/indicateurs.json': '{\n  "plie.x": { "valeur": 1, "libelle": "Sorties \\u202evers l’emploi", "source": "ALPES" }\n}\n' },
    exitCode: 1,
    says: ['contenu/indicateurs.json:2: plie.x.libelle: caractère de contrôle invisible <U+202E> (forçage droite à gauche) en position 9 : retirez-le'],
    neverSays: ['\u202e'],
  },
  {
    name: 'content: an editorial with Windows line ends and tabs (valid)',
    files: { 'contenu/editorial.md': EDITORIAL.replace('Le texte', 'Le\ttexte').replaceAll('\n', '\r\n') },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Une année de proximité', 'Camille Exemple'], lacks: ['\r'] },
  },

  // The front matter and the JSON files
  {
    name: 'content: an editorial without front matter',
    files: { 'contenu/editorial.md': 'Le texte de l’éditorial, sans en-tête.' },
    exitCode: 1,
    says: ['contenu/editorial.md:1: en-tête manquant : « --- », puis titre, signataire et fonction, puis « --- »'],
  },
  {
    name: 'content: a front matter never closed',
    files: { 'contenu/editorial.md': EDITORIAL.replace('---\nLe', 'Le') },
    exitCode: 1,
    says: ['contenu/editorial.md:1: en-tête non refermé : une ligne « --- » doit suivre titre, signataire et fonction'],
  },
  {
    name: 'content: a front matter key with a typo',
    files: { 'contenu/editorial.md': EDITORIAL.replace('signataire:', 'signatiare:') },
    exitCode: 1,
    says: ['contenu/editorial.md:3: signatiare: clé d’en-tête inconnue (vouliez-vous dire « signataire » ?) ; clés : titre, signataire, fonction'],
  },
  {
    name: 'content: front matter keys with capitals and accents (valid)',
    files: { 'contenu/editorial.md': EDITORIAL.replace('titre:', 'Titre:').replace('signataire:', 'SIGNATAIRE:').replace('fonction:', 'Fonction :') },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Une année de proximité', 'Camille Exemple'] },
  },
  {
    name: 'content: a front matter key missing',
    files: { 'contenu/editorial.md': EDITORIAL.replace('fonction: Présidente\n', '') },
    exitCode: 1,
    says: ['contenu/editorial.md:1: clé « fonction » manquante dans l’en-tête de editorial.md (titre, signataire, fonction)'],
    neverSays: ['indéfini reçu'],
  },
  {
    name: 'content: a front matter key written twice, once with a capital',
    files: { 'contenu/editorial.md': EDITORIAL.replace('fonction: Présidente', 'fonction: Présidente\nFonction: Trésorière') },
    exitCode: 1,
    says: ['contenu/editorial.md:5: fonction: clé écrite deux fois (déjà ligne 4)'],
  },
  {
    name: 'content: a key missing in territoire.json',
    files: { ...editorial(), 'contenu/territoire.json': TERRITORY.replace(',"source":"Insee"', '') },
    exitCode: 1,
    says: ['contenu/territoire.json:1: population: clé « source » manquante dans « population » (valeur, source)'],
    neverSays: ['indéfini reçu'],
  },
  {
    name: 'content: a key missing in a network of communication.json',
    files: {
      ...editorial(),
      'contenu/communication.json': JSON.stringify({ ...COMMUNICATION, reseaux: [{ ...NETWORK, audienceDefinition: undefined }] }, null, 2),
    },
    exitCode: 1,
    says: [
      'contenu/communication.json:7: reseaux.0: clé « audienceDefinition » manquante dans « reseaux.0 » (nom, abonnes, nouveauxAbonnes, audience, audienceLibelle, audienceDefinition)',
    ],
    neverSays: ['indéfini reçu'],
  },
  {
    name: 'content: a section of creation-entreprise.json missing',
    files: {
      ...editorial(),
      'contenu/creation-entreprise.json': JSON.stringify({
        ateliers: { nombre: 1, participants: 1, participantsTerritoire: 1 },
        porteursAccueillis: { total: 1, territoire: 1, femmes: 1, hommes: 0 },
        orientations: 1,
      }),
    },
    exitCode: 1,
    says: [
      'contenu/creation-entreprise.json: clé « entreprisesCreees » manquante dans creation-entreprise.json (ateliers, porteursAccueillis, orientations, entreprisesCreees)',
    ],
  },
  {
    name: 'content: an empty front matter value',
    files: { 'contenu/editorial.md': EDITORIAL.replace('signataire: Camille Exemple', 'signataire:') },
    exitCode: 1,
    says: ['contenu/editorial.md:3: signataire: texte vide'],
  },
  {
    name: 'content: a front matter key written twice',
    files: { 'contenu/editorial.md': EDITORIAL.replace('fonction: Présidente', 'fonction: Présidente\nfonction: Trésorière') },
    exitCode: 1,
    says: ['contenu/editorial.md:5: fonction: clé écrite deux fois (déjà ligne 4)'],
  },
  {
    name: 'content: a JSON file holding an array',
    files: { ...editorial(), 'contenu/creation-entreprise.json': '[]' },
    exitCode: 1,
    says: ['contenu/creation-entreprise.json:1: (racine): un objet JSON « { … } » est attendu, le fichier contient un tableau « [ … ] »'],
  },
  {
    name: 'content: a key written twice in territoire.json',
    files: {
      ...editorial(),
      'contenu/territoire.json': '{\n  "population": { "valeur": 1, "source": "a" },\n  "population": { "valeur": 2, "source": "b" }\n}',
    },
    exitCode: 1,
    says: ['contenu/territoire.json:3: population: clé « population » écrite deux fois (déjà ligne 2) : la première valeur serait perdue'],
  },
  {
    name: 'content: a key with a typo in communication.json',
    files: {
      ...editorial(),
      'contenu/communication.json': JSON.stringify({ ...COMMUNICATION, reseaux: [{ ...NETWORK }] }, null, 2).replace('"abonnes"', '"abonnés"'),
    },
    exitCode: 1,
    says: ['contenu/communication.json:10: reseaux.0: clé inconnue « abonnés » (vouliez-vous dire « abonnes » ?)'],
  },
  {
    name: 'content: a declared indicator of no offer',
    files: { ...editorial(), 'contenu/indicateurs.json': '{ "seeph.participants": { "valeur": 62, "libelle": "participants", "source": "feuilles" } }' },
    exitCode: 1,
    says: ['contenu/indicateurs.json: seeph.participants: la clé doit commencer par « plie. », « ml. », « mde. », « territory. », « communication. »'],
  },
  {
    name: 'content: an empty section text',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': '\n\n' },
    args: ['--strict'],
    exitCode: 1,
    says: ['contenu/textes/plie-sorties.md: texte vide : écrivez le texte de la section, ou supprimez le fichier'],
  },
  {
    name: 'content: an editorial saved from Word as .md',
    files: { 'contenu/editorial.md': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]) },
    exitCode: 1,
    says: ['contenu/editorial.md: ce fichier est un document Word, Excel ou OpenDocument, pas un texte : enregistrez-le en texte brut (UTF-8)'],
  },

  {
    name: 'content: an empty JSON file',
    files: { ...editorial(), 'contenu/territoire.json': '\n' },
    exitCode: 1,
    says: ['contenu/territoire.json: fichier vide : un objet JSON « { … } » est attendu (ou supprimez le fichier)'],
  },
  {
    name: 'content: a UTF-16 text without its byte-order mark (valid, decoded as the exports are)',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': Buffer.from('Un paragraphe sur les sorties.', 'utf16le') },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Un paragraphe sur les sorties.'] },
  },

  // Encodings, decoded like the exports
  {
    name: 'content: a Windows-1252 editorial (valid)',
    files: { 'contenu/editorial.md': latin1(EDITORIAL.replace('Le texte de l’éditorial.', 'Un été réussi.')) },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Présidente', 'Un été réussi.'] },
  },
  {
    name: 'content: a UTF-16 section text (valid)',
    files: { ...editorial(), 'contenu/textes/plie-sorties.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Un été de sorties.', 'utf16le')]) },
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: { file: 'rapport-2023.html', contains: ['Un été de sorties.'] },
  },
  {
    name: 'content: a Windows-1252 indicateurs.json with a byte-order mark elsewhere (valid)',
    files: {
      ...editorial(),
      'contenu/indicateurs.json': latin1('{ "ml.seeph.participants": { "valeur": 62, "libelle": "jeunes sensibilisés", "source": "feuilles de présence" } }'),
      'contenu/creation-entreprise.json': `\uFEFF${JSON.stringify({ ateliers: { nombre: 1, participants: 2, participantsTerritoire: 1 }, porteursAccueillis: { total: 2, territoire: 1, femmes: 1, hommes: 1 }, orientations: 1, entreprisesCreees: { entreprises: 1, entrepreneurs: 1 } })}`,
    },
    exitCode: 0,
    says: [],
    output: { file: 'indicators-2023.json', contains: ['jeunes sensibilisés'] },
  },
  {
    name: 'content: an image pointing outside the report (valid, not loaded)',
    files: editorial('Notre logo : ![le logo](/etc/hostname) et ![distant](https://exemple.invalid/x.png).\n\n<img src="file:///etc/passwd">'),
    args: ['--format', 'html'],
    exitCode: 0,
    says: [],
    output: {
      file: 'rapport-2023.html',
      contains: ['Notre logo\u202f: le logo et distant.', '&lt;img src&#x3D;&quot;file:///etc/passwd&quot;&gt;'],
      lacks: ['<img src="/etc', '<img src="file', 'exemple.invalid'],
    },
  },
  {
    name: 'content: events read like an export (semicolons, French dates)',
    files: { ...editorial(), 'contenu/manifestations.csv': csv('date;type;nom;lieu;exposants;visiteurs', '16/03/2023;Forum;Forum A;Lambersart;10;100') },
    exitCode: 0,
    says: [],
  },
  // What the declared content says that the report cannot show: warnings, blocking under --strict.
  {
    name: 'content: a declared figure a typo away from a computed one',
    files: {
      ...editorial(),
      'contenu/indicateurs.json': '{ "plie.exit.legitimate": { "valeur": 3, "libelle": "sorties légitimes", "source": "tableau de bord" } }',
    },
    exitCode: 0,
    says: ['contenu/indicateurs.json: plie.exit.legitimate: clé qu’aucun calcul ne produit, à une faute de « plie.exits.legitimate » (calculée)'],
  },
  {
    name: 'content: a declared figure a typo away from a computed one, under --strict',
    files: {
      ...editorial(),
      'contenu/indicateurs.json': '{ "plie.exit.legitimate": { "valeur": 3, "libelle": "sorties légitimes", "source": "tableau de bord" } }',
    },
    args: ['--strict'],
    exitCode: 1,
    says: ['1 avertissement bloquant en mode --strict', 'plie.exit.legitimate: clé qu’aucun calcul ne produit'],
  },
  {
    name: 'content: a text for a section of an offer that is switched off',
    files: { ...editorial(), 'contenu/textes/ml-sante.md': 'Un texte sur la santé des jeunes.' },
    config: '{ "offers": { "ml": false } }',
    exitCode: 0,
    says: [
      'contenu/textes/ml-sante.md: la section de ce texte n’a pas de page cette année (offre absente ou désactivée, section désactivée ou sans ligne) : ce texte ne paraît pas dans le rapport',
    ],
  },
  {
    name: 'content: a text for a front page, which prints none',
    files: { ...editorial(), 'contenu/textes/editorial.md': 'Un second éditorial.' },
    exitCode: 0,
    says: ['contenu/textes/editorial.md: cette page n’imprime pas de texte déclaré : ce texte ne paraît pas dans le rapport'],
  },
];
