/**
 * Loads the command's bundle as Node loads a CommonJS module, but with V8's code cache for it when
 * there is one (build/cli/scorecard-narrator.cache, written by `npm run build:cli`): V8 then takes the
 * bundle's compiled functions from the cache rather than compiling them as the run first calls them,
 * which is a good part of what a run on a council's scorecard costs beyond starting Node. A cache
 * from another version of Node, or for other V8 flags, is turned down by V8 (`cachedDataRejected`),
 * and the bundle is compiled as it would be without one.
 * https://nodejs.org/api/vm.html#scriptcreatecacheddata
 */
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

const cacheOf = (bundle) => bundle.replace(/\.js$/, '.cache');

/** The bundle's exports, and the script it was compiled as (for {@link writeCodeCache}). */
function loadBundle(bundle) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheOf(bundle));
  } catch {
    cachedData = undefined;
  }
  // The wrapper Node puts around a CommonJS module, on the bundle's first line (its "#!" line, left
  // out, is a comment only on a file's first line), so that line numbers in errors stay the bundle's.
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script };
}

/**
 * Writes the code cache of `script` beside `bundle`, with what V8 has compiled of it so far: called
 * after a run, so that the functions a run uses are in it. Written to a new file and then renamed, so
 * that a run started meanwhile reads the old cache or the new, never half of one.
 */
function writeCodeCache(bundle, script) {
  const cache = cacheOf(bundle);
  writeFileSync(`${cache}.${process.pid}`, script.createCachedData());
  renameSync(`${cache}.${process.pid}`, cache);
}

module.exports = { loadBundle, writeCodeCache };
