import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadContent } from '../../src/dataset/content.js';
import { formatIssue } from '../../src/errors.js';
import { writeYear } from '../support/files.js';

const EDITORIAL = '---\ntitre: Un titre\nsignataire: Camille Exemple\nfonction: Président·e\n---\nLe texte.\n';

async function contentFolder(files: Record<string, string>): Promise<string> {
  const dir = await writeYear({});
  await mkdir(join(dir, 'contenu'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'contenu', name), text);
  return dir;
}

const messages = async (files: Record<string, string>) => {
  const dir = await contentFolder(files);
  return (await loadContent(dir, resolveConfig())).issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i).replace(`${dir}/contenu/`, ''));
};

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
      expect.stringMatching(/^communication\.json: \(racine\): .*abonnes/),
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
    expect(issues.map((i) => i.message)).toEqual(['aucune section « plie-sortie » (sections : plie-sorties, ml-public)']);
  });

  it('says where a JSON file is broken', async () => {
    expect(await messages({ 'editorial.md': EDITORIAL, 'territoire.json': '{\n  "population": {\n}' })).toEqual([
      expect.stringMatching(/^territoire\.json(:\d+)?: JSON illisible/),
    ]);
  });
});
