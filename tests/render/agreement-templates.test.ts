import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../src/render/handlebars.js';

/** Words that may follow a printed count as they are: they do not agree with it (prepositions, units, acronyms). */
const INVARIABLE = new Set(['à', 'au', 'contre', 'dans', 'de', 'des', 'dont', 'du', 'en', 'h', 'mois', 'ans', 'par', 'pour', 'sur', 'sans', 'toujours']);
const INVARIABLE_ALSO = new Set(['PEC', 'CIE', 'résidant', 'nouvellement', '/', '—', '–']);

const templates = ['sections', 'partials'].flatMap((dir) =>
  readdirSync(join(TEMPLATES_DIR, dir))
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => ({ name: `${dir}/${name}`, source: readFileSync(join(TEMPLATES_DIR, dir, name), 'utf8') })),
);

describe('the templates’ counts', () => {
  it('are followed by the `plural` helper, or by a word that does not agree with a number', () => {
    const unagreed: string[] = [];
    let checked = 0;
    for (const { name, source } of templates) {
      // `{{ref "key" (num count)}}</b> ateliers`: the word after a printed count.
      for (const m of source.matchAll(/\(num ([^()]+)\)\)?\}\}(?:<\/b>|<\/span>)* ([^\s<{(]+)/g)) {
        const word = m[2]!;
        checked++;
        if (!INVARIABLE.has(word) && !INVARIABLE_ALSO.has(word)) unagreed.push(`${name}: ${m[0]}`);
      }
      // `<span class="figure-label">jeunes…`: a figure's label written out.
      for (const m of source.matchAll(/<span class="figure-label">([^<{]+)/g)) unagreed.push(`${name}: ${m[0]}`);
      // `{{> figure … label="jeunes en contact"}}`: a figure's label given as a fixed text.
      for (const m of source.matchAll(/\{\{> figure [^}]*label="[^"]*"/g)) unagreed.push(`${name}: ${m[0]}`);
    }
    expect(unagreed).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('see through the check: a plural written out is found', () => {
    const source = '<b>{{ref "k" (num model.young)}}</b> jeunes ont participé';
    expect([...source.matchAll(/\(num ([^()]+)\)\)?\}\}(?:<\/b>|<\/span>)* ([^\s<{(]+)/g)].map((m) => m[2])).toEqual(['jeunes']);
  });
});
