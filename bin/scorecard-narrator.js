#!/usr/bin/env node
/**
 * The scorecard-narrator command. Runs the bundle `npm run build:cli` writes (made on `npm install`
 * and `npm pack` by the prepare script, so it is what an installed package runs); in a checkout
 * where it has not been built, runs the sources through tsx instead.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'build', 'cli', 'scorecard-narrator.js');
if (existsSync(bundle)) {
  require(bundle).run(process.argv.slice(2));
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').run(process.argv.slice(2));
}
