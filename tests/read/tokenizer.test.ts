import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer, detectDelimiter, type Delimiter, type RawRow } from '../../src/read/tokenizer.js';

const TRICKY = [
  'id;nom;note\r\n',
  '1;"Dupont; Jean";ok\r\n',
  '\r\n',
  '2;"Le ""Grand""";"ligne un\r\nligne deux"\r\n',
  '3;Association "Le Phare"; espaces autour \r\n',
  ';;\r\n',
  '5;"entre guillemets"  ;"suivi de blancs" \t\r\n',
  '6;"sur deux\r\nlignes"  ;puis une cellule\r\n',
  '4;"";"fin sans saut"',
].join('');

/** The tokenizer fed in pieces of the given sizes, as the reader feeds it file chunks. */
function inPieces(text: string, sizes: number[], delimiter: Delimiter = ';', maxRecord?: number): RawRow[] {
  const tokenizer = new CsvTokenizer(delimiter, maxRecord);
  const rows: RawRow[] = [];
  let pos = 0;
  for (const size of sizes) {
    rows.push(...tokenizer.push(text.slice(pos, pos + size)));
    pos += size;
  }
  rows.push(...tokenizer.push(text.slice(pos), true));
  return rows;
}

/** csv-parse with the options the tokenizer follows: the reference. */
function reference(text: string, delimiter = ';'): RawRow[] {
  const records = parse(text.replace(/\r\n?/g, '\n'), {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  return records.map(({ record, raw, info }) => ({ line: info.lines - (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0), cells: record }));
}

/** A seeded sequence of piece sizes (1 to 40 characters). */
function sizes(seed: number, total: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let sum = 0; sum < total;) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const n = 1 + (s % 40);
    out.push(n);
    sum += n;
  }
  return out;
}

describe('the CSV tokenizer', () => {
  it('reads quotes, separators and line breaks in cells, blank lines and trimmed cells as csv-parse does', () => {
    expect(inPieces(TRICKY, [])).toEqual(reference(TRICKY));
  });

  it('gives the same records whatever the chunks it is fed in (a CR, a quote or a record across chunks)', () => {
    const whole = inPieces(TRICKY, []);
    for (let seed = 1; seed <= 200; seed++) expect(inPieces(TRICKY, sizes(seed, TRICKY.length))).toEqual(whole);
  });

  it('cuts lines without a separator among lines with some, and a one-column file, as csv-parse does, whatever the chunks', () => {
    // The next separator is searched for once, past such lines: the lines between keep their one cell.
    const sparse = ['id;valeur\n', '1\n', '\n', '2\n', ' a ; b \n', '3\n', '"c;d"\n', 'e\n', '4;\n', ';\n', 'f; \n', 'g'].join('');
    const column = Array.from({ length: 300 }, (_, i) => ` ligne ${i} \n`).join('');
    for (const text of [sparse, column]) {
      expect(inPieces(text, [])).toEqual(reference(text));
      for (let seed = 1; seed <= 50; seed++) expect(inPieces(text, sizes(seed, text.length))).toEqual(reference(text));
    }
  });

  it('reads every fixture file as csv-parse does', () => {
    for (const file of ['participants.csv', 'etapes.csv', 'evenements.csv', 'aides.csv', 'contenu/manifestations.csv']) {
      const text = readFileSync(`fixtures/2023/${file}`, 'latin1');
      expect(inPieces(text, sizes(7, 5000)), file).toEqual(reference(text));
    }
  });

  it('reads commas as separators when asked', () => {
    expect(inPieces('a,b\n"1,5",2\n', [3], ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1,5', '2'] },
    ]);
  });

  it('reads lines ended by a lone CR (old Mac files), a quoted break included, whatever the chunks', () => {
    const text = 'a;b\r1;"x\ry"\r\r2;z\r';
    const expected = [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['2', 'z'] },
    ];
    expect(inPieces(text, [])).toEqual(expected);
    expect(inPieces(text, [3, 4, 1])).toEqual(expected);
  });

  it('says where a quote is never closed, and where a closing quote is misplaced', () => {
    const open = () => inPieces('a;b\n1;"ouvert\n2;3\n', [5]);
    expect(open).toThrow(CsvSyntaxError);
    expect(open).toThrow('guillemet ouvert jamais refermé (cellule 2)');
    try {
      inPieces('a;b\n1;"x"y\n', []);
    } catch (error) {
      expect(error).toMatchObject({ line: 2, reason: 'guillemet fermant mal placé (cellule 2)' });
      return;
    }
    throw new Error('pas d’erreur');
  });

  it('reads TAB as a separator, a blank cell and a quoted TAB included (Excel « Texte Unicode »)', () => {
    const text = 'a\tb\tc\r\n1\t\t"x\ty"\r\n\t "q" \t3\r\n';
    const expected = [
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', 'x\ty'] },
      { line: 3, cells: ['', 'q', '3'] },
    ];
    expect(inPieces(text, [], '\t')).toEqual(expected);
    expect(inPieces(text, [4, 1, 3, 2], '\t')).toEqual(expected);
    expect(inPieces(text, [], '\t')).toEqual(reference(text, '\t'));
  });

  it('detects ; TAB or , from the header line alone, outside quotes, a tie going to ;', () => {
    expect(detectDelimiter('a\tb\tc\n1;2;3;4;5')).toBe('\t');
    expect(detectDelimiter('"Nom, prénom";b;c\n')).toBe(';');
    expect(detectDelimiter('a,b;c\n')).toBe(';');
    expect(detectDelimiter('a,"b;c";d,e\r\n;;;;')).toBe(',');
    expect(detectDelimiter('a b c\n')).toBe(';');
    // A title line without any separator is passed over.
    expect(detectDelimiter('Export du 12/01/2024\r\n\r\na\tb\tc\r\n')).toBe('\t');
  });

  it('says a line that never ends is one, with its line, whatever the chunks (limit lowered)', () => {
    const text = `a;b\n1;2\n${'x'.repeat(300)}`;
    for (const pieces of [
      [50, 50, 50, 50],
      [10, 150, 150],
    ]) {
      expect(() => inPieces(text, pieces, ';', 100)).toThrow(
        expect.objectContaining({
          line: 3,
          reason: 'ligne de plus de 100 caractères sans retour à la ligne : ce n’est pas un export CSV, ou ses retours à la ligne ont été perdus',
        }),
      );
    }
    // A stray quote in the line does not make it an open quote: there is no line break to hold.
    expect(() => inPieces(`a;b\n1;"${'x'.repeat(300)}`, [20, 20, 20, 20, 20, 20], ';', 100)).toThrow('ligne de plus de 100 caractères sans retour à la ligne');
    expect(() => inPieces(`a;b\n1;"ouvert\n${'x;y\n'.repeat(100)}`, [20, 20, 20, 20, 20, 20, 20, 20], ';', 100)).toThrow(
      expect.objectContaining({ line: 2, reason: 'guillemet ouvert jamais refermé : plus de 100 caractères de texte sans guillemet fermant' }),
    );
  });
});
