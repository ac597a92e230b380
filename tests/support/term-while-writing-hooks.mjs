/**
 * Module hooks (node:module `register`) that send SIGTERM to this process as the outputs start
 * being written (`writeOutputs`, src/output/write.ts or dist/output/write.js), and go on writing
 * once the command has heard it: the signal is sure to come during the writing step.
 */
const REAL = 'term-while-writing=real';

export async function load(url, context, nextLoad) {
  if (/\/output\/write\.(js|ts)$/.test(new URL(url).pathname) && !url.includes(REAL)) {
    const real = JSON.stringify(`${url}${url.includes('?') ? '&' : '?'}${REAL}`);
    const source = `import { writeOutputs as write } from ${real};
export * from ${real};
export async function writeOutputs(...args) {
  // Heard after the command's own listener, registered earlier.
  const heard = new Promise((resolve) => process.once('SIGTERM', resolve));
  process.kill(process.pid, 'SIGTERM');
  await heard;
  return write(...args);
}
`;
    return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}
