/**
 * The text a reader of a page sees, one line per block (inline elements joined), entities decoded:
 * what the typography and wording tests read. Independent of src/render/typeset-html.ts, which it
 * checks. The text of `<code>` is left out (keys and file names are written as typed).
 */
const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;
const INLINE = /^(a|abbr|b|em|i|small|span|strong|sub|sup)$/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name[0] !== '#' ? (NAMED[name] ?? entity) : String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))),
  );

export function pageText(html: string): string[] {
  let text = '';
  let inCode = 0;
  for (const [token] of html.matchAll(TOKEN)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
    if (tag !== null) {
      if (tag[2]!.toLowerCase() === 'code') inCode += tag[1] ? -1 : 1;
      if (!INLINE.test(tag[2]!.toLowerCase())) text += '\n';
    } else if (!token.startsWith('<')) {
      if (inCode === 0) text += decode(token);
    }
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line !== '');
}
