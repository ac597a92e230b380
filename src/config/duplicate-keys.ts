/**
 * `JSON.parse` keeps the last of two equal keys of an object, so a block pasted twice (`"plie"`
 * at the top and again at the bottom) loses the first without a word. This finds the first key
 * repeated within one object of a valid JSON text, and its line.
 */
export function duplicateKey(text: string): { key: string; line: number } | undefined {
  // One entry per open object or array: the keys met so far (none for an array).
  const open: (Set<string> | undefined)[] = [];
  let line = 1;
  let lastString: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
      continue;
    }
    if (c === '\n') line++;
    else if (c === ':' && lastString !== undefined) {
      const keys = open.at(-1);
      if (keys?.has(lastString)) return { key: lastString, line };
      keys?.add(lastString);
    } else if (c === '{') open.push(new Set());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') lastString = undefined;
  }
  return undefined;
}
