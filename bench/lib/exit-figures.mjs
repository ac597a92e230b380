// Preloaded into the measured command (`node --import ./bench/lib/exit-figures.mjs bin/alpes-report.js …`):
// at exit, its wall time since the process started and its peak RSS, as one JSON line on stderr.
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ ms: performance.now(), maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
