#!/usr/bin/env node
// The bundle `npm run build` makes of dist/cli.js (scripts/bundle.mjs) loads quicker; tsc's own output is
// the fallback when only `tsc` was run, and a clear message when nothing is built yet.
const candidates = ['../dist/bundle/cli.js', '../dist/cli.js'];

const isMissing = (error, url) => error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.url ?? error.message).includes(url);

async function loadCli() {
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url).href;
    try {
      return await import(url);
    } catch (error) {
      if (!isMissing(error, url)) throw error;
    }
  }
  return undefined;
}

const cli = await loadCli();
if (cli) process.exitCode = await cli.main();
else {
  process.stderr.write('alpes-report n’est pas compilé : lancez « npm run build » dans son dossier.\n');
  process.exitCode = 1;
}
