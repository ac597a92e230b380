import type { Import } from './source-graph.js';

/** The strongly connected components of the graph (Tarjan): the groups of files that import each other, in some way round. */
function components(graph: Map<string, Import[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const { to } of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    found.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return found;
}

/** The shortest way from `start` back to itself inside `members`, as the imports taken. */
function shortestCycle(graph: Map<string, Import[]>, start: string, members: Set<string>): Import[] | undefined {
  const via = new Map<string, Import>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of graph.get(queue[i]!) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [edge];
        for (let at = edge.from; at !== start; at = via.get(at)!.from) path.unshift(via.get(at)!);
        return path;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return undefined;
}

/**
 * The import cycles of the graph, one shortest cycle through each file that is on one, each
 * written as a path: `a.ts:3 → b.ts:7 → a.ts` (the line of each import; `(type)` for an import of types only).
 */
export function importCycles(graph: Map<string, Import[]>): string[] {
  const cycles = new Map<string, string>();
  for (const component of components(graph)) {
    const members = new Set(component);
    for (const file of component) {
      const cycle = shortestCycle(graph, file, members);
      if (cycle === undefined) continue;
      // The same cycle found from each of its files: written from its first file in alphabetical order.
      const first = cycle.reduce((best, edge, i) => (edge.from < cycle[best]!.from ? i : best), 0);
      const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
      const path = [...rotated.map((e) => `${e.from}:${e.line}${e.typeOnly ? ' (type)' : ''}`), rotated[0]!.from].join(' → ');
      cycles.set(path, path);
    }
  }
  return [...cycles.values()].sort();
}
