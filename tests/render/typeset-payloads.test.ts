import { describe, expect, it } from 'vitest';
import { typesetHtml } from '../../src/render/typeset-html.js';
import { typesetHtmlHoldingPayloads } from '../../src/render/typeset-payloads.js';

/** A base64 run of `n` characters, starting and ending with the characters given. */
const run = (n: number, first = 'A', last = 'Z') => first + 'Qk9+/xy0'.repeat(Math.ceil(n / 8)).slice(0, n - 2) + last;

describe('typesetting with the base64 payloads held aside', () => {
  it('gives typesetHtml’s page byte for byte, payloads in attributes, in text next to marks, and short ones', () => {
    const pages = [
      `<p>Taux : 45%</p><img src="data:image/jpeg;base64,${run(3000)}==" alt="Sorties : 12">`,
      `<p>l'emploi ;base64,${run(400, 'a', '9')} € et ;base64,${run(400, 'b', 'x')}: fin ;base64,${run(300, '+', 'q')}'s</p>`,
      `<p title="data:;base64,${run(500)} : x">« a » ;base64,${run(100)} :</p><code>;base64,${run(600)} !</code>`,
      `<img src="data:image/png;base64,${run(300, '7', '3')}">45 % <b>:</b><img src="data:image/png;base64,${run(256)}">`,
      `<p>rien ;base64, ni ;base64,</p>`,
    ];
    for (const page of pages) expect(typesetHtmlHoldingPayloads(page)).toBe(typesetHtml(page));
  });

  it('leaves the payloads as they were, and typesets a page holding the stand-in’s mark as it is', () => {
    const payload = run(2000);
    const page = `<p>a : b</p><img src="data:image/jpeg;base64,${payload}">`;
    expect(typesetHtmlHoldingPayloads(page)).toContain(payload);
    const marked = `<p>QzqTypesetHeldPayloadqzQ : x</p>${page}`;
    expect(typesetHtmlHoldingPayloads(marked)).toBe(typesetHtml(marked));
  });
});
