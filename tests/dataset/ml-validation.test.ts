import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { formatIssue, ReportError } from '../../src/errors.js';
import { csv, writeYear } from '../support/files.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = resolveConfig();

const HEADERS = {
  jeunes: 'identifiant;sexe;date_naissance;commune;qpv;niveau_qualification;date_premier_accueil',
  evenements: 'identifiant_jeune;date;type;theme;atelier;intervenant',
  propositions: 'identifiant_jeune;date;theme;detail',
  situations: 'programme;identifiant_personne;type;sous_type;date_debut;date_fin;secteur;agrement_ml;financeur',
  dispositifs: 'identifiant_jeune;dispositif;date_entree;date_sortie;situation_31_12',
  aides: 'programme;identifiant_beneficiaire;fonds;date;montant;decision',
};

type Files = Partial<Record<keyof typeof HEADERS, string[]>>;

/** A Mission Locale year folder: every file with its header, plus the rows given. */
async function mlFolder(rows: Files): Promise<string> {
  const dir = await writeYear({});
  for (const [file, header] of Object.entries(HEADERS)) {
    await writeFile(join(dir, `${file}.csv`), csv(header, ...(rows[file as keyof Files] ?? [])));
  }
  return dir;
}

async function errorsOf(rows: Files): Promise<string[]> {
  const dir = await mlFolder(rows);
  try {
    await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    return [];
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return error.issues.map((i) => formatIssue(i).replace(`${dir}/`, ''));
  }
}

const JEUNE = 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023';

describe('validation of the Mission Locale exports', () => {
  it('reads French amounts and rejects negative or non-numeric ones', async () => {
    const dir = await mlFolder({ jeunes: [JEUNE], aides: ['ML;J1;FAJ;01/03/2023;1 234,56 €;Accordée', 'ML;J1;FAJ;02/03/2023;612.5;'] });
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.ml?.aides.values('montant')).toEqual([1234.56, 612.5]);

    expect(
      await errorsOf({ jeunes: [JEUNE], aides: ['ML;J1;FAJ;01/03/2023;-50;Accordée', 'ML;J1;FAJ;01/03/2023;cent euros;', 'ML;J1;FAJ;01/03/2023;;Accordée'] }),
    ).toEqual([
      'aides.csv:2: montant: « -50 » : un montant ne peut pas être négatif',
      "aides.csv:3: montant: « cent euros » n'est pas un montant (ex. 1 234,56 €)",
      'aides.csv:4: montant: aide accordée sans montant',
    ]);
  });

  it('rejects an event, a proposal, a situation, a scheme or an aid of an unknown young person', async () => {
    const errors = await errorsOf({
      jeunes: [JEUNE],
      evenements: ['J2;01/03/2023;Entretien individuel;;;'],
      propositions: ['J3;01/03/2023;Emploi;'],
      situations: ['ML;J4;Emploi;CDD;01/03/2023;;;;'],
      dispositifs: ['J5;CEJ;01/03/2023;;'],
      aides: ['ML;J6;FAJ;01/03/2023;10;', 'MDE;X9;Mobilité MDE;01/03/2023;10;'],
    });
    expect(errors.map((e) => e.replace(/ \(absent de .*\)$/, ''))).toEqual([
      'evenements.csv:2: identifiant_jeune: jeune inconnu « J2 »',
      'propositions.csv:2: identifiant_jeune: jeune inconnu « J3 »',
      'situations.csv:2: identifiant_personne: jeune inconnu « J4 »',
      'dispositifs.csv:2: identifiant_jeune: jeune inconnu « J5 »',
      'aides.csv:2: identifiant_beneficiaire: jeune inconnu « J6 »',
    ]);
  });

  it('rejects a situation that ends before it starts, and a scheme left before it was entered', async () => {
    expect(
      await errorsOf({ jeunes: [JEUNE], situations: ['ML;J1;Emploi;CDD;01/03/2023;28/02/2023;;;'], dispositifs: ['J1;PACEA;01/03/2023;01/01/2023;'] }),
    ).toEqual([
      'situations.csv:2: date_fin: la situation se termine avant de commencer',
      'dispositifs.csv:2: date_sortie: la sortie du dispositif précède son entrée',
    ]);
  });

  it('rejects unknown codes, naming the allowed values', async () => {
    const errors = await errorsOf({ jeunes: [JEUNE], evenements: ['J1;01/03/2023;Pigeon voyageur;;;'] });
    expect(errors[0]).toMatch(/^evenements\.csv:2: type: « Pigeon voyageur » n'est pas une valeur admise \(Entretien individuel, Atelier/);
  });

  it('requires jeunes.csv and evenements.csv, and reads the four other files as empty with a notice', async () => {
    const dir = await writeYear({});
    await writeFile(join(dir, 'jeunes.csv'), csv(HEADERS.jeunes, JEUNE));
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          file: join(dir, 'evenements.csv'),
          message: expect.stringMatching(/^fichier introuvable : la Mission Locale en a besoin \(le dossier contient jeunes\.csv\)/),
        }),
      ],
    });
    await writeFile(join(dir, 'evenements.csv'), csv(HEADERS.evenements, 'J1;12/03/2023;Entretien individuel;;;'));
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.ml?.propositions.length).toBe(0);
    expect(dataset.current.ml?.aides.length).toBe(0);
    expect(dataset.notices.filter((n) => n.includes('absent : lu comme vide pour la Mission Locale'))).toHaveLength(4);
  });

  it('refuses a folder with no export at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-empty-'));
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config })).rejects.toMatchObject({
      code: 'DATA_FOLDER_INVALID',
      exitCode: 2,
      message: `Aucun export dans ${dir} (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale, ou un export de la Maison de l’Emploi)`,
    });
  });

  it('joins every file to jeunes.csv on identifiers compared without case or spaces', async () => {
    const dir = await mlFolder({
      jeunes: ['ml-001;F;01/06/2003;Lambersart;Non;4;10/01/2023'],
      evenements: ['ML - 001;01/03/2023;Entretien individuel;;;', 'ml-001;02/03/2023;Téléphone;;;'],
      aides: ['ML;Ml-001;FAJ;01/03/2023;10;'],
    });
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.ml?.jeunes.map((j) => j.identifiant)).toEqual(['ML-001']);
    expect(dataset.current.ml?.evenements.distinctValues('identifiant_jeune')).toEqual(['ML-001']);
    expect(dataset.current.ml?.aides.distinctValues('identifiant_beneficiaire')).toEqual(['ML-001']);
  });

  it('reports a young person written twice, differently, with both lines and spellings', async () => {
    expect(await errorsOf({ jeunes: ['ml-001;F;01/06/2003;Lambersart;Non;4;10/01/2023', JEUNE, 'Ml - 001;F;01/06/2003;Lambersart;Non;4;10/01/2023'] })).toEqual(
      [
        'jeunes.csv:4: identifiant: identifiant « Ml - 001 » : même identifiant que « ml-001 » ligne 2, écrit autrement (la casse et les espaces ne distinguent pas deux personnes)',
      ],
    );
  });

  it('refuses a first reception, a contact or an aid dated after the end of the year following the report', async () => {
    expect(
      await errorsOf({
        jeunes: ['J1;F;01/06/2003;Lambersart;Non;4;10/01/2030'],
        evenements: ['J1;31/12/2024;Entretien individuel;;;', 'J1;01/01/2025;Entretien individuel;;;', 'J1;01/01/2025;Téléphone;;;'],
        situations: ['ML;J1;Emploi;CDI;01/03/2023;31/12/2040;;;'],
        aides: ['ML;J1;FAJ;01/03/2026;10;'],
      }),
    ).toEqual([
      'jeunes.csv:2: date_premier_accueil: « 10/01/2030 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
      'evenements.csv:3: date: « 01/01/2025 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
      'evenements.csv:4: date: « 01/01/2025 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
      'aides.csv:2: date: « 01/03/2026 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
    ]);
  });

  it('refuses an age at first reception no Mission Locale receives', async () => {
    expect(
      await errorsOf({
        jeunes: ['J1;F;01/06/1943;Lambersart;Non;4;10/01/2023', 'J2;F;01/06/2012;Lambersart;Non;4;10/01/2023', 'J3;F;11/01/1992;Lambersart;Non;4;10/01/2023'],
      }),
    ).toEqual([
      'jeunes.csv:2: date_naissance: jeune de 79 ans au premier accueil (14 à 30 ans possibles : réglage ml.firstReceptionAges de la configuration) : date de naissance ou de premier accueil erronée ?',
      'jeunes.csv:3: date_naissance: jeune de 10 ans au premier accueil (14 à 30 ans possibles : réglage ml.firstReceptionAges de la configuration) : date de naissance ou de premier accueil erronée ?',
    ]);
  });
});
