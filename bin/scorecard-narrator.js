#!/usr/bin/env node
/**
 * The scorecard-narrator command. Runs the bundle `npm run build:cli` writes (made on `npm install`
 * and `npm pack` by the prepare script, so it is what an installed package runs); in a checkout
 * where it has not been built, runs the sources through tsx instead.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const v8 = require('node:v8');

// (A large workbook's run limits how far the heap grows: see `heapGrowthFor` in src/cli/main.ts.)
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
