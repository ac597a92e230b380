import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PARTICIPANTS_HEADER =
  'identifiant;sexe;date_naissance;commune;qpv;date_entree;date_sortie;categorie_sortie;motif_sortie;secteur_sortie;niveau_qualification;rsa;deld;th;structure_referente';
export const STEPS_HEADER = 'identifiant_participant;type_etape;sous_type;date_debut;date_fin;secteur;organisme;action;convention;heures;resultat';

/** A valid participant row; `fields` replaces cells by column name. */
export function participantRow(id: string, fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    identifiant: id,
    sexe: 'F',
    date_naissance: '01/01/1980',
    commune: 'Lambersart',
    qpv: 'Non',
    date_entree: '01/02/2022',
    date_sortie: '',
    categorie_sortie: '',
    motif_sortie: '',
    secteur_sortie: '',
    niveau_qualification: '3',
    rsa: 'Oui',
    deld: 'Non',
    th: 'Non',
    structure_referente: 'ALPES',
  };
  return PARTICIPANTS_HEADER.split(';')
    .map((c) => fields[c] ?? base[c])
    .join(';');
}

export function stepRow(id: string, fields: Record<string, string> = {}): string {
  const base: Record<string, string> = { identifiant_participant: id, type_etape: 'Prestation', date_debut: '01/03/2023' };
  return STEPS_HEADER.split(';')
    .map((c) => fields[c] ?? base[c] ?? '')
    .join(';');
}

/** Writes a year folder `<tmp>/<year>/` and returns its path. */
export async function writeYear(
  files: { participants?: string | Uint8Array; etapes?: string | Uint8Array; 'source.json'?: string },
  year = 2023,
  root?: string,
): Promise<string> {
  const base = root ?? (await mkdtemp(join(tmpdir(), 'alpes-test-')));
  const dir = join(base, String(year));
  await mkdir(dir, { recursive: true });
  if (files.participants !== undefined) await writeFile(join(dir, 'participants.csv'), files.participants);
  if (files.etapes !== undefined) await writeFile(join(dir, 'etapes.csv'), files.etapes);
  if (files['source.json'] !== undefined) await writeFile(join(dir, 'source.json'), files['source.json']);
  return dir;
}

export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
