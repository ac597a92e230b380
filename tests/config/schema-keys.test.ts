import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { keysAt } from '../../src/json/schema-keys.js';

describe('keysAt', () => {
  const schema = z.strictObject({
    a: z.strictObject({ b: z.string(), c: z.number() }).optional(),
    list: z.array(z.strictObject({ y: z.number() })).default([]),
    byKey: z.record(z.string(), z.strictObject({ valeur: z.number(), libelle: z.string() })),
    aliases: z.record(z.string(), z.array(z.string())),
  });

  it('names the keys an object accepts, through wrappers, lists and records', () => {
    expect(keysAt(schema, [])).toEqual(['a', 'list', 'byKey', 'aliases']);
    expect(keysAt(schema, ['a'])).toEqual(['b', 'c']);
    expect(keysAt(schema, ['list', 2])).toEqual(['y']);
    expect(keysAt(schema, ['byKey', 'plie.x'])).toEqual(['valeur', 'libelle']);
  });

  it('names none where any key goes or the path leads nowhere', () => {
    expect(keysAt(schema, ['aliases'])).toEqual([]);
    expect(keysAt(schema, ['aliases', 'date_entree'])).toEqual([]);
    expect(keysAt(schema, ['nowhere'])).toEqual([]);
  });
});
