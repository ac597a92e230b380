import { describe, expect, it } from 'vitest';
import { explanationCsv } from '../../src/explain/explain.js';
import { formatExplanation, rowIdentifier, withUnit as withUnitAsIs, type Explanation } from '../../src/explain/format.js';
import type { Evidence, EvidencePart, MeasureKind } from '../../src/measure/evidence.js';
import type { CellUnits, IndicatorValue, Unit } from '../../src/measure/indicator.js';

/** Hand-made rows: `n` rows of `file` from line 2, identifiers `P-1`…, each worth `amount` when summed. */
function part(group: string, n: number, extra: Partial<EvidencePart> & { amount?: number; from?: number } = {}): EvidencePart {
  const from = extra.from ?? 1;
  const rows = Array.from({ length: n }, (_, i) => ({ line: i + 2, identifiant: `P-${from + i}`, amount: extra.amount ?? 1 }));
  return {
    group,
    role: undefined,
    file: 'participants.csv',
    year: undefined,
    rows,
    distinctBy: undefined,
    amountOf: extra.amount === undefined ? undefined : (row) => (row as unknown as { amount: number }).amount,
    ...extra,
  };
}

function explanation(value: IndicatorValue, unit: Unit | CellUnits | undefined, evidence: Evidence | undefined, key = 'test.figure'): Explanation {
  return { key, year: 2023, indicator: { value, unit, label: 'Un chiffre', definition: 'Sa définition.', sources: ['2023/participants.csv'] }, evidence };
}

const evidence = (kind: MeasureKind, parts: EvidencePart[], extra: Partial<Evidence> = {}): Evidence => ({ kind, parts, ...extra });

/** The titles of the rows' blocks (a line that starts a block after an empty line), in the order printed. */
const blockTitles = (text: string) => [...text.matchAll(/\n\n([^\n]+?) : /g)].map((m) => m[1]);

describe('explain prints a figure with its unit', () => {
  it('says a number with its unit as a reader says it', () => {
    // Thousands are set apart by a narrow no-break space, as the report prints them.
    const withUnit = (value: number | null, unit: Unit) => withUnitAsIs(value, unit).replace(/\u202f/g, ' ');
    expect(withUnit(34.2, 'months')).toBe('34,2 mois');
    expect(withUnit(4339, 'hours')).toBe('4 339 h');
    expect(withUnit(2076074, 'euros')).toBe('2 076 074 €');
    expect(withUnit(8, 'people')).toBe('8 personnes');
    expect(withUnit(1, 'people')).toBe('1 personne');
    expect(withUnit(0, 'people')).toBe('0 personne');
    expect(withUnit(null, 'euros')).toBe('–');
    expect(withUnit(12, 'count')).toBe('12');
    expect(withUnit(0.5, 'rate')).toMatch(/^50\s%$/);
  });

  it('prints a sum in hours with its total, each row with its hours', () => {
    const text = formatExplanation(explanation(13, 'hours', evidence('sum', [part('', 2, { amount: 6.5 })])));
    expect(text).toContain('Valeur : 13 h (somme de 2 lignes)\n');
    expect(text).toMatch(/^ {2}2023\/participants\.csv:2 {2}P-1 {2}6,5 h$/m);
  });

  it('prints a mean in months, and a plain count of distinct people over their rows', () => {
    expect(formatExplanation(explanation(3, 'months', evidence('mean', [part('', 4, { amount: 3 })])))).toContain('Valeur : 3 mois (moyenne de 4 lignes)\n');
    const distinct = part('', 3, { distinctBy: () => 'same person' });
    expect(formatExplanation(explanation(1, 'people', evidence('count', [distinct])))).toContain('Valeur : 1 personne (1 personne distincte sur 3 lignes)\n');
  });

  it('prints a count spread over the months as its count over the months', () => {
    const text = formatExplanation(explanation(2, 'count', evidence('count', [part('', 24)], { divideBy: 12 })));
    expect(text).toContain('Valeur : 2 = 24 / 12 (24 lignes)\n');
  });
});

describe('explain prints a rate as numerator / denominator', () => {
  const rate = (group: string, top: number, bottom: number) => [
    part(group, top, { role: 'numerator' }),
    part(group, bottom, { role: 'denominator', from: 1000 }),
  ];

  it('writes « 59 % = 86 / 145 », then each side’s rows', () => {
    const text = formatExplanation(explanation(86 / 145, 'rate', evidence('rate', rate('', 86, 145))), 2);
    expect(text).toMatch(/^Valeur : 59\s% = 86 \/ 145$/m);
    expect(text).toMatch(/^Numérateur : 86 lignes\n {2}2023\/participants\.csv:2 {2}P-1\n {2}2023\/participants\.csv:3 {2}P-2\n {2}… et 84 autres/m);
    expect(text).toMatch(/^Dénominateur : 145 lignes\n {2}2023\/participants\.csv:2 {2}P-1000\n/m);
    expect(text.indexOf('Numérateur')).toBeLessThan(text.indexOf('Dénominateur'));
  });

  it('prints a ratio (contacts per young person) as a decimal, not a percentage', () => {
    const text = formatExplanation(explanation(2.5, 'ratio', evidence('rate', rate('', 5, 2))));
    expect(text).toContain('Valeur : 2,5 = 5 / 2\n');
  });

  it('gives each year of a rate’s history its fraction, in the value’s order', () => {
    // Evidence comes newest first; the value (a JSON object) gives its years oldest first.
    const text = formatExplanation(explanation({ '2021': 0.5, '2022': 0.25 }, 'rate', evidence('rate', [...rate('2022', 1, 4), ...rate('2021', 2, 4)])));
    expect(text).toMatch(/^Valeur :\n {2}2021 {2}50\s% = 2 \/ 4\n {2}2022 {2}25\s% = 1 \/ 4$/m);
    expect(blockTitles(text)).toEqual(['2021', '2022']);
    expect(text).toMatch(/^2022 : 25\s% = 1 \/ 4\n {2}Numérateur : 1 ligne\n/m);
  });
});

describe('explain lists a breakdown’s cells in the order of its value', () => {
  it('prints one cell a line, then each cell’s rows in the same order, an empty cell said empty', () => {
    // The rows come in the export's order (a before b); the value, most frequent first.
    const value = { b: 2, a: 1, z: 0 };
    const text = formatExplanation(explanation(value, 'people', evidence('count', [part('a', 1), part('b', 2, { from: 10 })])));
    expect(text).toContain('Valeur :\n  b  2 personnes\n  a  1 personne\n  z  0 personne\n');
    expect(blockTitles(text)).toEqual(['b', 'a', 'z']);
    expect(text).toContain('\n\nb : 2 personnes (2 lignes)\n  2023/participants.csv:2  P-10\n');
    expect(text).toContain('\n\nz : 0 personne (aucune ligne)\n');
    // The spreadsheet's rows in the same order.
    const csv = explanationCsv(explanation(value, 'people', evidence('count', [part('a', 1), part('b', 2, { from: 10 })])));
    const groups = csv
      .replace('\ufeff', '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[1]);
    expect(groups).toEqual(['b', 'b', 'a']);
  });

  it('gives each cell of a nested breakdown its own unit, numbers aligned', () => {
    const value = { FAJ: { amount: 300, beneficiaries: 2 } };
    const parts = [
      part('FAJ / amount', 3, { kind: 'sum', amount: 100 }),
      part('FAJ / beneficiaries', 3, { kind: 'count', distinctBy: (r) => String(r.line % 2) }),
    ];
    const text = formatExplanation(explanation(value, { amount: 'euros', beneficiaries: 'people' }, evidence('count', parts)));
    expect(text).toContain('Valeur :\n  FAJ / amount         300 €\n  FAJ / beneficiaries    2 personnes\n');
    expect(text).toContain('\n\nFAJ / amount : 300 € (somme de 3 lignes)\n  2023/participants.csv:2  P-1  100 €\n');
    expect(text).toContain('\n\nFAJ / beneficiaries : 2 personnes (2 personnes distinctes sur 3 lignes)\n');
  });

  it('lists a plain figure’s rows under each group they are kept in, with the figure each makes, the largest first', () => {
    const parts = [part('FAJ', 2, { amount: 100 }), part('CEJ', 1, { amount: 300 }), part('Repas', 1, { amount: 200 })];
    const text = formatExplanation(explanation(700, 'euros', evidence('sum', parts)));
    expect(text).toContain('Valeur : 700 € (somme de 4 lignes)\n');
    expect(blockTitles(text)).toEqual(['CEJ', 'FAJ', 'Repas']);
    const csv = explanationCsv(explanation(700, 'euros', evidence('sum', parts)));
    expect(
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(';')[1]),
    ).toEqual(['CEJ', 'FAJ', 'FAJ', 'Repas']);
    expect(text).toContain('\n\nCEJ : 300 € (1 ligne)\n');
  });

  it('prints a declared breakdown with its units and says it is declared', () => {
    const text = formatExplanation(explanation({ sessions: 6, participants: 40 }, { sessions: 'count', participants: 'people' }, undefined));
    expect(text).toContain('Valeur :\n  sessions       6\n  participants  40 personnes\n');
    expect(text).toContain('Chiffre déclaré (contenu/indicateurs.json), pas compté à partir de lignes.');
  });
});

describe('explain names each row by its pseudonymous identifier', () => {
  it('finds a Cyber-base user’s identifier, and leaves a row without one bare (no trailing space)', () => {
    expect(rowIdentifier({ line: 2, identifiant_usager: 'CB-00042' } as never)).toBe('CB-00042');
    const bare = { ...part('', 1), rows: [{ line: 2 }] };
    expect(formatExplanation(explanation(1, 'count', evidence('count', [bare])))).toContain('Lignes :\n  2023/participants.csv:2\n');
  });
});
