import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charactersOf, chartFontFiles, fontFaceCss } from '../../src/render/fonts.js';

describe('fonts cut down to the characters of the page', () => {
  it('keeps the page’s characters, character references decoded, both cases and printable ASCII', () => {
    const chars = charactersOf('<p>Œuvre ≤ 5 → &#x60;cité&#233;</p>');
    for (const c of ['Œ', 'œ', '≤', '→', '`', 'é', 'É', 'C', 'z', '~', '\u202f', '\u00a0']) expect(chars).toContain(c);
    expect(chars).not.toContain('ß');
  });

  it('inlines three weights, each far smaller than the whole font', async () => {
    const css = await fontFaceCss('<h1>Rapport d’activité 2023</h1>');
    const faces = [...css.matchAll(/font-weight:(\d+);[^]*?base64,([^)]*)\)/g)];
    expect(faces.map((f) => f[1])).toEqual(['400', '600', '700']);
    const whole = readFileSync(chartFontFiles[0]!.path).length;
    for (const [, , data] of faces) expect(Buffer.from(data!, 'base64').length).toBeLessThan(whole / 4);
  });
});
