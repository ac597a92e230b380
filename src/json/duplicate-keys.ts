/**
 * Keys written twice in one JSON object, with their lines: `JSON.parse` keeps the last one
 * silently, so a block pasted twice (a `"plie"` at the top and again at the bottom of the
 * configuration, a figure of `indicateurs.json`) loses the first without a word. The text is valid
 * JSON already (parsed), so a small scan of it suffices. Used for the configuration and the
 * declared content alike.
 */
export function duplicateKeys(text: string): { key: string; line: number; first: number }[] {
  const found: { key: string; line: number; first: number }[] = [];
  // One map of keys (to their line) per open object; undefined for an open array.
  const open: (Map<string, number> | undefined)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{') open.push(new Map());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let after = end + 1;
      while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r' || text[after] === '\n')) after++;
      const keys = open.at(-1);
      if (text[after] === ':' && keys !== undefined) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const first = keys.get(key);
        if (first === undefined) keys.set(key, line);
        else found.push({ key, line, first });
      }
      i = end;
    }
  }
  return found;
}
