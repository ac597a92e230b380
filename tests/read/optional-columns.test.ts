import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../src/read/columns.js';
import { resolveConfig } from '../../src/config/load.js';
import { cellParserOf } from '../../src/schemas/fields.js';
import { jeunesExport } from '../../src/schemas/ml/jeunes.js';

describe('a column only some exports have (zrr of jeunes.csv)', () => {
  const config = resolveConfig();
  const jeunes = jeunesExport(config);
  const headers = ['identifiant', 'sexe', 'date_naissance', 'commune', 'qpv', 'niveau_qualification', 'date_premier_accueil', 'rqth'];

  it('is no warning when absent, where another optional column is', () => {
    expect(mapHeaders('jeunes.csv', headers, jeunes.specs).issues).toEqual([]);
    const withoutRqth = mapHeaders('jeunes.csv', headers.slice(0, -1), jeunes.specs).issues.map((i) => i.message);
    expect(withoutRqth).toHaveLength(1);
    expect(withoutRqth[0]).toContain('rqth');
    expect(withoutRqth[0]).not.toContain('zrr');
  });

  it('is read under its aliases, Oui/Non, an empty cell unknown', () => {
    expect(mapHeaders('jeunes.csv', [...headers, 'Résidant ZRR'], jeunes.specs).map.indexOf.zrr).toBe(8);
    const parse = cellParserOf(jeunes.parsers.zrr!);
    expect([parse('Oui'), parse('non'), parse('')]).toEqual([true, false, undefined]);
    expect(parse('peut-être')).toMatchObject({ message: "« peut-être » n'est pas une valeur Oui/Non" });
  });
});
