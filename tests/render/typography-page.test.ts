import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureReportHtml } from '../support/golden-html.js';
import { pageText } from '../support/page-text.js';

/** The fixtures' whole report (commune pages and methodology included), as a reader sees its text. */
let text: string[];
/** The attributes read as text: links' titles, images' alternatives, regions' names (entities decoded). */
let attributes: string[];
beforeAll(async () => {
  const html = await fixtureReportHtml();
  text = pageText(html);
  attributes = Array.from(html.matchAll(/\s(?:title|alt|aria-label)="([^"]*)"/g), (m) => m[1]!.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"'));
}, 120_000);

const offending = (pattern: RegExp) => text.filter((line) => pattern.test(line));

describe('the typography of the fixtures’ report', () => {
  it('has a narrow no-break space, never a plain or no space, before « : », « ; », « ! », « ? », « % » and « »', () => {
    expect(text.length).toBeGreaterThan(1000);
    // A space after a colon (« Unité : % ») is the colon's own; any other space before a mark is wrong.
    expect(offending(/(?<![:;!?«(\s])[ \u00a0][:;!?%»]/)).toEqual([]);
    expect(offending(/[^\s\u202f(«;:!?][:;!?»](?=\s|$)/)).toEqual([]);
    expect(offending(/\d%/)).toEqual([]);
    expect(offending(/«(?!\u202f)/)).toEqual([]);
  });

  it('writes every apostrophe ’, in the text and in the titles and alternative texts read with it', () => {
    expect(offending(/'/)).toEqual([]);
    expect(attributes.length).toBeGreaterThan(200);
    expect(attributes.filter((a) => /'|[^\s\u202f][;!?%»]/.test(a))).toEqual([]);
    expect(text.join('\n')).toContain('Rapport d’activité');
  });

  it('prints its evolutions at one precision and its amounts in their unit', () => {
    expect(text).toContain('679 nouvelles inscriptions +7,6\u202f%');
    expect(offending(/[+−]\d+,\d\d\u202f%/)).toEqual([]);
    expect(offending(/millions d’euros ont été alloués/)).toEqual([
      '2,2 millions d’euros ont été alloués aux jeunes accompagnés dans le cadre de la sécurisation financière des parcours.',
    ]);
  });
});
