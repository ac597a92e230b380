import { mkdir, mkdtemp, rename, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkDataFolder } from '../../src/dataset/data-folder.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { enabledOffers, exportNames, OFFER_FILES } from '../../src/dataset/offer-files.js';
import { readExport, type ExportCache } from '../../src/read/read-export.js';
import { activityByYear, datedYearMismatch, datesByFile, declaredYearMismatch } from '../../src/dataset/year-check.js';
import { YearFolder } from '../../src/dataset/year-folder.js';
import { fifo } from '../support/fs.js';
import { stepsExport } from '../../src/schemas/steps.js';
import { csv, participantRow, PARTICIPANTS_HEADER, stepRow, STEPS_HEADER, writeYear } from '../support/files.js';

const config = resolveConfig();
const withOffers = (offers: Partial<typeof config.offers>) => ({ ...config, offers: { ...config.offers, ...offers } });
const tmp = () => mkdtemp(join(tmpdir(), 'alpes-folders-'));

const AIDES = 'programme;identifiant_beneficiaire;fonds;date;montant;decision';
/** A small valid Mission Locale year: jeunes.csv, evenements.csv and an aides.csv without the MDE's columns. */
async function mlYear(dir: string): Promise<void> {
  await writeFile(
    join(dir, 'jeunes.csv'),
    csv('identifiant;sexe;date_naissance;commune;qpv;niveau_qualification;date_premier_accueil;rqth', 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023;Non'),
  );
  await writeFile(join(dir, 'evenements.csv'), csv('identifiant_jeune;date;type;theme;atelier;intervenant', 'J1;12/01/2023;Entretien individuel;;;'));
  await writeFile(join(dir, 'aides.csv'), csv(AIDES, 'ML;J1;FAJ;15/03/2023;100;Accordée'));
}

const PLIE_2023 = {
  participants: csv(PARTICIPANTS_HEADER, participantRow('A'), participantRow('B', { date_entree: '01/03/2023' })),
  etapes: csv(STEPS_HEADER, stepRow('A')),
};

describe('the files each offer needs', () => {
  it('declares for every offer its required and optional files, the people file among the required ones', () => {
    for (const files of Object.values(OFFER_FILES)) {
      if (files.people !== undefined) expect(files.required).toContain(files.people);
      expect(files.required.filter((file) => files.optional.includes(file))).toEqual([]);
    }
    expect(OFFER_FILES.ml.required).toEqual(['jeunes.csv', 'evenements.csv']);
    expect(OFFER_FILES.mde.required).toEqual([]);
    expect(exportNames(enabledOffers(withOffers({ plie: false, ml: false })))).not.toContain('participants.csv');
  });

  it('does not read an offer switched off, nor require its files', async () => {
    const dir = await writeYear(PLIE_2023);
    await writeFile(join(dir, 'jeunes.csv'), 'pas un export');
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config: withOffers({ ml: false }) });
    expect(dataset.current.ml).toBeUndefined();
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config })).rejects.toMatchObject({ code: 'DATA_INVALID' });
  });

  it('reads the columns only the Maison de l’Emploi uses only when it is switched on', async () => {
    const dir = await writeYear({});
    await mlYear(dir);
    const aidesWarnings = async (mde: boolean) =>
      (await loadDataset({ sectionIds, year: 2023, dataDir: dir, config: withOffers({ plie: false, mde }) })).warnings
        .filter((w) => w.file.endsWith('aides.csv'))
        .map((w) => w.message);
    expect((await aidesWarnings(true)).join()).toMatch(/nature.*commune.*qpv.*deplacement/);
    expect(await aidesWarnings(false)).toEqual([]);
  });

  it('loads a Maison de l’Emploi year on its own', async () => {
    const dir = await writeYear({});
    await writeFile(
      join(dir, 'clauses.csv'),
      csv('operation;operation_territoire;identifiant_personne;commune_personne;entreprise;date;heures', 'OP1;Oui;X1;Lambersart;BTP Nord;01/03/2023;35'),
    );
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.mde?.clauses).toHaveLength(1);
    expect(dataset.warnings).toEqual([]);
    expect(dataset.notices).toContain(`${join(dir, 'cyberbase.csv')} absent : les pages de la Maison de l’Emploi qui en dépendent disent « Aucune donnée ».`);
  });

  it('reads its rows of aides.csv and situations.csv itself in a year without the Mission Locale', async () => {
    const dir = await writeYear({});
    await writeFile(
      join(dir, 'clauses.csv'),
      csv('operation;operation_territoire;identifiant_personne;commune_personne;entreprise;date;heures', 'OP1;Oui;X1;Lambersart;BTP Nord;01/03/2023;35'),
    );
    // Each shared file holds rows of both offers: the Maison de l’Emploi keeps its own, by the programme column.
    await writeFile(
      join(dir, 'aides.csv'),
      csv(
        `${AIDES};nature;commune;qpv;deplacement`,
        'ML;J1;FAJ;15/03/2023;100;Accordée;;;;',
        'MDE;MOB-00081;Mobilité MDE;29/11/2023;40,00;;Recharge Pass Pass;Wattrelos;Non;',
        'MDE;MOB-00163;Mobilité MDE;17/07/2023;46,00;;Recharge Pass Pass;Villeneuve-d’Ascq;Non;',
      ),
    );
    await writeFile(
      join(dir, 'situations.csv'),
      csv(
        'programme;identifiant_personne;type;sous_type;date_debut;date_fin;secteur;agrement_ml;financeur',
        'ML;ML-001007;Formation;Qualifiante;05/02/2023;01/03/2023;BTP;;Conseil régional',
        'MDE;MDE-P0002;Emploi;Intérim;26/01/2023;21/02/2023;;;',
      ),
    );
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.ml).toBeUndefined();
    const mde = dataset.current.mde!;
    expect([...mde.aids].map((aid) => [aid.identifiant_beneficiaire, aid.montant, aid.line])).toEqual([
      ['MOB-00081', 40, 3],
      ['MOB-00163', 46, 4],
    ]);
    expect([...mde.situations].map((situation) => [situation.identifiant_personne, situation.sous_type, situation.line])).toEqual([
      ['MDE-P0002', 'Intérim', 3],
    ]);
    expect(mde.aids.source).toEqual({ file: 'aides.csv', year: 2023 });
    expect(dataset.warnings.filter((w) => w.file.endsWith('aides.csv') || w.file.endsWith('situations.csv'))).toEqual([]);
  });

  it('accepts an export named in another case, with a notice', async () => {
    const dir = await writeYear(PLIE_2023);
    await rename(join(dir, 'participants.csv'), join(dir, 'PARTICIPANTS.csv'));
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.current.plie?.participants).toHaveLength(2);
    expect(dataset.notices).toContain(`${join(dir, 'PARTICIPANTS.csv')} lu comme participants.csv (le nom attendu est en minuscules).`);
  });
});

describe('the year folder’s listing', () => {
  it('finds an export by its exact name first, then by its name in another case when only one entry has it', async () => {
    const dir = await tmp();
    for (const name of ['etapes.csv', 'Etapes.CSV', 'Jeunes.csv', 'participants.txt']) await writeFile(join(dir, name), '');
    const folder = await YearFolder.list(dir);
    expect(folder.find('etapes.csv')).toMatchObject({ name: 'etapes.csv', caseDiffers: false });
    expect(folder.find('jeunes.csv')).toMatchObject({ name: 'Jeunes.csv', caseDiffers: true });
    expect(folder.find('participants.csv')).toBeUndefined();
    expect(folder.lookalikes('participants.csv')).toEqual(['participants.txt']);
  });

  it('does not choose between two entries that differ only by case', async () => {
    const dir = await tmp();
    for (const name of ['Jeunes.csv', 'JEUNES.csv']) await writeFile(join(dir, name), '');
    expect((await YearFolder.list(dir)).find('jeunes.csv')).toBeUndefined();
  });
});

describe('the year a folder holds', () => {
  const activity = (entries: [number, number][]) => new Map(entries);

  it('refuses a folder named after another year, and a year declared in source.json that is not the report’s', () => {
    expect(declaredYearMismatch('/d/2023', 2022, undefined)).toEqual([
      { severity: 'error', file: '/d/2023', message: 'le dossier s’appelle 2023 mais le rapport porte sur 2022 : vérifiez l’année demandée et --data' },
    ]);
    expect(declaredYearMismatch('/d/exports', 2022, 2023)[0]).toMatchObject({ severity: 'error', file: '/d/exports/source.json' });
  });

  it('refuses dates that say another year: none in the year, or more after it than in it', () => {
    expect(
      datedYearMismatch(
        '/d/x',
        2024,
        activity([
          [2022, 10],
          [2023, 500],
        ]),
      )[0]?.message,
    ).toBe('aucune entrée, sortie, étape ni contact daté de 2024 : les exports portent sur 2023 (500 dates) ; vérifiez l’année demandée et --data');
    expect(
      datedYearMismatch(
        '/d/x',
        2022,
        activity([
          [2021, 40],
          [2022, 30],
          [2023, 500],
        ]),
      )[0]?.message,
    ).toMatch(/^plus de dates après 2022 \(500 dates, dont 500 en 2023\) qu’en 2022 \(30 dates\) : les exports portent sur 2023/);
  });

  it('accepts a year’s data with people who entered in earlier years and a few dates after it', () => {
    expect(declaredYearMismatch('/d/2023', 2023, 2023)).toEqual([]);
    expect(
      datedYearMismatch(
        '/d/2023',
        2023,
        activity([
          [2019, 300],
          [2022, 900],
          [2023, 400],
          [2024, 12],
        ]),
      ),
    ).toEqual([]);
  });

  it('only warns when nothing at all is dated', () => {
    expect(datedYearMismatch('/d/x', 2023, activity([]))).toEqual([
      { severity: 'warning', file: '/d/x', message: 'aucune entrée, sortie, étape ni contact daté : est-ce le bon dossier ?' },
    ]);
  });

  it('counts the dates of entries, exits and steps', async () => {
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: await writeYear(PLIE_2023), config });
    expect([...activityByYear(datesByFile(dataset.current))]).toEqual([
      [2022, 1],
      [2023, 2],
    ]);
  });
});

describe('the data folder', () => {
  it('is a usage error when missing, a file, the folder of the years or a folder without exports', async () => {
    const root = await tmp();
    await writeYear(PLIE_2023, 2023, root);
    const usage = (message: string | RegExp) =>
      expect.objectContaining({ exitCode: 2, message: typeof message === 'string' ? message : expect.stringMatching(message) });
    const offers = enabledOffers(config);
    await expect(checkDataFolder(join(root, '2024'), 2024, offers)).rejects.toEqual(usage(`Dossier de données introuvable : ${join(root, '2024')}`));
    await mkdir(join(root, 'exports'));
    await expect(checkDataFolder(join(root, 'exprots'), 2023, offers)).rejects.toEqual(usage(/\(vouliez-vous dire « exports » \?\)$/));
    await expect(checkDataFolder(join(root, '2023', 'participants.csv'), 2023, offers)).rejects.toEqual(usage(/est un fichier$/));
    await expect(checkDataFolder(root, 2023, offers)).rejects.toEqual(
      usage(`Aucun export dans ${root}, qui contient les dossiers des années : vouliez-vous dire --data ${join(root, '2023')} ?`),
    );
    await expect(checkDataFolder(root, 2025, offers)).rejects.toEqual(
      usage(
        `Aucun export dans ${root} (participants.csv pour le PLIE, jeunes.csv pour la Mission Locale, ou un export de la Maison de l’Emploi) ; il contient les dossiers 2023 : indiquez --data ${join(root, '<année>')}`,
      ),
    );
    await expect(checkDataFolder(join(root, '2023'), 2023, enabledOffers(withOffers({ plie: false })))).rejects.toEqual(
      usage(/participants\.csv, etapes\.csv appartiennent à une offre désactivée/),
    );
    await expect(checkDataFolder(join(root, '2023'), 2023, offers)).resolves.toBeInstanceOf(YearFolder);
  });
});

describe('what stands in place of an export', () => {
  it('names a folder, a FIFO and a broken link instead of reading them', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'folder.csv'));
    await fifo(join(dir, 'fifo.csv'));
    await symlink(join(dir, 'nowhere.csv'), join(dir, 'broken.csv'));
    const problem = async (name: string) => (await readExport(join(dir, name), name, stepsExport(), config)).issues.map((i) => i.message);
    expect(await problem('folder.csv')).toEqual(['un dossier se trouve à la place du fichier attendu']);
    expect(await problem('fifo.csv')).toEqual(['un tube nommé (FIFO) se trouve à la place du fichier attendu']);
    expect(await problem('broken.csv')).toEqual([`lien symbolique cassé (il pointe vers « ${join(dir, 'nowhere.csv')} », qui n’existe pas)`]);
  });

  it('reads a file as it was when opened: a file that says it is empty is read empty', async () => {
    // /proc files are regular files of size 0 whose reads never end for some: the size opened bounds the read.
    const result = await readExport('/proc/self/status', 'status', stepsExport(), config);
    expect(result.unreadable).toBe(true);
    expect(result.issues[0]?.message).toMatch(/vide/);
  });
});

describe('the previous years', () => {
  async function withHistory(previous: (root: string) => Promise<unknown>) {
    const root = await tmp();
    const dir = await writeYear(PLIE_2023, 2023, root);
    await previous(root);
    return loadDataset({ sectionIds, year: 2023, dataDir: dir, config: withOffers({ ml: false, mde: false }) });
  }

  it('omits the evolutions with one notice when the previous folder holds no export', async () => {
    const dataset = await withHistory((root) => mkdir(join(root, '2022')));
    expect(dataset.history).toEqual([]);
    expect(dataset.notices).toEqual([expect.stringMatching(/2022 ne contient aucun export : les évolutions s'arrêtent à 2023\.$/)]);
  });

  it('lists the errors of a previous year with its warnings and stops the evolutions there, never blocking', async () => {
    const dataset = await withHistory((root) =>
      writeYear({ participants: csv(PARTICIPANTS_HEADER, participantRow('A', { sexe: 'X' })), etapes: csv(STEPS_HEADER) }, 2022, root),
    );
    expect(dataset.history).toEqual([]);
    expect(dataset.historyWarnings.map((w) => w.message)).toContain("« X » n'est pas une valeur admise (F, H)");
    expect(dataset.notices[0]).toMatch(/^1 erreur dans .*2022 \(listée avec les avertissements des années précédentes\) : les évolutions s'arrêtent à 2023\.$/);
  });

  it('does not take a copy of this year for the previous one', async () => {
    const dataset = await withHistory((root) => writeYear(PLIE_2023, 2022, root));
    expect(dataset.history).toEqual([]);
    expect(dataset.historyWarnings[0]?.message).toMatch(/^plus de dates après 2022 .* les exports portent sur 2023/);
  });

  const PLIE_2022 = { participants: csv(PARTICIPANTS_HEADER, participantRow('A')), etapes: csv(STEPS_HEADER, stepRow('A', { date_debut: '01/03/2022' })) };

  it('reads no previous year when this year has errors: they are said first', async () => {
    const root = await tmp();
    const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER, participantRow('A', { sexe: 'X' })), etapes: csv(STEPS_HEADER) }, 2023, root);
    await writeYear(PLIE_2022, 2022, root);
    // The cache records every export read: none of 2022's.
    const cache: ExportCache = new Map();
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config: withOffers({ ml: false, mde: false }), cache })).rejects.toMatchObject({
      code: 'DATA_INVALID',
    });
    expect([...cache.keys()].map((path) => relative(root, path)).sort()).toEqual([join('2023', 'etapes.csv'), join('2023', 'participants.csv')]);
  });

  it('does not read a previous year’s declared content: a stray or broken file there does not stop the evolutions', async () => {
    const dataset = await withHistory(async (root) => {
      const dir = await writeYear(PLIE_2022, 2022, root);
      await mkdir(join(dir, 'contenu', 'textes'), { recursive: true });
      await writeFile(join(dir, 'contenu', 'territoires.json'), '{}');
      await writeFile(join(dir, 'contenu', 'territoire.json'), '{ "population": ');
      await writeFile(join(dir, 'contenu', 'textes', 'plie-sortie.md'), '# Sorties\n');
    });
    expect(dataset.history.map((h) => h.year)).toEqual([2022]);
    expect(dataset.history[0]?.contenu).toBeUndefined();
    expect(dataset.historyWarnings).toEqual([]);
    expect(dataset.notices.join('\n')).not.toMatch(/contenu|évolutions s'arrêtent à 2023/);
  });

  it('does not skip a missing year to read an older one, and says so', async () => {
    const dataset = await withHistory((root) =>
      writeYear(
        {
          participants: csv(PARTICIPANTS_HEADER, participantRow('A', { date_entree: '01/02/2021' })),
          etapes: csv(STEPS_HEADER, stepRow('A', { date_debut: '01/03/2021' })),
        },
        2021,
        root,
      ),
    );
    expect(dataset.history).toEqual([]);
    expect(dataset.notices[0]).toMatch(
      /^Pas de données 2022 \(.*2022\) : les évolutions s'arrêtent à 2023 \(.*2021 n’est pas lu : les évolutions comparent des années qui se suivent\)\.$/,
    );
  });
});
