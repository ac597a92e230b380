import { typesetHtml } from './typeset-html.js';

const BASE64 = ';base64,';
/** Shorter payloads are left in place. */
const HELD_FROM = 256;
const isBase64 = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
/** Stands for a payload's inside; letters of the same alphabet, and found nowhere else in the page (checked). */
const MARK = 'QzqTypesetHeldPayloadqzQ';

/**
 * `typesetHtml` with the pages' base64 payloads held aside: the charts' data URLs are two thirds
 * of the page (570 KB of 800 KB for the fixtures) and half of the typesetting's time, where no
 * rule ever changes them. The result is the same byte for byte: a payload holds none of the
 * characters the tokenizer or a rule looks for (`<`, `>`, quotes, `&`, spaces, `;:!?%€«»'`), so
 * the rules see only the characters at its ends, which its stand-in keeps (its first and last).
 * A page that already holds the stand-in's mark is typeset as it is.
 */
export function typesetHtmlHoldingPayloads(html: string): string {
  if (html.includes(MARK)) return typesetHtml(html);
  // A payload (a chart's JPEG): the alphabet's run after `;base64,`, its `=` padding left outside.
  const payloads: string[] = [];
  let held = '';
  let from = 0;
  for (let at = html.indexOf(BASE64); at !== -1; at = html.indexOf(BASE64, at)) {
    const start = at + BASE64.length;
    let end = start;
    while (end < html.length && isBase64(html.charCodeAt(end))) end++;
    if (end - start >= HELD_FROM) {
      payloads.push(html.slice(start, end));
      held += html.slice(from, start) + html[start] + MARK + html[end - 1];
      from = end;
    }
    at = end;
  }
  held += html.slice(from);
  if (payloads.length === 0) return typesetHtml(html);
  const pieces = typesetHtml(held).split(MARK);
  // Each payload's inside put back between its first and last characters, which the stand-in kept.
  if (pieces.length !== payloads.length + 1) return typesetHtml(html);
  let out = pieces[0]!;
  for (let i = 0; i < payloads.length; i++) out += payloads[i]!.slice(1, -1) + pieces[i + 1]!;
  return out;
}
