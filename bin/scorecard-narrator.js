#!/usr/bin/env node
/**
 * The scorecard-narrator command. Runs the bundle `npm run build:cli` writes (made on `npm install`
 * and `npm pack` by the prepare script, so it is what an installed package runs); in a checkout
 * where it has not been built, runs the sources through tsx instead.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const v8 = require('node:v8');

// A run holds the whole report while it writes the copy, and V8 by default lets the heap grow to
// about twice what is live before it collects again: at 200,000 indicators that put the peak near
// 2 GB. Growing the heap by 30 % at a time instead keeps it near what is live (50,000 indicators:
// some 690 MiB → 535 MiB peak; 200,000: 1.9 GiB → 1.65 GiB). It costs time where the heap is large:
// at 50,000, more collections took the run from some 6.0 s to 7.0 s (docs/benchmarks.md). It is a
// setting of the garbage collector's heap-growth rule only, read whenever the heap's next limit is
// worked out, so setting it here, once the process has started, takes effect; Node's documentation
// of v8.setFlagsFromString warns that flags set after start-up may do nothing, which here would
// only give back the default.
v8.setFlagsFromString('--heap-growing-percent=30');
// A run lasts a second or so at a council's size, and V8 by default has its optimising compiler take
// up any function that has run some 66 KB of bytecode: at 2,000 indicators that queued some 160
// functions, whose compiling (some 0.9–1.2 s on its own thread) took the second core from the run
// for code that was ready too late to pay back. With four times the budget only the functions that
// stay busy are optimised (some 60): 2,000 indicators ran in 0.68 s rather than 0.80 s, 10,000 and
// 50,000 no slower. Set before the bundle is loaded, so the code cache is made and read under it
// (V8 turns down a cache made under other flags). Measured with Node 20's V8 (11.3), whose tiering
// counts bytecode run; later V8s count calls instead and have no such flag (setting one prints an
// error), so under them the command keeps V8's own tiering.
if (process.versions.v8.startsWith('11.')) v8.setFlagsFromString('--interrupt-budget=270336');

const bundle = join(__dirname, '..', 'build', 'cli', 'scorecard-narrator.js');
if (existsSync(bundle)) {
  const { loadBundle, writeCodeCache } = require('./loadBundle');
  const { exports, script } = loadBundle(bundle);
  const ran = exports.run(process.argv.slice(2));
  // `npm run build:cli` runs the command once on the sample with this set, to write the code cache
  // of what a run compiles (through this file, so with the flags a user's run has).
  if (process.env.SCORECARD_NARRATOR_CODE_CACHE === 'write') void ran.then(() => writeCodeCache(bundle, script));
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').run(process.argv.slice(2));
}
