/**
 * The rows `Rows.where` kept, by the rows it filtered (their array of indexes; their table when they
 * are all its rows), the column and the codes that passed. Several sections select the same rows
 * (the year's `Atelier` events, six times at the national volume: a scan of 14,8 million codes each),
 * and `where`'s test sees a value alone, so the same codes of the same rows select the same rows.
 * A table is sealed before the sections read it and an array of indexes never changes: the keys stay
 * true. Held weakly: a selection lives while a section holds it (and at least until the synchronous
 * run ends), no longer, and none outlives its table or its dataset.
 */
const selections = new WeakMap<object, Map<string, WeakRef<object>>>();

/** Selections of more codes than this are not remembered: their key would cost more to build than the sections' repeats save. */
const MOST_CODES_KEYED = 64;

/** The key of the rows of `length` rows whose code in `column` passes (`passes[code] === 1`); undefined: not remembered. */
export function selectionKey(column: string, passes: Uint8Array, passing: number, length: number): string | undefined {
  if (passing > MOST_CODES_KEYED) return undefined;
  const codes: number[] = [];
  for (let code = 0; code < passes.length; code++) if (passes[code] === 1) codes.push(code);
  return `${column}\u0000${length}\u0000${codes.join(',')}`;
}

/** The selection remembered under `key` for the rows `of` (their indexes or their table), if still held. */
export function knownSelection<R extends object>(of: object, key: string): R | undefined {
  return selections.get(of)?.get(key)?.deref() as R | undefined;
}

export function rememberSelection(of: object, key: string, selected: object): void {
  let known = selections.get(of);
  if (known === undefined) selections.set(of, (known = new Map()));
  known.set(key, new WeakRef(selected));
}
