import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset, type Dataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { formatIssue, formatIssues, ReportError, type DataIssue } from '../../src/errors.js';
import { csv, participantRow, PARTICIPANTS_HEADER, stepRow, STEPS_HEADER, writeYear } from '../support/files.js';

const config = resolveConfig();

async function load(participants: string, etapes = csv(STEPS_HEADER)): Promise<{ dir: string; dataset?: Dataset; errors: string[] }> {
  const dir = await writeYear({ participants, etapes });
  try {
    return { dir, dataset: await loadDataset({ sectionIds, year: 2023, dataDir: dir, config }), errors: [] };
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return { dir, errors: error.issues.map((i) => formatIssue(i).replace(`${dir}/`, '')) };
  }
}

describe('validation of the PLIE exports', () => {
  it('names file, line, column and value of an impossible date', async () => {
    const { errors } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('A'), participantRow('B', { date_sortie: '31/02/2023', categorie_sortie: 'Emploi' })),
    );
    expect(errors).toEqual(["participants.csv:3: date_sortie: « 31/02/2023 » n'est pas une date valide (février 2023 n’a que 28 jours)"]);
  });

  it('reports every bad row, not only the first', async () => {
    const { errors } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('A', { sexe: 'X' }), participantRow('B'), participantRow('C', { date_entree: '', rsa: 'peut-être' })),
    );
    expect(errors).toEqual([
      "participants.csv:2: sexe: « X » n'est pas une valeur admise (F, H)",
      'participants.csv:4: date_entree: valeur obligatoire manquante',
      "participants.csv:4: rsa: « peut-être » n'est pas une valeur Oui/Non",
    ]);
  });

  it('reports the row checks of a row whose other cells are wrong too', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('A', { sexe: 'X', date_sortie: '01/01/2021', categorie_sortie: 'Emploi' })));
    expect(errors).toEqual([
      "participants.csv:2: sexe: « X » n'est pas une valeur admise (F, H)",
      'participants.csv:2: date_sortie: la sortie précède l’entrée dans le PLIE',
    ]);
  });

  it('does not report the steps of a rejected participant as unknown', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('A', { date_naissance: '31/02/1980' })), csv(STEPS_HEADER, stepRow('A')));
    expect(errors).toEqual(["participants.csv:2: date_naissance: « 31/02/1980 » n'est pas une date valide (février 1980 n’a que 29 jours)"]);
  });

  it('matches steps to participants on identifiers compared without case or spaces', async () => {
    const { dataset, errors } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('pl-002364')),
      csv(STEPS_HEADER, stepRow('PL - 002364'), stepRow('Pl-002364')),
    );
    expect(errors).toEqual([]);
    expect(dataset?.current.plie?.participants[0]?.identifiant).toBe('PL-002364');
    expect(new Set(dataset?.current.plie?.steps.map((s) => s.identifiant_participant))).toEqual(new Set(['PL-002364']));
  });

  it('reports an exact duplicate and a near-duplicate, each with the first line', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('PL-1'), participantRow('PL-1'), participantRow('pl - 1'), participantRow('PL-2')));
    expect(errors).toEqual([
      'participants.csv:3: identifiant: identifiant « PL-1 » en double (déjà ligne 2)',
      'participants.csv:4: identifiant: identifiant « pl - 1 » : même identifiant que « PL-1 » ligne 2, écrit autrement (la casse et les espaces ne distinguent pas deux personnes)',
    ]);
  });

  it('warns about identifiers equal but for leading zeros and punctuation, keeping both people', async () => {
    const { dataset, errors } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('PL-002364'), participantRow('PL-002365'), participantRow('PL002364'), participantRow('pl-2364')),
      csv(STEPS_HEADER, stepRow('PL-002364')),
    );
    expect(errors).toEqual([]);
    expect(dataset?.current.plie?.participants).toHaveLength(4);
    expect((dataset?.warnings ?? []).filter((w) => w.message.includes('même personne')).map((w) => `${w.line}: ${w.column}: ${w.message}`)).toEqual([
      'participants.csv'.length > 0 &&
        '4: identifiant: identifiant « PL002364 » : même personne que « PL-002364 » ligne 2 ? identifiants presque identiques (zéros de tête ou tirets perdus, par Excel ?)',
      '5: identifiant: identifiant « pl-2364 » : même personne que « PL-002364 » ligne 2 ? identifiants presque identiques (zéros de tête ou tirets perdus, par Excel ?)',
    ]);
  });

  it('names the participant an unknown step nearly belongs to, when there is one', async () => {
    const { dir, errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('PL-002364')), csv(STEPS_HEADER, stepRow('PL-2364'), stepRow('PL-2365')));
    expect(errors.map((e) => e.replaceAll(`${dir}/`, ''))).toEqual([
      "etapes.csv:2: identifiant_participant: étape d'un participant inconnu « PL-2364 » (absent de participants.csv) : « PL-002364 » (ligne 2 de participants.csv) ?",
      "etapes.csv:3: identifiant_participant: étape d'un participant inconnu « PL-2365 » (absent de participants.csv)",
    ]);
  });

  it('does not report the steps of a rejected participant written in another case as unknown', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('a', { date_naissance: '31/02/1980' })), csv(STEPS_HEADER, stepRow('A')));
    expect(errors).toHaveLength(1);
  });

  it('refuses an entry, an exit or a step start after the end of the year following the report, not a planned end', async () => {
    const { errors } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { date_entree: '01/01/2025' }),
        participantRow('B', { date_sortie: '01/02/2030', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
        participantRow('C', { date_entree: '31/12/2024' }),
      ),
      csv(STEPS_HEADER, stepRow('B', { date_debut: '01/03/2027' }), stepRow('C', { date_debut: '31/12/2024', date_fin: '30/06/2030' })),
    );
    expect(errors.filter((e) => !e.includes('hors du parcours'))).toEqual([
      'participants.csv:2: date_entree: « 01/01/2025 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
      'participants.csv:3: date_sortie: « 01/02/2030 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
      'etapes.csv:2: date_debut: « 01/03/2027 » : date impossible dans les données de 2023 (au plus tard le 31/12/2024 : date mal saisie ?)',
    ]);
  });

  it('bounds a previous year’s dates by that year', async () => {
    const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER, participantRow('A', { date_entree: '01/02/2023' })), etapes: csv(STEPS_HEADER) });
    await writeYear(
      { participants: csv(PARTICIPANTS_HEADER, participantRow('A', { date_entree: '01/01/2024' })), etapes: csv(STEPS_HEADER) },
      2022,
      join(dir, '..'),
    );
    // A previous year's errors do not block the report: they stop the evolutions, and are listed.
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    expect(dataset.history).toEqual([]);
    expect(dataset.historyWarnings).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 'date_entree',
        message: '« 01/01/2024 » : date impossible dans les données de 2022 (au plus tard le 31/12/2023 : date mal saisie ?)',
      }),
    );
  });

  it('refuses an age at entry no PLIE receives, and more hours than a step’s days hold', async () => {
    const { errors } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { date_naissance: '01/01/2010' }),
        participantRow('B', { date_naissance: '01/01/1940' }),
        participantRow('C'),
      ),
      csv(
        STEPS_HEADER,
        stepRow('C', { date_debut: '01/03/2023', date_fin: '01/03/2023', heures: '24' }),
        stepRow('C', { date_debut: '01/03/2023', date_fin: '01/03/2023', heures: '24,5' }),
      ),
    );
    expect(errors).toEqual([
      'participants.csv:2: date_naissance: participant de 12 ans à l’entrée dans le PLIE (16 à 75 ans possibles : réglage plie.entryAges de la configuration) : date de naissance ou d’entrée erronée ?',
      'participants.csv:3: date_naissance: participant de 82 ans à l’entrée dans le PLIE (16 à 75 ans possibles : réglage plie.entryAges de la configuration) : date de naissance ou d’entrée erronée ?',
      'etapes.csv:3: heures: 24,5 heures en 1 jour (du 01/03/2023 au 01/03/2023) : plus de 24 heures par jour',
    ]);
  });

  it('matches a légitime reason whatever its case or accents, and keeps the configured spelling', async () => {
    const { dataset } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('A', { date_sortie: '01/06/2023', categorie_sortie: 'legitime', motif_sortie: 'SANTE' })),
    );
    expect(dataset?.current.plie?.participants[0]).toMatchObject({ categorie_sortie: 'Légitime', motif_sortie: 'Santé' });
  });

  it('rejects an exit before the entry and an exit without category', async () => {
    const { errors } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { date_sortie: '01/01/2022', categorie_sortie: 'Emploi' }),
        participantRow('B', { date_sortie: '01/06/2023' }),
      ),
    );
    expect(errors).toEqual([
      'participants.csv:2: date_sortie: la sortie précède l’entrée dans le PLIE',
      'participants.csv:3: categorie_sortie: participant sorti sans catégorie de sortie',
    ]);
  });

  it('rejects a sortie légitime whose reason is not a configured one', async () => {
    const { errors } = await load(
      csv(PARTICIPANTS_HEADER, participantRow('A', { date_sortie: '01/06/2023', categorie_sortie: 'Légitime', motif_sortie: 'Vacances' })),
    );
    expect(errors[0]).toMatch(/^participants\.csv:2: motif_sortie: sortie légitime : motif « Vacances » non reconnu/);
  });

  it('rejects a duplicate identifier, naming the first line', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('A'), participantRow('B'), participantRow('A')));
    expect(errors).toEqual(['participants.csv:4: identifiant: identifiant « A » en double (déjà ligne 2)']);
  });

  it('rejects a step of an unknown participant', async () => {
    const { errors } = await load(csv(PARTICIPANTS_HEADER, participantRow('A')), csv(STEPS_HEADER, stepRow('A'), stepRow('Z')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^etapes\.csv:3: identifiant_participant: étape d'un participant inconnu « Z » \(absent de .*participants\.csv\)$/);
  });

  it('warns, without blocking, of a step outside the parcours and of a commune left empty; tells of residents elsewhere', async () => {
    const { dataset } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { commune: 'Lille' }),
        participantRow('B', { commune: '' }),
        participantRow('C', { date_entree: '01/02/2023' }),
      ),
      csv(STEPS_HEADER, stepRow('A', { date_debut: '01/01/2021' })),
    );
    const warnings = (dataset?.warnings ?? []).map((w: DataIssue) => `${w.file.split('/').pop()}:${w.line ?? ''} ${w.message}`);
    expect(warnings).toEqual([
      'participants.csv: 1 participant sans commune, compté dans « Hors territoire / non renseigné » (ligne 3)',
      'etapes.csv:2 étape hors du parcours du participant « A » (entrée le 01/02/2022)',
    ]);
    expect(dataset?.notices.filter((n) => n.includes('résidant'))).toEqual([
      expect.stringMatching(/participants\.csv: 1 participant résidant hors du territoire \(Lille\), compté dans « Hors territoire \/ non renseigné »$/),
    ]);
  });

  it('tells of each positive exit no step supports as a notice on its row, never a warning (--strict does not stop on it)', async () => {
    const { dataset } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { date_sortie: '30/06/2023', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
        participantRow('B', { date_sortie: '30/06/2023', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
        participantRow('C', { date_sortie: '30/06/2022', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
      ),
      csv(
        STEPS_HEADER,
        stepRow('A', { type_etape: 'Emploi', sous_type: 'CDI', date_debut: '15/06/2023', date_fin: '30/06/2023' }),
        stepRow('B', { type_etape: 'Emploi', sous_type: 'CDD', date_debut: '01/04/2023', date_fin: '30/06/2023' }),
      ),
    );
    expect(dataset?.warnings).toEqual([]);
    // B's three-month CDD does not support its exit; C left in 2022, another year's report.
    expect(dataset?.notices.filter((n) => n.includes('sortie positive'))).toEqual([
      expect.stringMatching(
        /participants\.csv:3: sortie positive « Emploi » sans étape qui la justifie : contrat de moins de 6 mois \(à vérifier ; elle reste comptée positive ; la liste : alpes-report explain 2023 plie\.exits\.positive\.unsupported\)$/,
      ),
    ]);
  });

  it('lets the job or the training of a positive exit run past the exit without a warning', async () => {
    const { dataset } = await load(
      csv(
        PARTICIPANTS_HEADER,
        participantRow('A', { date_sortie: '30/06/2023', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' }),
        participantRow('B', { date_sortie: '30/06/2023', categorie_sortie: 'Formation' }),
        participantRow('C', { date_sortie: '30/06/2023', categorie_sortie: 'Rupture' }),
      ),
      csv(
        STEPS_HEADER,
        stepRow('A', { type_etape: 'Emploi', sous_type: 'CDD', date_debut: '01/07/2023', date_fin: '31/12/2023' }),
        stepRow('B', { type_etape: 'Formation', sous_type: 'Qualifiante', date_debut: '01/05/2023', date_fin: '30/11/2023', resultat: 'Validé' }),
        stepRow('C', { type_etape: 'Emploi', sous_type: 'CDD', date_debut: '01/06/2023', date_fin: '31/12/2023' }),
        stepRow('A', { date_debut: '01/06/2023', date_fin: '31/07/2023' }),
      ),
    );
    // A's 6-month CDD and B's training support their exits; C's exit is no positive one, A's Prestation no job.
    expect((dataset?.warnings ?? []).map((w) => w.line)).toEqual([4, 5]);
    expect(dataset?.notices.filter((n) => n.includes('sortie positive'))).toEqual([]);
  });

  it('reports a missing required column and a missing file', async () => {
    const { errors } = await load(csv('identifiant;sexe', 'A;F'), '');
    expect(errors).toContain(
      'participants.csv:1: colonne obligatoire « date_naissance » absente ; en-têtes acceptés : date_naissance, date_de_naissance, ne_le, naissance ; en-têtes du fichier : « identifiant », « sexe »',
    );
    expect(errors).toContain('etapes.csv: le fichier est vide (aucune ligne d’en-tête)');
    const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER) });
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config })).rejects.toMatchObject({
      issues: [
        {
          file: join(dir, 'etapes.csv'),
          message:
            'fichier introuvable : le PLIE en a besoin (le dossier contient participants.csv) ; sans cette offre, déclarez "offers": { "plie": false } dans un fichier de configuration (--config fichier.json, voir docs/configuration.md)',
        },
      ],
    });
  });

  it('refuses a folder named after another year, before reading it', async () => {
    const dir = await writeYear(
      { participants: csv(PARTICIPANTS_HEADER, participantRow('A', { date_entree: '01/02/2022' })), etapes: csv(STEPS_HEADER) },
      2022,
    );
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: dir, config })).rejects.toMatchObject({
      code: 'DATA_INVALID',
      issues: [{ file: dir, message: 'le dossier s’appelle 2022 mais le rapport porte sur 2023 : vérifiez l’année demandée et --data' }],
    });
  });

  it('reports a missing data folder with its own code, a usage error', async () => {
    await expect(loadDataset({ sectionIds, year: 2023, dataDir: '/nonexistent/2023', config })).rejects.toMatchObject({
      code: 'DATA_FOLDER_NOT_FOUND',
      exitCode: 2,
    });
  });
});

describe('messy real exports', () => {
  it('reads Windows-1252, comma separators, other headers, O/N and ISO dates', async () => {
    const text = [
      'ID,Genre,Né le,Ville,QPV,Date d’entrée,Date de sortie,Type sortie,Motif de sortie,Secteur emploi sortie,Niveau,Allocataire RSA,DELD,RQTH,Opérateur,Nom',
      'A,Femme,1975-03-14,MARCQ EN BAROEUL,O,02/09/2020,"15/06/2023",Emploi,CDI,"Restauration, hôtellerie",V,O,N,N,ALPES,Dupont',
      'B,H,14/03/1980,59328,N,01/01/2023,,,,,Sans diplôme,1,0,1,ALPES,Martin',
      '',
      '',
    ].join('\r\n');
    const bytes = Uint8Array.from([...text].map((c) => ({ é: 0xe9, '’': 0x92, ô: 0xf4 })[c] ?? c.charCodeAt(0)));
    const dir = await writeYear({ participants: bytes, etapes: '\ufeffidentifiant_participant;type_etape;date_debut;Date de fin\nB;IAE;01/01/2023;\n' });
    const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
    const [a, b] = dataset.current.plie!.participants;
    expect(a).toMatchObject({
      sexe: 'F',
      date_naissance: '1975-03-14',
      commune: { insee: '59378' },
      qpv: true,
      niveau_qualification: '3',
      secteur_sortie: 'Restauration, hôtellerie',
    });
    expect(b).toMatchObject({ sexe: 'H', commune: { insee: '59328' }, niveau_qualification: 'Infra 3', rsa: true, th: true });
    expect(dataset.current.plie!.steps[0]?.type_etape).toBe("Emploi d'insertion (IAE)");
    // The steps export lacks the optional columns: said once, as a warning.
    expect(dataset.warnings).toEqual([
      expect.objectContaining({ line: 1, message: 'colonnes absentes, lues vides : sous_type, secteur, organisme, action, convention, heures, resultat' }),
    ]);
  });
});

describe('formatIssues', () => {
  it('caps the list with a count of the rest', () => {
    const issues: DataIssue[] = Array.from({ length: 53 }, (_, i) => ({ severity: 'error', file: 'f.csv', line: i + 2, message: `x${i}` }));
    const lines = formatIssues(issues, 50).split('\n');
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… et 3 autres problèmes');
  });

  it('says the same problem on several lines of a file once, with its lines, where it first comes', () => {
    const sex = (line: number): DataIssue => ({
      severity: 'error',
      file: 'p.csv',
      line,
      column: 'sexe',
      message: '« Madame » n’est pas une valeur admise (F, H)',
    });
    const other: DataIssue = { severity: 'error', file: 'p.csv', line: 3, column: 'date_entree', message: 'valeur obligatoire manquante' };
    expect(formatIssues([sex(2), other, ...[4, 5, 6, 7, 8, 9].map(sex)]).split('\n')).toEqual([
      'p.csv:2, 4, 5, 6, 7… (7 lignes): sexe: « Madame » n’est pas une valeur admise (F, H)',
      'p.csv:3: date_entree: valeur obligatoire manquante',
    ]);
    expect(formatIssues([sex(2), sex(4)])).toBe('p.csv:2, 4: sexe: « Madame » n’est pas une valeur admise (F, H)');
  });
});
