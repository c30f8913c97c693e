/**
 * `npm run build:cli`: bundles the command line (src/cli/main.ts and everything it imports, the
 * engine included) into one file, build/cli/scorecard-narrator.js, which bin/scorecard-narrator.js
 * runs. exceljs stays outside the bundle, loaded from node_modules only by a run that reads or
 * rebuilds a workbook with it; so does nothing else. Run by `prepare` (npm install, npm pack).
 *
 * Then it runs the command once on the sample, as a user would, to write V8's code cache of the
 * functions a run compiles beside the bundle (build/cli/scorecard-narrator.cache; see
 * bin/loadBundle.js): a run that finds it starts some 30 ms sooner.
 */
const { execFile } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const installed = path.join(root, 'build', 'cli', 'scorecard-narrator.js');
const sample = path.join(root, 'samples', 'northmoor-childrens-scorecard.xlsx');

/**
 * Runs the installed command on the sample, its report and copy thrown away, for it to write its code
 * cache. Not where the sample is not (a package unpacked without it): the command then runs without.
 */
async function writeCodeCache() {
  if (!existsSync(sample)) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-cache-'));
  try {
    const args = ['report', sample, '--format', 'json', '--out', path.join(dir, 'copy.xlsx')];
    const env = { ...process.env, SCORECARD_NARRATOR_CODE_CACHE: 'write' };
    await promisify(execFile)(process.execPath, [path.join(root, 'bin', 'scorecard-narrator.js'), ...args], {
      env,
      maxBuffer: 64 << 20,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes every character of `file` beyond ASCII as its `\uXXXX` escape. esbuild escapes them in
 * strings but leaves them in regular expressions ("[–—]", "[£€$]"), and one is enough to make the
 * bundle's whole source text two bytes a character when Node reads it: all in ASCII, it is read as
 * one byte a character, and a run starts some 8 ms sooner. The escape means the same character in a
 * string, a template (a tagged one's raw text aside, which the sources do not use), a regular
 * expression (with or without the u flag) and a comment alike.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/** Bundles the command line into `outfile`. */
async function buildCli(outfile = installed) {
  // A cache of an earlier bundle is of no use to this one (V8 would turn it down).
  rmSync(outfile.replace(/\.js$/, '.cache'), { force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Loaded at run time, from the package's own dependency, only where a run needs it.
    external: ['exceljs'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  asciiOnly(outfile);
  if (outfile === installed) await writeCodeCache();
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli(process.argv[2] && path.resolve(process.argv[2])).catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
}
