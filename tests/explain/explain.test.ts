import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ReportError } from '../../src/errors.js';
import { explainOrSearch, explanationCsv, formatExplanation, type Explanation, type ExplainOptions } from '../../src/explain/explain.js';

/** The figure a key names, as `explain` gives it (never a list of matches). */
async function explainIndicator(options: ExplainOptions): Promise<Explanation> {
  const outcome = await explainOrSearch(options);
  if (outcome.kind !== 'explanation') throw new Error(`${options.key}: matches, not a figure`);
  return outcome.explanation;
}

const participantLines = readFileSync('fixtures/2023/participants.csv', 'latin1').split(/\r?\n/);

describe('explain plie.exits.legitimate on the 2023 fixtures', () => {
  let explained: Explanation;
  beforeAll(async () => {
    explained = await explainIndicator({ year: 2023, key: 'plie.exits.legitimate', dataDir: 'fixtures/2023' });
  });

  it('lists the 23 sorties légitimes, grouped by reason', () => {
    expect(explained.indicator.value).toBe(23);
    const parts = explained.evidence!.parts;
    expect(parts.reduce((n, p) => n + p.rows.length, 0)).toBe(23);
    expect(new Set(parts.map((p) => p.group))).toEqual(new Set(['Santé', 'Déménagement', 'Emploi probable / sans justificatif', 'Retraite']));
  });

  it('points each row to its own line of participants.csv', () => {
    for (const part of explained.evidence!.parts) {
      for (const row of part.rows) {
        const line = participantLines[row.line - 1]!;
        const id = (row as unknown as { identifiant: string }).identifiant;
        expect(line.startsWith(`${id};`)).toBe(true);
        expect(line).toContain(';Légitime;');
        expect(line).toContain(`;${part.group};`);
      }
    }
  });

  it('prints the definition, the value and each row as file:line and identifier, never a name', () => {
    const text = formatExplanation(explained);
    expect(text).toContain('plie.exits.legitimate — Sorties légitimes');
    expect(text).toContain('Définition : ');
    expect(text).toContain('Valeur : 23 personnes (23 lignes)\n');
    expect(text).toMatch(/^Santé : \d+ personnes? \(\d+ lignes?\)$/m);
    expect(text).toMatch(/^ {2}2023\/participants\.csv:\d+ {2}PL-\d+$/m);
    const first = explained.evidence!.parts[0]!.rows[0]!.line;
    const [, surname, firstName] = participantLines[first - 1]!.split(';');
    expect(text).not.toContain(surname);
    expect(text).not.toContain(firstName);
  });

  it('writes every row to a spreadsheet CSV', () => {
    const lines = explanationCsv(explained).replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('clé;groupe;rôle;fichier;ligne;identifiant;valeur');
    expect(lines).toHaveLength(24);
    expect(lines[1]).toMatch(/^plie\.exits\.legitimate;[^;]+;;2023\/participants\.csv;\d+;PL-\d+;$/);
  });
});

describe('explain on other kinds of figures', () => {
  it('splits a rate into numerator and denominator rows, and prints it as « 51 % = 86 / 168 »', async () => {
    const explained = await explainIndicator({ year: 2023, key: 'plie.exits.positiveRate', dataDir: 'fixtures/2023' });
    const { evidence, indicator } = explained;
    const count = (role: string) => evidence!.parts.filter((p) => p.role === role).reduce((n, p) => n + p.rows.length, 0);
    expect(count('numerator') / count('denominator')).toBeCloseTo(indicator.value as number, 12);
    const percent = Math.round((indicator.value as number) * 100);
    const text = formatExplanation(explained);
    expect(text).toMatch(new RegExp(`^Valeur : ${percent}\\s% = ${count('numerator')} / ${count('denominator')}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Numérateur : ${count('numerator')} lignes\n {2}2023/participants\\.csv:\\d+ {2}PL-\\d+$`, 'm'));
    expect(text).toMatch(new RegExp(`^Dénominateur : ${count('denominator')} lignes$`, 'm'));
  });

  it('lists a breakdown by commune in the order of its value, every commune, with its unit', async () => {
    const explained = await explainIndicator({ year: 2023, key: 'plie.participants.byCommune', dataDir: 'fixtures/2023' });
    const value = explained.indicator.value as Record<string, number>;
    const text = formatExplanation(explained, 1);
    const titles = [...text.matchAll(/\n\n([^\n]+?) : \d+ personnes? \(/g)].map((m) => m[1]);
    expect(titles).toEqual(Object.keys(value));
    const table = text.slice(text.indexOf('Valeur :\n'), text.indexOf('Fichiers :'));
    expect([...table.matchAll(/^ {2}(.+?) +\d+ personnes?$/gm)].map((m) => m[1])).toEqual(Object.keys(value));
    // A commune where nobody lives still has its line, said empty.
    const empty = Object.keys(value).find((commune) => value[commune] === 0);
    if (empty !== undefined) expect(text).toContain(`\n\n${empty} : 0 personne (aucune ligne)\n`);
  });

  it('prints hours, euros and months after their figures and each row’s amount', async () => {
    const hours = formatExplanation(await explainIndicator({ year: 2023, key: 'mde.clause.hoursByCommune', dataDir: 'fixtures/2023' }), 1);
    expect(hours).toMatch(/^Lompret : [\d\u202f,]+ h \(somme de \d+ lignes\)\n {2}2023\/clauses\.csv:\d+ {2}CS-\d+ {2}[\d,]+ h$/m);
    const euros = formatExplanation(await explainIndicator({ year: 2023, key: 'ml.aids.total', dataDir: 'fixtures/2023' }), 1);
    expect(euros).toMatch(/^Valeur : [\d\u202f]+ € \(somme de [\d\u202f]+ lignes\)$/m);
    expect(euros).toMatch(/^FAJ : [\d\u202f]+ € \(somme de \d+ lignes\)\n {2}2023\/aides\.csv:\d+ {2}ML-\d+ {2}[\d,]+ €$/m);
    // To the cent, as aides.csv writes it (line 2: 301,07).
    expect(formatExplanation(await explainIndicator({ year: 2023, key: 'ml.aids.total', dataDir: 'fixtures/2023' }), 3)).toMatch(
      /^ {2}2023\/aides\.csv:2 {2}ML-\d+ {2}301,07 €$/m,
    );
    const months = formatExplanation(await explainIndicator({ year: 2023, key: 'plie.exits.positive.meanMonths.history', dataDir: 'fixtures/2023' }), 1);
    expect(months).toMatch(/^Valeur :\n {2}2021 {2}\d+,\d mois\n {2}2022 {2}\d+,\d mois$/m);
    expect(months).toMatch(/^2021 : \d+,\d mois \(moyenne de \d+ lignes\)\n {2}2021\/participants\.csv:\d+ {2}PL-\d+ {2}\d+,\d mois$/m);
    expect(months.indexOf('\n2021 : ')).toBeLessThan(months.indexOf('\n2022 : '));
  });

  it('names a breakdown’s cells by the French names its figure declares', async () => {
    const byFund = formatExplanation(await explainIndicator({ year: 2023, key: 'ml.aids.byFund', dataDir: 'fixtures/2023' }), 1);
    expect(byFund).toMatch(/^ {2}FAJ \/ montant +[\d\u202f]+ €$/m);
    expect(byFund).toMatch(/^ {2}FAJ \/ bénéficiaires +\d+ personnes$/m);
    expect(byFund).toMatch(/^FAJ \/ demandes : \d+ \(/m);
    expect(byFund).not.toMatch(/amount|beneficiaries|applications/);
  });

  it('lists a .history figure by year, from that year’s files', async () => {
    const explained = await explainIndicator({ year: 2023, key: 'plie.exits.history', dataDir: 'fixtures/2023' });
    expect(explained.evidence!.parts.map((p) => p.group)).toEqual(['2022', '2021']);
    expect(formatExplanation(explained)).toMatch(/^ {2}2022\/participants\.csv:\d+ /m);
  });

  it('says a declared figure is declared rather than counted', async () => {
    const text = formatExplanation(await explainIndicator({ year: 2023, key: 'territory.population', dataDir: 'fixtures/2023' }));
    expect(text).toContain('Chiffre déclaré (contenu/territoire.json)');
    expect(text).toMatch(/^Valeur : [\d\u202f]+ personnes$/m);
  });

  it('refuses an unknown key, suggesting the keys that start like it', async () => {
    const error = await explainIndicator({ year: 2023, key: 'plie.exit', dataDir: 'fixtures/2023' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe(ErrorCode.UNKNOWN_INDICATOR);
    expect((error as ReportError).message).toContain('plie.exits.legitimate');
  });
});

describe('explain with words or an unknown key', () => {
  it('refuses __proto__, constructor and toString as unknown keys (exit 2), not a crash', async () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty.x']) {
      const error = await explainIndicator({ year: 2023, key, dataDir: 'fixtures/2023' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).code).toBe(ErrorCode.UNKNOWN_INDICATOR);
    }
  });

  it('suggests plie.exits.legitimate first for plie.exit.legitimate', async () => {
    const error = (await explainIndicator({ year: 2023, key: 'plie.exit.legitimate', dataDir: 'fixtures/2023' }).catch((e: unknown) => e)) as ReportError;
    expect(error.message).toContain('indicateur inconnu : « plie.exit.legitimate ». Clés proches :\n  plie.exits.legitimate\n');
    expect(error.message).not.toContain('plie.programme');
    expect(error.message).toContain('(toutes les clés et leur libellé : alpes-report explain 2023 --list)');
  });

  it('lists the keys whose label holds a French word, and every key with --list', async () => {
    const found = await explainOrSearch({ year: 2023, key: 'sorties légitimes', dataDir: 'fixtures/2023' });
    expect(found.kind).toBe('matches');
    expect(found.kind === 'matches' && found.matches.map((m) => m.key)).toContain('plie.exits.legitimate');
    const all = await explainOrSearch({ year: 2023, key: '', list: true, dataDir: 'fixtures/2023' });
    expect(all.kind === 'matches' && all.matches.length).toBeGreaterThan(150);
  });
});
