import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/ingest/columns.js';
import { detectDelimiter, parseCsv } from '../../src/ingest/csv.js';

describe('parseCsv', () => {
  it('detects the separator from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,"c;d"\n1,2,3')).toBe(',');
  });

  it('handles CRLF, quoted fields with separators and quotes, and blank trailing lines, keeping line numbers', () => {
    const { table, issues } = parseCsv('id;nom\r\n1;"Dupont; Jean"\r\n\r\n2;"Le ""Grand"""\r\n\r\n;\r\n', 'f.csv');
    expect(issues).toEqual([]);
    expect(table.headers).toEqual(['id', 'nom']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'Dupont; Jean'] },
      { line: 4, cells: ['2', 'Le "Grand"'] },
    ]);
  });

  it('numbers a record by the line it starts on, even after a quoted cell spanning lines', () => {
    const { table } = parseCsv('id;note\r\n1;"ligne un\r\nligne deux"\r\n2;x\r\n', 'f.csv');
    expect(table.rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [2, 'ligne un\nligne deux'],
      [4, 'x'],
    ]);
  });

  it('keeps a stray quote inside a cell as text', () => {
    const { table, issues } = parseCsv('id;structure\n1;Association "Le Phare"\n', 'f.csv');
    expect(issues).toEqual([]);
    expect(table.rows[0]?.cells).toEqual(['1', 'Association "Le Phare"']);
  });

  it('accepts empty trailing cells and warns of a short row', () => {
    const { table, issues } = parseCsv('a;b;c\n1;2;3;\n1;2\n', 'f.csv');
    expect(table.rows.map((r) => r.cells)).toEqual([['1', '2', '3'], ['1', '2']]);
    expect(issues).toEqual([{ severity: 'warning', file: 'f.csv', line: 3, message: '2 cellules au lieu de 3 : les dernières colonnes sont lues vides' }]);
  });

  it('reports a row with too many cells', () => {
    const { issues } = parseCsv('a;b\n1;2;3\n', 'f.csv');
    expect(issues).toEqual([{ severity: 'error', file: 'f.csv', line: 2, message: '3 cellules au lieu de 2 (séparateur ou guillemet en trop ?)' }]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('', 'f.csv').issues[0]?.message).toMatch(/vide/);
  });
});

describe('mapColumns', () => {
  const specs = [
    { name: 'date_sortie', aliases: ['date_de_sortie'], required: false },
    { name: 'identifiant', aliases: [], required: true },
  ];

  it('matches headers whatever their case, accents and punctuation, and through aliases', () => {
    const { table } = parseCsv('IDENTIFIANT;Date de sortie\nA;01/01/2023\n', 'f.csv');
    const { mapped, issues } = mapColumns(table, specs);
    expect(issues).toEqual([]);
    expect(mapped.rows[0]?.values).toEqual({ date_sortie: '01/01/2023', identifiant: 'A' });
    expect(mapped.headerOf.date_sortie).toBe('Date de sortie');
  });

  it('accepts aliases declared in the configuration', () => {
    const { table } = parseCsv('Numéro;Fin de parcours\nA;01/01/2023\n', 'f.csv');
    const { mapped, issues } = mapColumns(table, specs, { identifiant: ['Numéro'], date_sortie: ['Fin de parcours'] });
    expect(issues).toEqual([]);
    expect(mapped.rows[0]?.values.date_sortie).toBe('01/01/2023');
  });

  it('reports a missing required column with the accepted headers, the file’s and the nearest', () => {
    const { table } = parseCsv('nom\nA\n', 'f.csv');
    expect(mapColumns(table, specs).issues[0]?.message).toBe('colonne obligatoire « identifiant » absente ; en-têtes acceptés : identifiant ; en-têtes du fichier : « nom »');
    const typo = parseCsv('Identifaint;nom\nA;B\n', 'f.csv').table;
    expect(mapColumns(typo, specs).issues[0]?.message).toBe('colonne obligatoire « identifiant » absente (en-tête proche : « Identifaint ») ; en-têtes acceptés : identifiant ; en-têtes du fichier : « Identifaint », « nom »');
  });
});
