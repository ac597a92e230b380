import { describe, expect, it } from 'vitest';
import { ageAt, parseDate } from '../../src/schemas/dates.js';
import { optionalNumber, yesNo } from '../../src/schemas/fields.js';

describe('parseDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, ISO and ignores a time', () => {
    expect(parseDate('31/12/2023')).toBe('2023-12-31');
    expect(parseDate('1/2/2023')).toBe('2023-02-01');
    expect(parseDate('2023-02-01')).toBe('2023-02-01');
    expect(parseDate('14/03/2023 00:00')).toBe('2023-03-14');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('13/13/2023')).toBeUndefined();
    expect(parseDate('demain')).toBeUndefined();
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

describe('optionalNumber', () => {
  it('reads decimal commas and grouped thousands', () => {
    expect(optionalNumber().parse('1 234,5')).toBe(1234.5);
    expect(optionalNumber().parse('')).toBeUndefined();
    expect(optionalNumber({ min: 0 }).safeParse('-1').success).toBe(false);
  });
});
