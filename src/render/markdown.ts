import Handlebars from 'handlebars';
import { Marked } from 'marked';
import { MARKDOWN_LIMITS, tooDeepLine } from '../schemas/markdown-limits.js';

/** The analysts' Markdown, with raw HTML shown as text: a declared text cannot inject markup or fetch anything. */
const SAFE_LINK = /^(https?:|mailto:|#)/i;

const markdown = new Marked({
  renderer: {
    html: ({ text }) => Handlebars.escapeExpression(text),
    // An image would be fetched by the browser that prints the report: only its text is kept.
    image: ({ text }) => Handlebars.escapeExpression(text),
    // A link to a web page, an address or an anchor; anything else (javascript:, data:, file:) is kept as its text.
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href.trim())) return text;
      const titled = title ? ` title="${Handlebars.escapeExpression(title)}"` : '';
      return `<a href="${Handlebars.escapeExpression(href)}"${titled}>${text}</a>`;
    },
  },
});

/**
 * Declared Markdown as HTML. Its bounds are checked when the content is read (with the file and
 * line); checked again here, so that the parser never gets a text that could overflow its stack
 * or run out of memory, whoever calls it.
 */
export function renderMarkdown(text: string): string {
  if (Buffer.byteLength(text) > MARKDOWN_LIMITS.fileBytes) throw new Error(`texte Markdown au-delà de ${MARKDOWN_LIMITS.fileBytes} octets`);
  const deep = tooDeepLine(text);
  if (deep !== undefined) throw new Error(`texte Markdown imbriqué sur plus de ${MARKDOWN_LIMITS.nesting} niveaux (ligne ${deep.line})`);
  return markdown.parse(text, { async: false });
}
