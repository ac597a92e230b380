import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadContent } from '../../src/dataset/content.js';
import { formatIssue } from '../../src/errors.js';
import { writeYear } from '../support/files.js';
import { fifo, unreadable } from '../support/fs.js';

const EDITORIAL = '---\ntitre: Un titre\nsignataire: Camille Exemple\nfonction: Président·e\n---\nLe texte.\n';

async function contentFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await writeYear({});
  await mkdir(join(dir, 'contenu'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, 'contenu', name)), { recursive: true });
    await writeFile(join(dir, 'contenu', name), text);
  }
  return dir;
}

const SECTIONS = ['plie-sorties', 'ml-public'];

const issuesOf = async (dir: string, severity: 'error' | 'warning' = 'error') =>
  (await loadContent(dir, resolveConfig(), SECTIONS)).issues
    .filter((i) => i.severity === severity)
    .map((i) => formatIssue(i).replace(`${dir}/contenu/`, '').replace(`${dir}/`, ''));

const messages = async (files: Record<string, string | Buffer>) => issuesOf(await contentFolder(files));

describe('declared content', () => {
  it('reads the editorial, the territory and the communication figures', async () => {
    const dir = await contentFolder({
      'editorial.md': EDITORIAL,
      'communication.json': JSON.stringify({ site: { adresse: 'x.fr', visiteurs: 10, pagesVues: 20 }, reseaux: [] }),
    });
    const { data, issues } = await loadContent(dir, resolveConfig());
    expect(issues).toEqual([]);
    expect(data?.editorial).toEqual({ titre: 'Un titre', signataire: 'Camille Exemple', fonction: 'Président·e', markdown: 'Le texte.' });
    expect(data?.communication?.site.visiteurs).toBe(10);
    expect(data?.territory).toBeUndefined();
  });

  it('requires the editorial', async () => {
    expect(await messages({})).toEqual(['editorial.md: éditorial manquant : le dossier de contenu doit contenir editorial.md']);
  });

  it('names the line of a missing editorial field', async () => {
    expect(await messages({ 'editorial.md': '---\ntitre: Un titre\nsignataire:\nfonction: P\n---\nTexte' })).toEqual([
      expect.stringMatching(/^editorial\.md:3: signataire: /),
    ]);
  });

  it('rejects a negative count and an unknown key, with their line', async () => {
    const text = '{\n  "site": { "adresse": "x.fr", "visiteurs": -5, "pagesVues": 20 },\n  "reseaux": [],\n  "abonnes": 3\n}\n';
    expect(await messages({ 'editorial.md': EDITORIAL, 'communication.json': text })).toEqual([
      'communication.json:2: site.visiteurs: un nombre positif ou nul est attendu',
      'communication.json:4: (racine): clé inconnue « abonnes » ; clés attendues : site, reseaux',
    ]);
  });

  it('rejects an event without a date and a negative visitor count, with their line', async () => {
    const events = 'date;nom;type;visiteurs\n;Forum sans date;Forum;10\n01/06/2023;Salon;Salon;-3\n';
    expect(await messages({ 'editorial.md': EDITORIAL, 'manifestations.csv': events })).toEqual([
      'manifestations.csv:2: date: valeur obligatoire manquante',
      'manifestations.csv:3: visiteurs: « -3 » : un nombre supérieur ou égal à 0 est attendu',
    ]);
  });

  it('reads narrative texts by section and rejects a text for an unknown section', async () => {
    const dir = await contentFolder({ 'editorial.md': EDITORIAL });
    await mkdir(join(dir, 'contenu', 'textes'));
    await writeFile(join(dir, 'contenu', 'textes', 'plie-sorties.md'), 'Un paragraphe.\n');
    await writeFile(join(dir, 'contenu', 'textes', 'plie-sortie.md'), 'Une faute de frappe.\n');
    const { data, issues } = await loadContent(dir, resolveConfig(), ['plie-sorties', 'ml-public']);
    expect(data?.texts).toEqual({ 'plie-sorties': 'Un paragraphe.' });
    expect(issues.map((i) => i.message)).toEqual([
      'aucune section « plie-sortie » : le texte ne serait pas imprimé (vouliez-vous dire « plie-sorties.md » ?) ; sections : plie-sorties, ml-public',
    ]);
  });

  it('says where a JSON file is broken', async () => {
    expect(await messages({ 'editorial.md': EDITORIAL, 'territoire.json': '{\n  "population": {\n}' })).toEqual([
      expect.stringMatching(/^territoire\.json(:\d+)?: JSON illisible/),
    ]);
    expect(await messages({ 'editorial.md': EDITORIAL, 'territoire.json': '{\n  "population": 1\n  "superficie": 2\n}' })).toEqual([
      'territoire.json:3: JSON illisible à la colonne 3 (virgule, guillemet ou accolade manquant ?)',
    ]);
  });

  it('names an unknown file of contenu/ whose nearest known file is absent as an error, the others as warnings never advising a rename', async () => {
    const known =
      'fichiers reconnus : editorial.md, territoire.json, communication.json, creation-entreprise.json, indicateurs.json, manifestations.csv, textes/<section>.md';
    const dir = await contentFolder({
      'editorial.md': EDITORIAL,
      'territoires.json': '{}',
      'Communication.json': '{}',
      'editorial.txt': 'x',
      'editorial.md.bak': 'x',
      'plie-sorties.md': 'x',
      'notes.docx': 'x',
    });
    expect(await issuesOf(dir)).toEqual([
      `Communication.json: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « communication.json » ?) ; ${known}`,
      `plie-sorties.md: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « textes/plie-sorties.md » ?) ; ${known}`,
      `territoires.json: fichier inconnu : le rapport ne le lirait pas (vouliez-vous dire « territoire.json » ?) ; ${known}`,
    ]);
    expect(await issuesOf(dir, 'warning')).toEqual([
      `editorial.md.bak: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « editorial.md », présent à côté) ; ${known}`,
      `editorial.txt: non lu : fichier inconnu du rapport, laissé de côté (le rapport lit « editorial.md », présent à côté) ; ${known}`,
      `notes.docx: non lu : fichier inconnu du rapport, laissé de côté ; ${known}`,
    ]);
  });

  it('tolerates what file managers and editors leave beside the files', async () => {
    const files = [
      '.DS_Store',
      '._editorial.md',
      'Thumbs.db',
      'desktop.ini',
      '~$itorial.docx',
      'editorial.md~',
      'README.md',
      'LISEZMOI.txt',
      'textes/.DS_Store',
      'textes/Thumbs.db',
    ];
    expect(await messages({ 'editorial.md': EDITORIAL, ...Object.fromEntries(files.map((f) => [f, 'x'])) })).toEqual([]);
  });

  it('names a text file of textes/ that is not <section>.md', async () => {
    expect(await messages({ 'editorial.md': EDITORIAL, 'textes/Plie-Sorties.MD': 'x', 'textes/ml-public.txt': 'x', 'textes/brouillons/a.md': 'x' })).toEqual([
      'textes/Plie-Sorties.MD: fichier inconnu : un texte se nomme <section>.md, en Markdown (vouliez-vous dire « plie-sorties.md » ?) ; sections : plie-sorties, ml-public',
      'textes/brouillons: dossier inattendu : textes/ ne contient qu’un fichier <section>.md par section ; sections : plie-sorties, ml-public',
      'textes/ml-public.txt: fichier inconnu : un texte se nomme <section>.md, en Markdown (vouliez-vous dire « ml-public.md » ?) ; sections : plie-sorties, ml-public',
    ]);
  });

  it('says what stands in place of a content file, and never waits on a FIFO', async () => {
    const dir = await contentFolder({ 'editorial.md': EDITORIAL });
    await mkdir(join(dir, 'contenu', 'territoire.json'));
    await fifo(join(dir, 'contenu', 'communication.json'));
    await fifo(join(dir, 'contenu', 'manifestations.csv'));
    await mkdir(join(dir, 'contenu', 'textes'));
    await fifo(join(dir, 'contenu', 'textes', 'plie-sorties.md'));
    await writeFile(join(dir, 'contenu', 'indicateurs.json'), '{}');
    await unreadable(join(dir, 'contenu', 'indicateurs.json'));
    await symlink('absent.json', join(dir, 'contenu', 'creation-entreprise.json'));
    const found = await issuesOf(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        'territoire.json: un dossier se trouve à la place du fichier attendu',
        'communication.json: un tube nommé (FIFO) se trouve à la place du fichier attendu',
        'manifestations.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu',
        'textes/plie-sorties.md: un tube nommé (FIFO) se trouve à la place du fichier attendu',
        'creation-entreprise.json: lien symbolique cassé (il pointe vers « absent.json », qui n’existe pas)',
        'indicateurs.json: fichier illisible : droits insuffisants (vérifiez les droits de lecture)',
      ]),
    );
  });

  it('says when contenu/ or textes/ is a file', async () => {
    const dir = await writeYear({});
    await writeFile(join(dir, 'contenu'), 'x');
    expect(await issuesOf(dir)).toEqual(['contenu: un fichier se trouve à la place du dossier attendu']);
    expect(await messages({ 'editorial.md': EDITORIAL, textes: 'x' })).toEqual(['textes: un fichier se trouve à la place du dossier attendu']);
  });

  it('reads nothing through a link out of the year folder, and follows one that stays in it', async () => {
    const dir = await contentFolder({ 'editorial.md': EDITORIAL, 'textes/ml-public.md': 'Texte lié.' });
    const outside = join(dirname(dir), 'secret.md');
    await writeFile(outside, 'SECRET');
    await symlink(outside, join(dir, 'contenu', 'textes', 'plie-sorties.md'));
    await writeFile(join(dir, 'territoire-source.json'), '{}');
    await symlink(join(dir, 'territoire-source.json'), join(dir, 'contenu', 'territoire.json'));
    const { data, issues } = await loadContent(dir, resolveConfig(), SECTIONS);
    expect(issues.map((i) => formatIssue(i).replace(`${dir}/contenu/`, ''))).toEqual([
      'territoire.json: clé « population » manquante dans territoire.json (population, salariesPrives, demandeursEmploi)',
      'territoire.json: clé « salariesPrives » manquante dans territoire.json (population, salariesPrives, demandeursEmploi)',
      'territoire.json: clé « demandeursEmploi » manquante dans territoire.json (population, salariesPrives, demandeursEmploi)',
      'textes/plie-sorties.md: lien symbolique vers un fichier hors du dossier de l’année : le contenu déclaré n’est lu que dans ce dossier (copiez-y le fichier au lieu de le lier)',
    ]);
    expect(JSON.stringify(data)).not.toContain('SECRET');
    expect(JSON.stringify(issues)).not.toContain('SECRET');
  });

  it('refuses a contenu/ folder that is a link out of the year folder', async () => {
    const elsewhere = await contentFolder({ 'editorial.md': EDITORIAL });
    const dir = await writeYear({});
    await symlink(join(elsewhere, 'contenu'), join(dir, 'contenu'));
    expect(await issuesOf(dir)).toEqual([
      'contenu: lien symbolique vers un dossier hors du dossier de l’année : le contenu déclaré n’est lu que dans ce dossier (copiez-y le dossier au lieu de le lier)',
    ]);
  });

  it('bounds the size of a text and of all the texts together', async () => {
    const page = `${'Une phrase de rapport, avec des mots ordinaires. '.repeat(20)}\n\n`;
    expect(await messages({ 'editorial.md': EDITORIAL + page.repeat(120) })).toEqual([
      expect.stringMatching(/^editorial\.md: fichier de 1[12]\d\u202fKo, au-delà de la limite de 100\u202fKo pour ce fichier/),
    ]);
    const texts = Object.fromEntries(['plie-sorties', 'ml-public'].map((id) => [`textes/${id}.md`, page.repeat(95)]));
    const more = Object.fromEntries(['a', 'b', 'c'].map((id) => [`textes/${id}.md`, page.repeat(95)]));
    const dir = await contentFolder({ 'editorial.md': EDITORIAL + page.repeat(95), ...texts, ...more });
    const found = (await loadContent(dir, resolveConfig(), [...SECTIONS, 'a', 'b', 'c'])).issues.map((i) => formatIssue(i).replace(`${dir}/`, ''));
    expect(found).toEqual([
      expect.stringMatching(/^contenu: textes déclarés de 5\d\d\u202fKo au total \(editorial\.md et textes\/\), au-delà de la limite de 400\u202fKo$/),
    ]);
  });

  it('refuses nesting beyond the bound, with its line, before the parser sees it', async () => {
    const quotes = `${EDITORIAL}Intro\n\n${'>'.repeat(200_000)} x\n`;
    expect(await messages({ 'editorial.md': quotes.slice(0, 100_000) })).toEqual([
      'editorial.md:9: imbrication de plus de 16 niveaux (citations « > » ou listes les unes dans les autres) : simplifiez la mise en forme',
    ]);
    const list = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');
    expect(await messages({ 'editorial.md': EDITORIAL, 'textes/plie-sorties.md': `Liste :\n\n${list}\n` })).toEqual([
      'textes/plie-sorties.md:19: imbrication de plus de 16 niveaux (citations « > » ou listes les unes dans les autres) : simplifiez la mise en forme',
    ]);
    expect(await messages({ 'editorial.md': EDITORIAL, 'textes/ml-public.md': `${'- '.repeat(30)}x\n` })).toEqual([
      'textes/ml-public.md:1: imbrication de plus de 16 niveaux (citations « > » ou listes les unes dans les autres) : simplifiez la mise en forme',
    ]);
  });

  it('accepts ordinary nesting and thematic breaks', async () => {
    const text =
      '> Une citation\n> > dans une citation\n\n- un\n  - deux\n    1. trois\n       - quatre\n\n- - - - - - - - - - - - - - - - - - - -\n\n* * * * * * * * * * * * * * * * * * *\n';
    expect(await messages({ 'editorial.md': EDITORIAL, 'textes/plie-sorties.md': text })).toEqual([]);
  });

  it('refuses control characters with their line, and reads CR LF texts', async () => {
    expect(
      await messages({
        'editorial.md': '---\r\ntitre: Un titre\r\nsignataire: C\r\nfonction: P\r\n---\r\nLe texte.\r\n\r\nLe\tsuite \u001b[31mrouge\r\net un\u0000nul\r\n',
      }),
    ).toEqual([
      'editorial.md:8: caractère de contrôle <U+001B> (échappement, début de séquence de terminal) : supprimez-le (fichier abîmé, ou copié d’un terminal ?)',
      'editorial.md:9: caractère de contrôle <U+0000> (caractère nul) : supprimez-le (fichier abîmé, ou copié d’un terminal ?)',
    ]);
    const dir = await contentFolder({ 'editorial.md': EDITORIAL.replaceAll('\n', '\r\n') });
    expect((await loadContent(dir, resolveConfig())).data?.editorial).toMatchObject({ titre: 'Un titre', markdown: 'Le texte.' });
  });

  it('refuses a control character in a JSON string, with its line', async () => {
    const text =
      '{\n  "site": { "adresse": "x.fr", "visiteurs": 1, "pagesVues": 2 },\n  "reseaux": [{ "nom": "Facebook\\r", "abonnes": 1, "nouveauxAbonnes": 1, "audience": 1, "audienceLibelle": "a", "audienceDefinition": "b" }]\n}\n';
    expect(await messages({ 'editorial.md': EDITORIAL, 'communication.json': text })).toEqual([
      'communication.json:3: reseaux.0.nom: caractère de contrôle invisible <U+000D> (retour chariot) en position 9 : retirez-le',
    ]);
  });

  it('checks the front matter: each line a known key, once', async () => {
    expect(await messages({ 'editorial.md': '---\ntitre: T\nsignatiare: C\nfonction: P\nfonction: Q\nune ligne\n---\nTexte' })).toEqual([
      'editorial.md:3: signatiare: clé d’en-tête inconnue (vouliez-vous dire « signataire » ?) ; clés : titre, signataire, fonction',
      'editorial.md:5: fonction: clé écrite deux fois (déjà ligne 4)',
      'editorial.md:6: ligne d’en-tête sans « clé: valeur » (clés : titre, signataire, fonction)',
      'editorial.md:1: clé « signataire » manquante dans l’en-tête de editorial.md (titre, signataire, fonction)',
    ]);
    expect(await messages({ 'editorial.md': 'Le texte sans en-tête.' })).toEqual([
      'editorial.md:1: en-tête manquant : « --- », puis titre, signataire et fonction, puis « --- »',
    ]);
    expect(await messages({ 'editorial.md': '---\ntitre: T\nsignataire: C\nfonction: P\nLe texte.' })).toEqual([
      'editorial.md:1: en-tête non refermé : une ligne « --- » doit suivre titre, signataire et fonction',
    ]);
  });

  it('reads quoted front-matter values as YAML would', async () => {
    const dir = await contentFolder({ 'editorial.md': '---\ntitre: "L’année : 2023"\nsignataire: \'C\'\nfonction: P\n---\nTexte' });
    expect((await loadContent(dir, resolveConfig())).data?.editorial).toMatchObject({ titre: 'L’année : 2023', signataire: 'C' });
  });

  it('warns about an empty text', async () => {
    const dir = await contentFolder({ 'editorial.md': EDITORIAL, 'textes/plie-sorties.md': '\n  \n' });
    expect(await issuesOf(dir, 'warning')).toEqual(['textes/plie-sorties.md: texte vide : écrivez le texte de la section, ou supprimez le fichier']);
  });

  it('decodes Windows-1252 and UTF-16 texts like the exports, and JSON with a byte-order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Texte déclaré, été.', 'utf16le')]);
    const dir = await contentFolder({
      'editorial.md': Buffer.from(EDITORIAL.replace('Le texte.', 'Le texte de l’été.').replace('’', "'"), 'latin1'),
      'textes/plie-sorties.md': utf16,
      'communication.json': `\uFEFF${JSON.stringify({ site: { adresse: 'x.fr', visiteurs: 1, pagesVues: 2 }, reseaux: [] })}`,
    });
    const { data, issues } = await loadContent(dir, resolveConfig(), SECTIONS);
    expect(issues).toEqual([]);
    expect(data?.editorial?.markdown).toBe("Le texte de l'été.");
    expect(data?.editorial?.fonction).toBe('Président·e');
    expect(data?.texts['plie-sorties']).toBe('Texte déclaré, été.');
    expect(data?.communication?.site.pagesVues).toBe(2);
  });

  it('says that a Word document or a binary file is not a text', async () => {
    expect(await messages({ 'editorial.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'territoire.json': Buffer.from('{\0"a"\0}') })).toEqual([
      'editorial.md: ce fichier est un document Word, Excel ou OpenDocument, pas un texte : enregistrez-le en texte brut (UTF-8)',
      'territoire.json: ce fichier n’est pas un texte (octets binaires) : enregistrez-le en texte brut (UTF-8)',
    ]);
  });

  it('refuses a JSON array, a duplicate key and an indicator key of no offer', async () => {
    expect(await messages({ 'editorial.md': EDITORIAL, 'territoire.json': '[]' })).toEqual([
      'territoire.json:1: (racine): un objet JSON « { … } » est attendu, le fichier contient un tableau « [ … ] »',
    ]);
    const indicators =
      '{\n  "ml.seeph.participants": { "valeur": 1, "libelle": "a", "source": "b" },\n  "ml.seeph.participants": { "valeur": 2, "libelle": "a", "source": "b" },\n  "mlseeph.x": { "valeur": 2, "libele": "a", "source": "b" }\n}';
    expect(await messages({ 'editorial.md': EDITORIAL, 'indicateurs.json': indicators })).toEqual([
      'indicateurs.json:3: ml.seeph.participants: clé « ml.seeph.participants » écrite deux fois (déjà ligne 2) : la première valeur serait perdue',
      'indicateurs.json:4: mlseeph.x: clé « libelle » manquante dans « mlseeph.x » (valeur, libelle, source)',
      'indicateurs.json:4: mlseeph.x: clé inconnue « libele » (vouliez-vous dire « libelle » ?) ; clés attendues : valeur, libelle, source',
    ]);
    expect(await messages({ 'editorial.md': EDITORIAL, 'indicateurs.json': '{ "pile.x": { "valeur": 1, "libelle": "a", "source": "b" } }' })).toEqual([
      'indicateurs.json: pile.x: la clé doit commencer par « plie. », « ml. », « mde. », « territory. », « communication. » (vouliez-vous dire « plie » ?)',
    ]);
  });

  it('never prints a control character of a key or a file name raw', async () => {
    const found = await messages({ 'editorial.md': EDITORIAL, 'territoire.json': '{ "\\u001b[31mpopulation": 1 }', 'textes/plie\u001b[2J.md': 'x' });
    expect(found).toEqual([
      'territoire.json: <U+001B>[31mpopulation: caractère de contrôle invisible <U+001B> (échappement, début de séquence de terminal) en position 1 du nom : retirez-le',
      expect.stringMatching(/^textes\/plie<U\+001B>\[2J\.md: aucune section « plie<U\+001B>\[2J »/),
    ]);
    expect(found.join('')).not.toContain('\u001b');
  });
});
