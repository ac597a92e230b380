import { describe, expect, it } from 'vitest';
import { formatKeyList, nearKeys, nearestKeys, searchKeys } from '../../src/explain/keys.js';

const entries = [
  { key: 'plie.exits', label: 'Sorties' },
  { key: 'plie.exits.positive', label: 'Sorties positives' },
  { key: 'plie.exits.legitimate', label: 'Sorties légitimes' },
  { key: 'plie.exits.legitimate.byReason', label: 'Sorties légitimes par motif' },
  { key: 'plie.entries', label: 'Nouvelles entrées' },
  { key: 'plie.programme.socialSupport.participants', label: 'Participants à l’accompagnement social' },
  { key: 'ml.young.qpvShare', label: 'Part des jeunes accompagnés résidant en QPV' },
];

describe('nearestKeys', () => {
  it('puts the key one segment away first, and leaves unrelated keys out', () => {
    expect(nearestKeys('plie.exit.legitimate', entries)[0]).toBe('plie.exits.legitimate');
    expect(nearestKeys('plie.exit.legitimate', entries)).not.toContain('plie.programme.socialSupport.participants');
    expect(nearestKeys('plie.exits.legitmate', entries)[0]).toBe('plie.exits.legitimate');
    expect(nearestKeys('PLIE.Exits.Legitimate', entries)[0]).toBe('plie.exits.legitimate');
  });

  it('finds a key by its French label, typos and accents aside', () => {
    expect(nearestKeys('sortie legitimes', entries)).toEqual(['plie.exits.legitimate']);
  });

  it('answers the same when asked again, a text that is a key in one entry and a label in another folded each its way', () => {
    const mixed = [...entries, { key: 'ml.other', label: 'plie.exits.legitimate' }];
    for (let i = 0; i < 2; i++) {
      // One edit from both: by the key for one, by the label for the other; ties by key.
      expect(nearKeys('plie.exit.legitimate', mixed, 3)).toEqual(['ml.other', 'plie.exits.legitimate']);
      expect(nearKeys('plie.exits.legitimate', [{ key: 'ml.x', label: 'plie.exits.legitimate' }])).toEqual(['ml.x']);
      expect(nearKeys('zzz', [{ key: 'ml.y', label: 'plie.exits.legitimate' }])).toEqual([]);
    }
  });

  it('adds the keys that start like the one typed', () => {
    expect(nearestKeys('plie.exits.legitimate.by', entries)).toContain('plie.exits.legitimate.byReason');
  });

  it('suggests nothing for a word far from every key and label', () => {
    expect(nearestKeys('xyz.abc', entries)).toEqual([]);
    expect(nearestKeys('__proto__', entries)).toEqual([]);
  });
});

describe('searchKeys', () => {
  it('finds the labels holding every word, case and accents folded', () => {
    expect(searchKeys('SORTIES legitimes', entries).map((e) => e.key)).toEqual(['plie.exits.legitimate', 'plie.exits.legitimate.byReason']);
    expect(searchKeys('qpv', entries).map((e) => e.key)).toEqual(['ml.young.qpvShare']);
    expect(searchKeys('', entries)).toHaveLength(entries.length);
  });
});

describe('formatKeyList', () => {
  it('aligns the labels beside the keys', () => {
    expect(formatKeyList(entries.slice(0, 2))).toBe('plie.exits           Sorties\nplie.exits.positive  Sorties positives\n');
  });
});
