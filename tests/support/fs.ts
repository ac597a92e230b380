import { execFile, spawnSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/** Root reads and writes whatever the modes say: a `chmod` alone cannot make a file unreadable to it. */
export const IS_ROOT = process.getuid?.() === 0;

/** Makes a named pipe (FIFO) at `path`. */
export const fifo = (path: string): Promise<void> => promisify(execFile)('mkfifo', [path]).then(() => undefined);

/** The id of a process that has ended (and been reaped). */
export const deadPid = (): number => spawnSync('true').pid!;

/**
 * Resolves once `check` holds, checked every `every` ms; fails after `timeout` ms, saying `what`.
 * Tests wait on a condition this way, never on a fixed delay.
 */
export async function eventually(check: () => Promise<boolean> | boolean, { timeout = 10_000, every = 20, what = 'la condition' } = {}): Promise<void> {
  for (const deadline = Date.now() + timeout; !(await check()); await new Promise((r) => setTimeout(r, every))) {
    if (Date.now() > deadline) throw new Error(`${what} n’est pas remplie après ${timeout} ms`);
  }
}

const denied = new Set<string>();

/** Makes `open` and `readdir` of node:fs/promises fail with EACCES on the denied paths, as they do for a user without the right. */
function denyOnce(): void {
  const promises = createRequire(import.meta.url)('node:fs/promises') as Record<'open' | 'readdir', (path: unknown, ...rest: unknown[]) => Promise<unknown>>;
  for (const name of ['open', 'readdir'] as const) {
    const real = promises[name];
    promises[name] = (path, ...rest) =>
      denied.has(resolve(String(path)))
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, ${name} '${String(path)}'`), { code: 'EACCES', path: String(path) }))
        : real(path, ...rest);
  }
  // The modules that imported `open` or `readdir` by name see the wrapped ones.
  syncBuiltinESMExports();
}
let denying = false;

/**
 * Makes a file or folder unreadable to the code under test: by its mode for a user; for root, whom
 * modes do not stop, by failing its opening as the system would (in this process only).
 */
export async function unreadable(path: string): Promise<void> {
  if (!IS_ROOT) return chmod(path, 0);
  if (!denying) denyOnce();
  denying = true;
  denied.add(resolve(path));
}
