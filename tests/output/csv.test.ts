import { describe, expect, it } from 'vitest';
import { csvCell, spreadsheetCsv } from '../../src/output/csv.js';
import { indicatorsCsv } from '../../src/output/indicators-csv.js';
import type { IndicatorsJson } from '../../src/report.js';

const entry = (value: IndicatorsJson[string]['value'], label = 'libellé'): IndicatorsJson[string] => ({ value, label, definition: 'déf.', sources: [] });

describe('spreadsheet CSV', () => {
  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    expect(spreadsheetCsv(['a', 'b'], [[1, 'x']])).toBe('\ufeffa;b\r\n1;x\r\n');
  });

  it('writes decimals with a comma and never in exponent notation', () => {
    expect(csvCell(0.5931)).toBe('0,5931');
    expect(csvCell(-12.5)).toBe('-12,5');
    expect(csvCell(1e-7)).toBe('0,0000001');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x";"clic")')).toBe(`"'=HYPERLINK(""http://x"";""clic"")"`);
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Marcq-en-Barœul')).toBe('Marcq-en-Barœul');
  });

  it('quotes cells holding a separator, a quote or a line break', () => {
    expect(csvCell('Santé; retraite')).toBe('"Santé; retraite"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('indicators CSV', () => {
  const indicators: IndicatorsJson = {
    'plie.exits': entry(110, 'Sorties'),
    'plie.exits.history': entry({ '2022': 100, '2021': 90 }),
    'plie.exits.positiveRate': entry(0.6, 'Taux'),
    'plie.exits.positiveRate.history': entry({ '2022': 0.5 }),
    'plie.exits.byCategory': entry({ Emploi: 40, '=Rupture': 2 }, 'Par catégorie'),
    'mde.events.byKind': entry({ Salon: { visitors: 12 } }, 'Par type'),
    'plie.orphan.history': entry({ '2022': 3 }),
  };
  const rows = indicatorsCsv(indicators, 2023).replace('\ufeff', '').trim().split('\r\n');

  it('has the documented header', () => {
    expect(rows[0]).toBe('clé;libellé;groupe;valeur 2023;valeur 2022;écart;évolution relative');
  });

  it('puts the previous year beside a count, with the difference and the relative change', () => {
    expect(rows).toContain('plie.exits;Sorties;;110;100;10;0,1');
  });

  it('gives a rate its difference in points but no relative change', () => {
    expect(rows.find((r) => r.startsWith('plie.exits.positiveRate;'))).toMatch(/^plie\.exits\.positiveRate;Taux;;0,6;0,5;0,(09999|1)\d*;$/);
  });

  it('writes one row per breakdown cell, nested cells as outer / inner, formula-like labels neutralised', () => {
    expect(rows).toContain('plie.exits.byCategory;Par catégorie;Emploi;40;;;');
    expect(rows).toContain("plie.exits.byCategory;Par catégorie;'=Rupture;2;;;");
    expect(rows).toContain('mde.events.byKind;Par type;Salon / visitors;12;;;');
  });

  it('folds a .history figure into its figure, and keeps one that has no figure of its own', () => {
    expect(rows.some((r) => r.startsWith('plie.exits.history;'))).toBe(false);
    expect(rows).toContain('plie.orphan.history;libellé;2022;3;;;');
  });
});
