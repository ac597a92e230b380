/**
 * A line diff printed the way `git diff` does (unified, 3 lines of context), for the golden
 * tests: a change of a page's layout or wording reads as a few lines, not as two long strings.
 */

interface Line {
  kind: ' ' | '-' | '+';
  text: string;
  /** 1-based line numbers in the expected (`-`) and actual (`+`) texts, before this line. */
  before: number;
  after: number;
}

/** Beyond this many cells (middle lines expected × actual), the middle is printed as removed then added. */
const MAX_CELLS = 25_000_000;

/** The longest common subsequence of `a` and `b`, as a list of kept, removed and added lines. */
function lineOps(a: readonly string[], b: readonly string[]): Omit<Line, 'before' | 'after'>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const kept = (lines: readonly string[]) => lines.map((text) => ({ kind: ' ' as const, text }));
  const middle: Omit<Line, 'before' | 'after'>[] = [];
  const n = endA - start;
  const m = endB - start;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = start; i < endA; i++) middle.push({ kind: '-', text: a[i]! });
    for (let j = start; j < endB; j++) middle.push({ kind: '+', text: b[j]! });
  } else {
    // common[i * (m + 1) + j]: length of the common subsequence of a[start + i..endA) and b[start + j..endB).
    const common = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        common[i * (m + 1) + j] =
          a[start + i] === b[start + j] ? common[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(common[(i + 1) * (m + 1) + j]!, common[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        middle.push({ kind: ' ', text: a[start + i]! });
        i++;
        j++;
      } else if (i < n && (j === m || common[(i + 1) * (m + 1) + j]! >= common[i * (m + 1) + j + 1]!)) {
        // Removed lines first, as git prints them.
        middle.push({ kind: '-', text: a[start + i]! });
        i++;
      } else {
        middle.push({ kind: '+', text: b[start + j]! });
        j++;
      }
    }
  }
  return [...kept(a.slice(0, start)), ...middle, ...kept(a.slice(endA))];
}

/**
 * The unified diff of `expected` → `actual` (texts split on newlines), hunks with `context` lines
 * around each change; empty when both are the same.
 */
export function unifiedDiff(expected: string, actual: string, { from = 'expected', to = 'actual', context = 3 } = {}): string[] {
  const ops = lineOps(expected.split('\n'), actual.split('\n'));
  const lines: Line[] = [];
  let before = 1;
  let after = 1;
  for (const op of ops) {
    lines.push({ ...op, before, after });
    if (op.kind !== '+') before++;
    if (op.kind !== '-') after++;
  }
  const changed = lines.flatMap((line, index) => (line.kind === ' ' ? [] : [index]));
  if (changed.length === 0) return [];
  const out = [`--- ${from}`, `+++ ${to}`];
  let h = 0;
  while (h < changed.length) {
    // A hunk runs on while the next change is within twice the context.
    let last = h;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const first = Math.max(0, changed[h]! - context);
    const end = Math.min(lines.length, changed[last]! + context + 1);
    const hunk = lines.slice(first, end);
    const removed = hunk.filter((l) => l.kind !== '+').length;
    const added = hunk.filter((l) => l.kind !== '-').length;
    const startOf = (count: number, line: number) => (count === 0 ? line - 1 : line);
    out.push(`@@ -${startOf(removed, hunk[0]!.before)},${removed} +${startOf(added, hunk[0]!.after)},${added} @@`);
    for (const line of hunk) out.push(`${line.kind}${line.text}`);
    h = last + 1;
  }
  return out;
}
