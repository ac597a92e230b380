import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

/** Runs the built CLI (`npm test` builds first) as a user would. */
const BIN = resolve('bin/alpes-report.js');
const run = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
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
    expect(names).toHaveLength(10);
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
