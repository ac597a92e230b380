import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sayBuild as say } from '../../src/cli/preview-command.js';
import { terminalTypography } from '../../src/cli/say.js';
import type { DataIssue } from '../../src/errors.js';
import { previewPage } from '../../src/preview/pages.js';
import { errorPage } from '../../src/preview/error-page.js';
import type { BuildOutcome } from '../../src/preview/server.js';
import { shortPaths, unchangedWarnings, warningChanges, warningsText } from '../../src/preview/warnings.js';

const warning = (file: string, message: string, line?: number): DataIssue => ({ severity: 'warning', file, line, message });
const noCommune = warning('data/2023/jeunes.csv', '4 jeune(s) sans commune');
const unknownSector = warning('data/2023/participants.csv', 'secteur « Pêche » inconnu', 12);
const lateExit = warning('data/2023/participants.csv', 'sortie après le 31/12', 40);

const REPORT = '<!doctype html><html><head><title>ALPES — Rapport d’activité 2023</title></head><body>\n<section class="cover">…</section>\n</body></html>';

describe('the warnings of one build against the last that made the report', () => {
  it('tells the new ones and counts those cleared', () => {
    const changes = warningChanges([noCommune, unknownSector], [noCommune, lateExit]);
    expect(changes.added).toEqual([lateExit]);
    expect(changes.resolved).toBe(1);
    expect(changes.first).toBe(false);
    expect(warningChanges(undefined, [noCommune])).toMatchObject({ added: [noCommune], resolved: 0, first: true });
  });

  it('prints them all after the first build, then only what changed, and nothing when they are the same', () => {
    expect(warningsText(warningChanges(undefined, [noCommune, unknownSector]))).toBe(
      '⚠ 2 avertissements (aussi en haut de la page) :\ndata/2023/jeunes.csv: 4 jeune(s) sans commune\ndata/2023/participants.csv:12: secteur « Pêche » inconnu\n',
    );
    expect(warningsText(warningChanges(undefined, []))).toBe('');
    const same = warningChanges([noCommune, unknownSector], [noCommune, unknownSector]);
    expect(warningsText(same)).toBe('');
    expect(unchangedWarnings(same)).toBe(' ; 2 avertissements, inchangés');
    expect(warningsText(warningChanges([noCommune, unknownSector], [noCommune, lateExit]))).toBe(
      '⚠ 2 avertissements (1 nouveau, 1 corrigé) ; le nouveau :\ndata/2023/participants.csv:40: sortie après le 31/12\n',
    );
    expect(warningsText(warningChanges([noCommune, unknownSector], [noCommune]))).toBe('⚠ 1 avertissement (1 corrigé)\n');
    expect(warningsText(warningChanges([noCommune, unknownSector], []))).toBe('✓ plus aucun avertissement (2 corrigés)\n');
  });

  it('never floods the terminal: a long list of new warnings is cut, the rest counted', () => {
    const many = Array.from({ length: 40 }, (_, i) => warning(`data/2023/f${i}.csv`, 'valeur inconnue'));
    const text = warningsText(warningChanges([], many));
    expect(text.split('\n').length).toBeLessThan(15);
    expect(text).toContain('… et 30 autres problèmes');
  });

  it('names a file under the working folder from there', () => {
    const [short] = shortPaths([warning('/home/analyste/alpes/data/2023/jeunes.csv', 'x')], '/home/analyste/alpes');
    expect(short!.file).toBe('data/2023/jeunes.csv');
    const [elsewhere] = shortPaths([warning('/srv/exports/jeunes.csv', 'x')], '/home/analyste/alpes');
    expect(elsewhere!.file).toBe('/srv/exports/jeunes.csv');
  });
});

describe('the terminal of `alpes-report preview`', () => {
  let written = '';
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((written += String(chunk)), true));
  };
  const built = (version: number, previous: DataIssue[] | undefined, current: DataIssue[], changed: string[] = []): BuildOutcome => {
    const warnings = warningChanges(previous, current);
    return { version, ok: true, issues: current, warnings, milliseconds: 420, changed };
  };

  it('prints each build’s warnings after its line: all the first time, then what changed', () => {
    capture();
    say(built(1, undefined, [noCommune]));
    expect(written).toMatch(
      /^✓ Rapport à jour \(420 ms\)\n⚠ 1 avertissement \(aussi en haut de la page\)\u202f:\ndata\/2023\/jeunes\.csv: 4 jeune\(s\) sans commune\n$/,
    );
    capture();
    say(built(2, [noCommune], [noCommune], [join(process.cwd(), 'data', '2023', 'participants.csv')]));
    expect(written).toBe(terminalTypography('✓ Rapport à jour après modification de data/2023/participants.csv (420 ms) ; 1 avertissement, inchangé\n'));
    capture();
    say(built(3, [noCommune], [noCommune, lateExit], ['participants.csv']));
    expect(written).toContain(terminalTypography('⚠ 2 avertissements (1 nouveau) ; le nouveau :\ndata/2023/participants.csv:40: sortie après le 31/12\n'));
    expect(written).not.toContain('jeunes.csv');
  });
});

describe('the warnings bar of the preview page', () => {
  it('comes first in the body, folded, in the page’s flow, and is not printed', () => {
    const page = previewPage(REPORT, warningChanges(undefined, [noCommune, unknownSector]));
    expect(page).toMatch(/<body>\n<style>[^]*<\/style><details class="preview-warnings" id="preview-warnings"><summary>/);
    expect(page).not.toMatch(/<details[^>]* open/);
    expect(page).toContain('<summary>⚠ 2 avertissements sur les données</summary>');
    expect(page).not.toMatch(/position:\s*(fixed|absolute|sticky)/);
    expect(page).toMatch(/@media print\{\.preview-warnings\{display:none\}\}/);
    expect(page.indexOf('preview-warnings')).toBeLessThan(page.indexOf('class="cover"'));
    expect(page).toContain('<title>⚠ 2 – ALPES');
  });

  it('lists each warning escaped, the new ones marked', () => {
    const hostile = warning('data/2023/jeunes.csv', '<script>alert(1)</script>');
    const page = previewPage(REPORT, warningChanges([noCommune], [noCommune, hostile]));
    expect(page).toContain('<summary>⚠ 2 avertissements sur les données, dont 1 nouveau</summary>');
    expect(page).toContain('<li class="new">nouveau : data/2023/jeunes.csv: &lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(page).toContain('<li>data/2023/jeunes.csv: 4 jeune(s) sans commune</li>');
  });

  it('is absent without warnings, and from the error page', () => {
    expect(previewPage(REPORT, warningChanges(undefined, []))).not.toContain('<details');
    expect(previewPage(REPORT, warningChanges(undefined, []))).toContain('<title>ALPES');
    expect(errorPage(2023, 'date invalide', [])).not.toContain('preview-warnings"');
  });
});
