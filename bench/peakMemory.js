// Preloaded (node -r) into each process bench/scale.ts starts: writes the process's peak resident
// memory, in KiB, to the file BENCH_PEAK_FILE names, as the process ends.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
