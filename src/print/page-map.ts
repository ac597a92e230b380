import { readFile } from 'node:fs/promises';

/**
 * Reads back, from a PDF printed by Chromium, the page each named destination (each section id)
 * lands on, for the table of contents. Chromium's Skia backend writes the page tree and the
 * /Dests dictionary as plain objects, which is all this reads; anything else yields an empty map
 * and the contents print without page numbers rather than wrong ones.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  // Where each object's dictionary starts (a later object of the same number wins); only those
  // read below are cut out: the page tree and the destinations, a few hundred of the thousands.
  const starts = new Map<string, number>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*<</g)) starts.set(match[1]!, match.index + match[0].length - 2);
  const object = (id: string) => {
    const start = starts.get(id);
    return start === undefined ? undefined : dictionaryAt(text, start);
  };

  const root = /\/Type \/Catalog[\s\S]*?\/Pages (\d+) 0 R/.exec(text)?.[1];
  const dests = /\/Type \/Catalog[\s\S]*?\/Dests (\d+) 0 R/.exec(text)?.[1];
  if (root === undefined || dests === undefined) return new Map();

  // Depth-first over /Kids gives the pages in reading order.
  const order = new Map<string, number>();
  const visit = (id: string, depth: number): void => {
    const body = object(id);
    if (body === undefined || depth > 32) return;
    const kids = /\/Kids \[([^\]]*)\]/.exec(body)?.[1];
    if (kids === undefined) order.set(id, order.size + 1);
    else for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(kid[1]!, depth + 1);
  };
  visit(root, 0);

  const pages = new Map<string, number>();
  for (const match of (object(dests) ?? '').matchAll(/\/([^\s[/]+) \[(\d+) 0 R/g)) {
    const page = order.get(match[2]!);
    if (page !== undefined) pages.set(decodeName(match[1]!), page);
  }
  return pages;
}

/** The `<< … >>` dictionary starting at `start`, nested dictionaries included (a stream after it is left out). */
function dictionaryAt(text: string, start: number): string {
  let depth = 0;
  // Each next `<<` or `>>`, read left to right as pairs.
  for (let i = start; ; i += 2) {
    const open = text.indexOf('<<', i);
    const close = text.indexOf('>>', i);
    if (close === -1) return '';
    if (open !== -1 && open < close) {
      depth++;
      i = open;
    } else {
      depth--;
      i = close;
      if (depth === 0) return text.slice(start, i + 2);
    }
  }
}

/** PDF names escape bytes as #xx. */
const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Where the sections of a previous build's PDF landed (`destinationPages`), most often where they
 * land again; none when there is no such file or it cannot be read.
 */
export const previousPages = (file: string): Promise<Map<string, number> | undefined> =>
  readFile(file)
    .then(destinationPages)
    .catch(() => undefined);
