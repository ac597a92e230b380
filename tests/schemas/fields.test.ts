import { describe, expect, it } from 'vitest';
import { ageAt, dateProblem, parseDate } from '../../src/schemas/dates.js';
import {
  dateOrMonth,
  identifier,
  looseIdentifier,
  normalIdentifier,
  optionalAmount,
  optionalDate,
  optionalEndDate,
  optionalNumber,
  yesNo,
} from '../../src/schemas/fields.js';
import { parseNumber } from '../../src/schemas/numbers.js';

const messageOf = (schema: { safeParse(v: string): { error?: { issues: { message: string }[] } } }, value: string) =>
  schema.safeParse(value).error?.issues[0]?.message;

describe('parseDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, ISO and ignores a time', () => {
    expect(parseDate('31/12/2023')).toBe('2023-12-31');
    expect(parseDate('1/2/2023')).toBe('2023-02-01');
    expect(parseDate('2023-02-01')).toBe('2023-02-01');
    expect(parseDate('14/03/2023 00:00')).toBe('2023-03-14');
  });

  it('reads dd.mm.yyyy and dd-mm-yyyy, the same separator twice', () => {
    expect(parseDate('01.02.2023')).toBe('2023-02-01');
    expect(parseDate('01-02-2023')).toBe('2023-02-01');
    expect(parseDate('01/02.2023')).toBeUndefined();
    expect(parseDate('01-02/2023')).toBeUndefined();
  });

  it('checks the time it drops', () => {
    expect(parseDate('01/02/2023 23:59:59')).toBe('2023-02-01');
    expect(parseDate('01/02/2023 9h30')).toBe('2023-02-01');
    expect(parseDate('01/02/2023 9h75')).toBeUndefined();
    expect(parseDate('2023-02-01T10:00:00.000Z')).toBe('2023-02-01');
    expect(parseDate('01/02/2023 25:99')).toBeUndefined();
    expect(parseDate('01/02/2023 24:00')).toBeUndefined();
    expect(parseDate('2023-02-01 12:60')).toBeUndefined();
  });

  it('rejects two-digit years, Excel serials and years out of bounds', () => {
    for (const v of ['01/02/23', '44927', '01/01/1899', '01/01/2101']) expect(parseDate(v)).toBeUndefined();
  });

  it('rejects impossible dates', () => {
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('13/13/2023')).toBeUndefined();
    expect(parseDate('demain')).toBeUndefined();
  });
});

describe('dateProblem', () => {
  it('says why a refused date is not one', () => {
    expect(dateProblem('2023-02-30')).toBe('février 2023 n’a que 28 jours');
    expect(dateProblem('29/02/2024')).toBeUndefined();
    expect(dateProblem('02/13/2023')).toBe('mois 13 impossible (jj/mm/aaaa : le jour d’abord, puis le mois)');
    expect(dateProblem('00/01/2023')).toBe('jour 0 impossible');
    expect(dateProblem('01/02/2023 25:99')).toBe('heure 25:99 impossible');
    expect(dateProblem('01/02/23')).toBe('année sur deux chiffres : écrivez-la en entier (jj/mm/aaaa)');
    expect(dateProblem('01/02.2023')).toBe('séparateurs différents : jj/mm/aaaa attendu');
    expect(dateProblem('44927')).toBe('nombre de jours d’Excel (le 01/01/2023 ?) : formatez la colonne en date, jj/mm/aaaa, avant d’exporter');
    expect(dateProblem('01/01/1899')).toBe('année 1899 hors des années admises (1900 à 2100)');
    expect(dateProblem('demain')).toBeUndefined();
  });

  it('gives the cell message of a date column', () => {
    expect(messageOf(optionalDate(), '31/04/2023')).toBe("« 31/04/2023 » n'est pas une date valide (avril 2023 n’a que 30 jours)");
    expect(messageOf(optionalDate(), 'demain')).toBe("« demain » n'est pas une date valide (jj/mm/aaaa attendu)");
  });

  it('reads a month as its first day where a month may stand for a date', () => {
    expect(dateOrMonth().parse('01/2023')).toBe('2023-01-01');
    expect(dateOrMonth().parse('2023-02')).toBe('2023-02-01');
    expect(dateOrMonth().parse('15/03/2023')).toBe('2023-03-15');
    expect(messageOf(dateOrMonth(), '13/2023')).toBe("« 13/2023 » n'est pas une date ni un mois valide (jj/mm/aaaa ou mm/aaaa attendu)");
    expect(messageOf(optionalDate(), '01/2023')).toMatch(/n'est pas une date valide/);
  });

  it('reads the « no end yet » dates of an end-date column as empty, and nowhere else', () => {
    for (const v of ['31/12/9999', '9999-12-31', '00/00/0000', '0000-00-00', '31/12/9999 00:00', '9999-12-31T00:00:00']) {
      expect(optionalEndDate().parse(v)).toBeUndefined();
      expect(messageOf(optionalDate(), v)).toMatch(/n'est pas une date valide/);
    }
    expect(optionalEndDate().parse('30/06/2023')).toBe('2023-06-30');
    expect(messageOf(optionalEndDate(), '31/12/99999')).toMatch(/n'est pas une date valide/);
  });
});

describe('ageAt', () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageAt('1973-06-15', '2023-06-15')).toBe(50);
    expect(ageAt('1973-06-16', '2023-06-15')).toBe(49);
  });
});

describe('yesNo', () => {
  it('reads Oui/Non, O/N, 1/0 in any case, empty as Non', () => {
    for (const v of ['Oui', 'OUI', 'o', '1', 'Vrai', 'X']) expect(yesNo().parse(v)).toBe(true);
    for (const v of ['Non', 'n', '0', '', 'faux']) expect(yesNo().parse(v)).toBe(false);
  });

  it('names the faulty value', () => {
    expect(yesNo().safeParse('peut-être').error?.issues[0]?.message).toBe("« peut-être » n'est pas une valeur Oui/Non");
  });
});

describe('parseNumber', () => {
  it('reads French and plain decimal forms', () => {
    const read = {
      '1234': 1234,
      '1 234': 1234,
      '1\u00a0234': 1234,
      '1\u202f234,5': 1234.5,
      '12 345 678': 12345678,
      '1234,5': 1234.5,
      '1234.5': 1234.5,
      '12.50': 12.5,
      '0.125': 0.125,
      '1 234.567': 1234.567,
      '-3': -3,
      '\u22123,5': -3.5,
      '-0': 0,
      '007': 7,
    };
    for (const [cell, value] of Object.entries(read)) expect(parseNumber(cell), cell).toBe(value);
  });

  it('refuses what Number() would read wrongly or not at all', () => {
    for (const cell of ['1e5', '0x10', 'Infinity', 'NaN', '+5', ',5', '5,', '-', '12,3,4', '12 34', '1234 567', '1  234', 'dix'])
      expect(parseNumber(cell), cell).toBe('syntax');
  });

  it('calls a dot before three digits ambiguous, and dots between thousands what they are', () => {
    for (const cell of ['1.234', '12.345', '-1.234', '999.000']) expect(parseNumber(cell), cell).toBe('ambiguous-dot');
    expect(parseNumber('1.234.567')).toBe('thousands-dots');
    expect(parseNumber('1.234,5')).toBe('mixed-separators');
    expect(parseNumber('1,234.5')).toBe('mixed-separators');
    expect(parseNumber('1 234,5 €')).toBe('unit');
    expect(parseNumber('35 h')).toBe('unit');
    expect(parseNumber('7:30')).toBe('duration');
    expect(parseNumber('1234567890123456')).toBe('too-long');
  });
});

describe('optionalNumber', () => {
  it('reads decimal commas and grouped thousands', () => {
    expect(optionalNumber().parse('1 234,5')).toBe(1234.5);
    expect(optionalNumber().parse('')).toBeUndefined();
    expect(optionalNumber({ min: 0 }).safeParse('-1').success).toBe(false);
  });

  it('names the fault and how to write the number', () => {
    expect(messageOf(optionalNumber(), '1e5')).toBe("« 1e5 » n'est pas un nombre (1234, 1 234, 1 234,5 ou 1234.5 attendu)");
    expect(messageOf(optionalNumber(), '1.234')).toBe(
      '« 1.234 » est ambigu : point des milliers ou point décimal ? Écrivez 1234 pour un nombre entier, 1,234 pour un nombre décimal',
    );
    expect(messageOf(optionalNumber(), '1.234.567')).toBe('« 1.234.567 » : le point ne sépare pas les milliers ; écrivez 1234567 ou 1 234 567');
    expect(messageOf(optionalNumber(), '151:40')).toBe('« 151:40 » est une durée en heures:minutes : écrivez-la en heures décimales (151,67)');
    expect(messageOf(optionalNumber({ min: 0 }), '-1')).toBe('« -1 » : un nombre supérieur ou égal à 0 est attendu');
    expect(messageOf(optionalNumber({ integer: true }), '12,5')).toBe('« 12,5 » : un nombre entier est attendu');
    expect(optionalNumber({ integer: true }).parse('1 200')).toBe(1200);
  });
});

describe('optionalAmount', () => {
  it('reads euros with or without their sign', () => {
    for (const [cell, value] of [
      ['1 234,56 €', 1234.56],
      ['1234.56', 1234.56],
      ['612,00', 612],
      ['12 EUR', 12],
      ['12€', 12],
      ['0', 0],
    ] as const)
      expect(optionalAmount().parse(cell), cell).toBe(value);
  });

  it('refuses three decimals, an ambiguous dot, a negative amount', () => {
    expect(messageOf(optionalAmount(), '12,345')).toBe('« 12,345 » : un montant a au plus deux décimales (ex. 1 234,56 €)');
    expect(messageOf(optionalAmount(), '12.345 €')).toMatch(/^« 12\.345 € » est ambigu/);
    expect(messageOf(optionalAmount(), '-50')).toBe('« -50 » : un montant ne peut pas être négatif');
    expect(messageOf(optionalAmount(), '1e3')).toBe("« 1e3 » n'est pas un montant (ex. 1 234,56 €)");
  });
});

describe('identifiers', () => {
  it('are compared without case or spaces', () => {
    expect(normalIdentifier('PL-002364')).toBe('PL-002364');
    expect(normalIdentifier('pl-002364')).toBe('PL-002364');
    expect(normalIdentifier('PL - 002364')).toBe('PL-002364');
    expect(normalIdentifier('pl\u00a0002364')).toBe('PL002364');
    expect(normalIdentifier('e\u0301lodie')).toBe('ÉLODIE');
  });

  it('have a loose form, for near-duplicates only: no punctuation, no leading zeros in a run of digits', () => {
    for (const written of ['PL-002364', 'PL002364', 'PL-2364', 'PL 00-2364']) expect(looseIdentifier(normalIdentifier(written))).toBe('PL2364');
    expect(looseIdentifier('PL-002365')).toBe('PL2365');
    expect(looseIdentifier('J-01-007')).toBe('J1007');
    expect(looseIdentifier('A-000')).toBe('A0');
    expect(looseIdentifier('100200')).toBe('100200');
    expect(looseIdentifier('ÉLODIE-01')).toBe('ÉLODIE1');
    const plain = 'PL2364';
    expect(looseIdentifier(plain)).toBe(plain);
  });

  it('have the loose form that the rule, applied character by character, gives (any mix of letters, digits, zeros, punctuation)', () => {
    // The rule as first written: each character looked at in turn, the output built one at a time.
    const byCharacter = (normal: string) => {
      let out = '';
      let inDigits = false;
      let leadingZero = false;
      for (const char of normal) {
        const c = char.charCodeAt(0);
        const digit = c >= 48 && c <= 57;
        if (!digit && !/[A-Za-z]/.test(char) && c < 128) continue;
        if (digit && c === 48 && (!inDigits || leadingZero)) {
          leadingZero = true;
          inDigits = true;
          continue;
        }
        if (!digit && leadingZero) out += '0';
        inDigits = digit;
        leadingZero = false;
        out += char;
      }
      return leadingZero ? `${out}0` : out;
    };
    const alphabet = ['A', 'L', 'p', '0', '0', '1', '9', '-', ' ', '.', 'É', '_'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 5000; k++) {
      const written = Array.from({ length: next() % 13 }, () => alphabet[next() % alphabet.length]).join('');
      expect(looseIdentifier(written), written).toBe(byCharacter(written));
    }
  });

  it('are read in that form, one shared string per value', () => {
    const read = identifier();
    expect(read.parse('pl - 1')).toBe('PL-1');
    expect(read.parse('PL-1')).toBe('PL-1');
    expect(read.parse('pl - 1')).toBe('PL-1');
    expect(read.safeParse('').success).toBe(false);
  });

  it('keep their normal form when spellings recur apart, past the spellings a column remembers', async () => {
    const { cellParserOf } = await import('../../src/schemas/fields.js');
    const parse = cellParserOf(identifier());
    // 300 000 lowercase spellings, each twice, far apart: more than the column remembers at once.
    const count = 300_000;
    const spelling = (i: number) => `ml - ${String(i).padStart(6, '0')}`;
    const first = Array.from({ length: count }, (_, i) => parse(spelling(i)));
    for (let i = count - 1; i >= 0; i -= 997) expect(parse(spelling(i))).toBe(first[i]);
    expect(first[12]).toBe('ML-000012');
    expect(parse('ML-000012')).toBe('ML-000012');
  });
});
