/**
 * Module hooks (node:module `register`) that send SIGTERM to this process as the earlier outputs
 * start being replaced (`writeOutputs`'s `onReplacing`, src/output/write.ts or dist/output/write.js):
 * the part of the writing that is never cut short. (Before it, the writing stops like any step.)
 */
const REAL = 'term-while-writing=real';

export async function load(url, context, nextLoad) {
  if (/\/output\/write\.(js|ts)$/.test(new URL(url).pathname) && !url.includes(REAL)) {
    const real = JSON.stringify(`${url}${url.includes('?') ? '&' : '?'}${REAL}`);
    const source = `import { writeOutputs as write } from ${real};
export * from ${real};
export async function writeOutputs(out, files, options = {}) {
  return write(out, files, {
    ...options,
    onReplacing() {
      options.onReplacing?.();
      process.kill(process.pid, 'SIGTERM');
    },
  });
}
`;
    return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}

// Run from tsc's files, which these hooks replace one by one, not from the bundle.
export { resolve } from './tsc-output-resolve.mjs';
