import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, participantRow, PARTICIPANTS_HEADER, stepRow, STEPS_HEADER, writeYear } from '../support/files.js';
import { terminalTypography as said } from '../../src/cli/say.js';
import { BIN, runCli } from '../support/cli.js';

const run = runCli;

describe('alpes-report 2023 on the fixtures', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    result = await run(['2023', '--data', 'fixtures/2023', '--out', out]);
  }, 120_000);

  it('exits 0 and reports each step with its time on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/✓ Lecture et validation des données \((\d+ ms|\d+,\d s)\)/);
    expect(result.stderr).toMatch(/✓ Impression du PDF/);
  });

  it('writes the HTML, the PDF, the JSON, the CSV and the workbook', async () => {
    for (const name of ['rapport-2023.html', 'rapport-2023.pdf', 'indicators-2023.json', 'indicators-2023.csv', 'indicators-2023.xlsx']) {
      expect((await stat(join(out, name))).size).toBeGreaterThan(1000);
    }
  });

  it('prints the key PLIE figures in the PDF, French typography included', () => {
    const text = execFileSync('pdftotext', ['-layout', join(out, 'rapport-2023.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/383\s+participants en parcours/);
    expect(text).toMatch(/134\s+nouvelles entrées/);
    expect(text).toMatch(/478\s+étapes mobilisées/);
    expect(text).toMatch(/168\s+sorties/);
    // pdftotext turns the narrow no-break spaces into plain spaces; the HTML test checks them.
    expect(text).toMatch(/51\s%\s+de sorties positives/);
    expect(text).toMatch(/59\s%\s+taux de sorties positives ajusté/);
    expect(text).toContain('(93 en 2022)');
    // Mission Locale pages
    // Evolutions at one precision (render/format.ts): the published +7,61 % is checked in tests/golden.
    expect(text).toMatch(/679\s+nouvelles inscriptions\s+\+7,6\s%/);
    expect(text).toMatch(/3\s087\s+jeunes en contact/);
    expect(text).toMatch(/2\s238\s779\s€/);
    expect(text).toMatch(/2,2\s+millions d’euros/);
    expect(text).toContain('données de démonstration');
  });

  it('is an A4, tagged PDF with a title and bookmarks, fonts embedded', () => {
    const info = execFileSync('pdfinfo', [join(out, 'rapport-2023.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+ALPES — Rapport d’activité 2023/);
    const fonts = execFileSync('pdffonts', [join(out, 'rapport-2023.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/SourceSans3.* yes yes yes/);
    const destinations = execFileSync('pdfinfo', ['-dests', join(out, 'rapport-2023.pdf')], { encoding: 'utf8' });
    expect(destinations).toContain('plie-sorties');
  });

  it('prints in the table of contents the page each section really starts on', () => {
    const pdf = join(out, 'rapport-2023.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const contents = pages.find((text) => text.includes('Sommaire')) ?? '';
    for (const title of ['Les sorties', 'La sécurisation financière des parcours']) {
      const page = Number(new RegExp(`${title}[ .]*page (\\d+)`).exec(contents)?.[1]);
      expect(page).toBeGreaterThan(2);
      expect(pages[page - 1]).toContain(title);
    }
  });

  it('ends the PDF with the methodology appendix, listed in the contents', () => {
    const pages = execFileSync('pdftotext', ['-layout', join(out, 'rapport-2023.pdf'), '-'], { encoding: 'utf8' }).split('\f');
    const contents = pages.find((text) => text.includes('Sommaire')) ?? '';
    const page = Number(/Méthodologie[ .]*page (\d+)/.exec(contents)?.[1]);
    expect(pages[page - 1]).toContain('Méthodologie');
    expect(pages.slice(page - 1).join('')).toContain('plie.exits.adjustedPositiveRate');
  });

  it('writes the indicators for a spreadsheet: BOM, semicolons, decimal commas, previous year', async () => {
    const csv = await readFile(join(out, 'indicators-2023.csv'), 'utf8');
    expect(csv.startsWith('\ufeffclé;libellé;groupe;unité;valeur 2023;valeur 2022;écart;évolution relative\r\n')).toBe(true);
    expect(csv).toMatch(/\r\nplie\.exits;Sorties;;personnes;168;216;-48;-0,22\d*\r\n/);
    expect(csv).toMatch(/\r\nplie\.exits\.positiveRate;[^;]+;;%;51,19\d+;46,29\d+;4,89\d+;\r\n/);
    expect(csv).toContain('\r\nml.aids.byFund;Aides par fonds;Allocation CEJ/GJ / montant;€;2076074;1842517;233557;');
  });

  it('gives byte-identical files when run again on the same inputs, the PDF dated from the report year', async () => {
    const again = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    expect((await run(['2023', '--data', 'fixtures/2023', '--out', again, '--quiet'])).code).toBe(0);
    for (const name of ['rapport-2023.html', 'rapport-2023.pdf', 'indicators-2023.json', 'indicators-2023.csv', 'indicators-2023.xlsx']) {
      expect(Buffer.compare(await readFile(join(out, name)), await readFile(join(again, name))), name).toBe(0);
    }
    // Run again into the same folder, the PDF is printed once, from the pages of the previous one: the same bytes.
    expect((await run(['2023', '--data', 'fixtures/2023', '--out', again, '--quiet'])).code).toBe(0);
    expect(Buffer.compare(await readFile(join(out, 'rapport-2023.pdf')), await readFile(join(again, 'rapport-2023.pdf')))).toBe(0);
    const info = execFileSync('pdfinfo', [join(out, 'rapport-2023.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+Sun Dec 31 00:00:00 2023 UTC/);
  }, 120_000);

  it('has bookmarks (a document outline)', async () => {
    const pdf = await readFile(join(out, 'rapport-2023.pdf'));
    expect(pdf.includes('/Outlines')).toBe(true);
  });

  it('never prints personal data: no identifier, name or birth date of the fixtures', async () => {
    const html = await readFile(join(out, 'rapport-2023.html'), 'utf8');
    const json = await readFile(join(out, 'indicators-2023.json'), 'utf8');
    const rows = (await readFile('fixtures/2023/participants.csv', 'latin1')).split('\r\n').slice(1, 40).filter(Boolean);
    for (const row of rows) {
      const [id, nom, , , birth] = row.split(';');
      for (const secret of [id, nom, birth]) {
        expect(html).not.toContain(`${secret}`);
        expect(json).not.toContain(`${secret}`);
      }
    }
  });

  it('writes numbers with French typography in the HTML', async () => {
    const html = await readFile(join(out, 'rapport-2023.html'), 'utf8');
    expect(html).toContain('51\u202f%');
    expect(html).toContain('<html lang="fr">');
  });

  it('loads nothing from the network: every src and href is inline or an anchor', async () => {
    const html = await readFile(join(out, 'rapport-2023.html'), 'utf8');
    const links = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^(data:|#)/);
    expect(html).not.toMatch(/url\((?!data:)/);
  });
});

describe('alpes-report explain', () => {
  it('prints the rows behind a figure and writes them to a CSV file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    const csvFile = join(out, 'legitimes.csv');
    const result = await run(['explain', '2023', 'plie.exits.legitimate', '--data', 'fixtures/2023', '--csv', csvFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(said('Valeur : 23'));
    expect(result.stdout).toMatch(/2023\/participants\.csv:\d+ {2}PL-\d+/);
    const csv = await readFile(csvFile, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(24);
  }, 60_000);

  it('exits 2 on an unknown key', async () => {
    const result = await run(['explain', '2023', 'plie.nope', '--data', 'fixtures/2023']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('indicateur inconnu');
  }, 60_000);
});

describe('failures', () => {
  it('exits 1 on data errors, lists them and leaves the earlier report untouched', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'rapport-2023.html'), 'earlier good report');
    const dir = await writeYear({
      participants: csv(PARTICIPANTS_HEADER, participantRow('A', { date_sortie: '31/02/2023', categorie_sortie: 'Emploi' })),
      etapes: csv(STEPS_HEADER),
    });
    const result = await run(['2023', '--data', dir, '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(said("participants.csv:2: date_sortie: « 31/02/2023 » n'est pas une date valide"));
    expect(await readFile(join(out, 'rapport-2023.html'), 'utf8')).toBe('earlier good report');
    expect(existsSync(join(out, 'rapport-2023.pdf'))).toBe(false);
  });

  it('exits 1 in --strict mode when there are warnings', async () => {
    // A step in 2023: a folder with nothing dated in the year would be refused as another year's.
    const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER, participantRow('A', { commune: '' })), etapes: csv(STEPS_HEADER, stepRow('A')) });
    const out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    const result = await run(['2023', '--data', dir, '--out', out, '--strict', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 participant sans commune, compté');
    expect(existsSync(join(out, 'indicators-2023.json'))).toBe(false);
  });

  it('does not stop in --strict mode on a positive exit no step supports: a notice, not a warning', async () => {
    const exit = participantRow('A', { date_sortie: '30/06/2023', categorie_sortie: 'Emploi', secteur_sortie: 'BTP' });
    const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER, exit), etapes: csv(STEPS_HEADER, stepRow('A', { date_fin: '31/03/2023' })) });
    const out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    const result = await run(['2023', '--data', dir, '--out', out, '--strict', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(said('participants.csv:2: sortie positive « Emploi » sans étape qui la justifie'));
    expect(existsSync(join(out, 'indicators-2023.json'))).toBe(true);
  });

  it('exits 2 on usage errors, in French', async () => {
    const bad = await run(['vingt-trois']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(said("« vingt-trois » n'est pas une année"));
    const missing = await run([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(said('Erreur : argument obligatoire « année » manquant'));
    const unknown = await run(['2023', '--couleur']);
    expect(unknown.stderr).toContain(said('Erreur : option inconnue « --couleur »'));
    const format = await run(['2023', '--format', 'docx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(said('format inconnu « docx »'));
  });

  it('exits 2 on an invalid configuration, naming the setting', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'alpes-e2e-')), 'config.json');
    await writeFile(file, JSON.stringify({ plie: { seniorAge: 'cinquante' } }));
    const result = await run(['2023', '--data', 'fixtures/2023', '--config', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('config.json: plie.seniorAge:');
  });

  it('exits 3 when no browser can print the PDF, naming the variable to set', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-e2e-'));
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done) => {
      execFile(
        'node',
        [BIN, '2023', '--data', 'fixtures/2023', '--out', out, '--format', 'pdf', '--quiet'],
        { env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' } },
        (error, _stdout, stderr) => done({ code: (error as { code?: number } | null)?.code ?? 0, stderr }),
      );
    });
    expect(code).toBe(3);
    expect(stderr).toContain('PUPPETEER_EXECUTABLE_PATH');
  });

  it('prints its help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Codes de sortie');
    expect(help.stdout).toContain(said('Utilisation : alpes-report <année> [options]'));
    expect(help.stdout).toMatch(/preview \[options\] <année>/);
    expect(help.stdout).toMatch(/explain \[options\] <année> \[clé\.\.\.\]/);
    const build = await run(['build', '--help']);
    expect(build.stdout).toContain('--data <dossier>');
    expect(build.stdout).toContain('html,pdf,json,csv');
    expect(build.stdout).not.toContain('default');
    const version = await run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
