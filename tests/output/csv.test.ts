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
    'plie.exits': { ...entry(110, 'Sorties'), unit: 'people' },
    'plie.exits.history': entry({ '2022': 100, '2021': 90 }),
    'plie.exits.positiveRate': { ...entry(0.6, 'Taux'), unit: 'rate' },
    'plie.exits.positiveRate.history': entry({ '2022': 0.5 }),
    'plie.exits.byCategory': { ...entry({ Emploi: 40, '=Rupture': 2 }, 'Par catégorie'), unit: 'people' },
    'mde.events.byKind': { ...entry({ Salon: { visitors: 12 } }, 'Par type'), unit: 'count', cellLabels: { visitors: 'visiteurs' } },
    'ml.aids.byFund': {
      ...entry({ FAJ: { amount: 1500.5, beneficiaries: 3 } }, 'Aides par fonds'),
      unit: { amount: 'euros', beneficiaries: 'people' },
      cellLabels: { amount: 'montant', beneficiaries: 'bénéficiaires' },
    },
    'plie.orphan.history': entry({ '2022': 3 }),
    'mde.creation.projects': { ...entry({ "Création d'entreprise": 4 }, "Projets d'entreprise : accueil"), unit: 'people' },
  };
  // Measured on the previous years for the spreadsheets, not kept as a `.history` figure.
  const previous = {
    'plie.exits.byCategory': { value: { '2022': { Emploi: 32, Autre: 1 } }, sources: ['2022/participants.csv'] },
    'ml.aids.byFund': { value: { '2022': { FAJ: { amount: 1000, beneficiaries: 4 } } }, sources: ['2022/aides.csv'] },
  };
  const rows = indicatorsCsv(indicators, 2023, previous).replace('\ufeff', '').trim().split('\r\n');

  it('has the documented header, with the unit', () => {
    expect(rows[0]).toBe('clé;libellé;groupe;unité;valeur 2023;valeur 2022;écart;évolution relative');
  });

  it('puts the previous year beside a count, with its unit, the difference and the relative change', () => {
    expect(rows).toContain('plie.exits;Sorties;;personnes;110;100;10;0,1');
  });

  it('writes a rate in % with its difference in points, and no relative change', () => {
    expect(rows).toContain('plie.exits.positiveRate;Taux;;%;60;50;10;');
  });

  it('writes one row per breakdown cell, nested cells as outer / inner, formula-like labels neutralised', () => {
    expect(rows).toContain("plie.exits.byCategory;Par catégorie;'=Rupture;personnes;2;;;");
    expect(rows).toContain('mde.events.byKind;Par type;Salon / visiteurs;nombre;12;;;');
  });

  it('names the cells the code names by their declared French names, each with its own unit', () => {
    expect(rows).toContain('ml.aids.byFund;Aides par fonds;FAJ / montant;€;1500,5;1000;500,5;0,5005');
    expect(rows).toContain('ml.aids.byFund;Aides par fonds;FAJ / bénéficiaires;personnes;3;4;-1;-0,25');
    expect(rows.some((r) => /amount|beneficiaries|visitors/.test(r))).toBe(false);
  });

  it('typesets its labels as the report prints them, a capital first, and keeps the data’s names as written', () => {
    expect(rows).toContain("mde.creation.projects;Projets d’entreprise\u202f: accueil;Création d'entreprise;personnes;4;;;");
  });

  it('gives a breakdown cell its previous-year value measured for the spreadsheets', () => {
    expect(rows).toContain('plie.exits.byCategory;Par catégorie;Emploi;personnes;40;32;8;0,25');
  });

  it('folds a .history figure into its figure, and keeps one that has no figure of its own', () => {
    expect(rows.some((r) => r.startsWith('plie.exits.history;'))).toBe(false);
    expect(rows).toContain('plie.orphan.history;Libellé;2022;;3;;;');
  });
});
