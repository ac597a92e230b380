import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { terminalTypography } from '../../src/cli/say.js';
import { runCli } from '../support/cli.js';

const run = runCli;
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

describe('alpes-report 2023 --format communes on the fixtures', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'alpes-communes-'));
    // An earlier run's commune PDF: replaced, not left beside the new one.
    await mkdir(join(out, 'communes'));
    await writeFile(join(out, 'communes', 'lompret.pdf'), 'ancienne fiche');
    result = await run(['2023', '--data', 'fixtures/2023', '--out', out, '--format', 'communes']);
  }, 120_000);

  it('writes ten PDFs, one per commune of the territory, and nothing else', async () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/✓ Impression des fiches communales/);
    const names = (await readdir(join(out, 'communes'))).sort();
    // The PDFs and the record of them (what a later run may remove: never a file of the user's).
    expect(names).toHaveLength(11);
    expect(names.filter((name) => name.endsWith('.pdf'))).toHaveLength(10);
    expect(names).toContain('.alpes-report.json');
    expect(names).toContain('marcq-en-baroeul.pdf');
    expect(await readdir(out)).toEqual(['communes']);
    expect((await readFile(join(out, 'communes', 'lompret.pdf'), 'latin1')).startsWith('%PDF')).toBe(true);
  });

  it('prints each commune on one A4 page, its small counts as « < 5 »', () => {
    const pdf = join(out, 'communes', 'verlinghem.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:.*\(A4\)/);
    const page = text(pdf);
    expect(page).toContain('Verlinghem');
    expect(page).toMatch(/Jeunes accompagnés\s+33\s+2\s?%\s+38\s+−5/);
    expect(page).toMatch(/Participants en parcours\s+< ?5\s+—/);
    expect(page).not.toContain('Lambersart');
  });
});

describe('alpes-report --format communes when the territory changes, or has no commune page', () => {
  const config = async (dir: string, settings: unknown) => {
    const file = join(dir, 'config.json');
    await writeFile(file, JSON.stringify(settings));
    return file;
  };

  it('removes the PDF it wrote for a commune that left the territory, never a file of the user’s', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-communes-'));
    const first = await run(['2023', '--data', 'fixtures/2023', '--out', out, '--format', 'communes', '--quiet']);
    expect(first.code).toBe(0);
    await writeFile(join(out, 'communes', 'notes.pdf'), 'mes notes');
    await writeFile(join(out, 'communes', 'lompret.pdf'), 'fiche annotée par l’utilisatrice');
    // Wambrechies and Lompret leave the territory.
    const nine = ['59368', '59328', '59378', '59386', '59457', '59482', '59527', '59611'];
    const second = await run([
      '2023',
      '--data',
      'fixtures/2023',
      '--out',
      out,
      '--format',
      'communes',
      '--config',
      await config(out, { territory: { communes: nine } }),
    ]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(terminalTypography('Fiches communales de communes qui ne sont plus du territoire, retirées : communes/wambrechies.pdf.'));
    expect(second.stderr).toContain(terminalTypography('modifiées depuis leur écriture : laissées en place (communes/lompret.pdf)'));
    const names = await readdir(join(out, 'communes'));
    expect(names).not.toContain('wambrechies.pdf');
    expect(await readFile(join(out, 'communes', 'notes.pdf'), 'utf8')).toBe('mes notes');
    expect(await readFile(join(out, 'communes', 'lompret.pdf'), 'utf8')).toBe('fiche annotée par l’utilisatrice');
    expect(names.filter((name) => name.endsWith('.pdf'))).toHaveLength(8 + 2);
  }, 180_000);

  it('says in French that there is no commune page: an error alone (nothing written), a notice beside other formats', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-communes-'));
    const off = Object.fromEntries(['ml-public', 'plie-participants', 'plie-sorties', 'mde-clause', 'mde-mobilite'].map((id) => [id, false]));
    const file = await config(out, { sections: off });
    const alone = await run(['2023', '--data', 'fixtures/2023', '--out', join(out, 'seul'), '--format', 'communes', '--config', file]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain(
      terminalTypography('--format communes : aucune fiche communale à écrire pour 2023, aucune page du rapport ne compte les personnes par commune'),
    );
    expect(alone.stderr).toContain(terminalTypography('Rien n’a été écrit.'));
    expect(await readdir(out)).toEqual(['config.json']);
    const beside = await run(['2023', '--data', 'fixtures/2023', '--out', join(out, 'json'), '--format', 'json,communes', '--config', file]);
    expect(beside.code).toBe(0);
    expect(beside.stderr).toContain(terminalTypography('ℹ Fiches communales non écrites (--format communes) : aucune page du rapport ne compte'));
    expect(await readdir(join(out, 'json'))).toEqual(['indicators-2023.json']);
  }, 180_000);
});
