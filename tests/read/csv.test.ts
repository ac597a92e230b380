import { describe, expect, it } from 'vitest';
import { CsvReader, detectDelimiter, type RawRow } from '../../src/read/csv.js';
import { mapColumns, parseCsv } from '../support/csv.js';

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
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
    ]);
    expect(issues).toEqual([{ severity: 'warning', file: 'f.csv', line: 3, message: '2 cellules au lieu de 3 : les dernières colonnes sont lues vides' }]);
  });

  it('reports a row with too many cells, and hands it over whole (its cells are shifted)', () => {
    const { table, issues } = parseCsv('a;b\n1;2;3\n1;2;\n', 'f.csv');
    expect(issues).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 2,
        message: '3 cellules au lieu de 2 : cellules décalées, ligne non lue (un point-virgule dans une cellule non entourée de guillemets ?)',
      },
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n1,2,3\n', 'f.csv').issues[0]!.message).toContain('(une virgule dans une cellule non entourée de guillemets ?)');
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
    expect(mapColumns(table, specs).issues[0]?.message).toBe(
      'colonne obligatoire « identifiant » absente ; en-têtes acceptés : identifiant ; en-têtes du fichier : « nom »',
    );
    const typo = parseCsv('Identifaint;nom\nA;B\n', 'f.csv').table;
    expect(mapColumns(typo, specs).issues[0]?.message).toBe(
      'colonne obligatoire « identifiant » absente (en-tête proche : « Identifaint ») ; en-têtes acceptés : identifiant ; en-têtes du fichier : « Identifaint », « nom »',
    );
  });
});

describe('CsvReader', () => {
  const read = (chunks: string[], acceptsHeader?: (cells: readonly string[]) => boolean) => {
    const reader = new CsvReader('f.csv', undefined, acceptsHeader);
    const rows: RawRow[] = [];
    chunks.forEach((chunk, i) => reader.each(chunk, i === chunks.length - 1, (cells, line) => rows.push({ line, cells })));
    return { rows, issues: reader.issues, headers: reader.headers };
  };

  it('refuses control characters in cells with the line and the column’s header, a NUL or ESC [ alike', () => {
    const { issues } = read(['id;nom\n1;ok\n2;a\u0000b\n', '3;\u001b[31mrouge\n4;x\u009b\n']);
    expect(issues).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 3,
        column: 'nom',
        message: 'caractère de contrôle <U+0000> (caractère nul) dans la cellule : refusé (fichier corrompu, ou texte copié d’un terminal ?)',
      },
      {
        severity: 'error',
        file: 'f.csv',
        line: 4,
        column: 'nom',
        message:
          'caractère de contrôle <U+001B> (échappement, début de séquence de terminal) dans la cellule : refusé (fichier corrompu, ou texte copié d’un terminal ?)',
      },
      {
        severity: 'error',
        file: 'f.csv',
        line: 5,
        column: 'nom',
        message:
          'caractère de contrôle <U+009B> (introducteur de séquence de terminal) dans la cellule : refusé (fichier corrompu, ou texte copié d’un terminal ?)',
      },
    ]);
  });

  it('finds a control character in a record that spans chunks, and accepts TAB, CR and LF where they belong', () => {
    const { issues } = read(['id;note\n1;"déb', 'ut\u0007', ' et fin"\n2;"ligne\r\nsuivante\tet tabulation"\n']);
    expect(issues.map((i) => [i.line, i.column, i.message.slice(0, 43)])).toEqual([[2, 'note', 'caractère de contrôle <U+0007> (sonnerie) d']]);
  });

  it('says a byte-order mark in the middle of a file is one, and a header row repeated below', () => {
    const { rows, issues } = read(['id;nom\n1;a\n\uFEFFid;nom\n2;b\nid;nom\n3;c\n']);
    expect(issues).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 3,
        column: 'id',
        message:
          'marque d’ordre des octets (BOM, U+FEFF) dans la cellule : deux fichiers mis bout à bout ? Supprimez-la (invisible dans la plupart des éditeurs)',
      },
      {
        severity: 'error',
        file: 'f.csv',
        line: 5,
        message: 'la ligne d’en-têtes est répétée ici : deux exports mis bout à bout ? (gardez une seule ligne d’en-têtes, en haut du fichier)',
      },
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });

  it('skips title lines above the header row with a warning, and takes the first line when no later one is a header', () => {
    const isHeader = (cells: readonly string[]) => cells.includes('id');
    const titled = read(['Export du 12/01/2024\n\nPLIE;;\nid;nom\n1;a\n'], isHeader);
    expect(titled.headers).toEqual(['id', 'nom']);
    expect(titled.rows).toEqual([{ line: 5, cells: ['1', 'a'] }]);
    expect(titled.issues).toEqual([
      { severity: 'warning', file: 'f.csv', line: 1, message: 'lignes 1, 3 ignorées : la ligne d’en-têtes est la ligne 4 (titre d’export au-dessus ?)' },
    ]);
    const headerless = read(['ident;nom\n1;a\n', '2;b\n'], isHeader);
    expect(headerless.headers).toEqual(['ident', 'nom']);
    expect(headerless.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(headerless.issues).toEqual([]);
  });

  it('takes the separator Excel’s « sep= » first line declares, and does not take that line for the header', () => {
    const comma = read(['sep=,\r\nid,nom;x\r\n1,a;b\r\n']);
    expect(comma.headers).toEqual(['id', 'nom;x']);
    expect(comma.rows).toEqual([{ line: 3, cells: ['1', 'a;b'] }]);
    expect(comma.issues).toEqual([]);
    expect(read(['SEP=|\nid|nom\n']).issues).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 1,
        message:
          'séparateur « | » déclaré par la ligne « sep= » : non pris en charge (point-virgule, virgule, tabulation) ; enregistrez le fichier en CSV séparé par des points-virgules',
      },
    ]);
  });
});
