/**
 * Module hooks (node:module `register`) that replace `loadDataset` (src/dataset/load.ts, or
 * dist/dataset/load.js) by a read that never ends, as a read from a network share that no longer
 * answers would: the one thing a test cannot make happen for real. Everything else of the module
 * is the real one. The stuck read says so on stderr (`STUCK_READ`), for the test to act then.
 */
const REAL = 'stuck-read=real';

export async function load(url, context, nextLoad) {
  if (/\/dataset\/load\.(js|ts)$/.test(new URL(url).pathname) && !url.includes(REAL)) {
    const real = JSON.stringify(`${url}${url.includes('?') ? '&' : '?'}${REAL}`);
    const source = `export * from ${real};
export function loadDataset() {
  process.stderr.write('STUCK_READ\\n');
  // A read under way holds the event loop, as a request waiting in Node's thread pool does.
  setInterval(() => undefined, 2 ** 30);
  return new Promise(() => undefined);
}
`;
    return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}

// Run from tsc's files, which these hooks replace one by one, not from the bundle.
export { resolve } from './tsc-output-resolve.mjs';
