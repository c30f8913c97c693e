/**
 * `npm run build:cli`: bundles the command line (src/cli/main.ts and everything it imports, the
 * engine included) into one file, build/cli/scorecard-narrator.js, which bin/scorecard-narrator.js
 * runs. exceljs stays outside the bundle, loaded from node_modules only by a run that reads or
 * rebuilds a workbook with it; so does nothing else. Run by `prepare` (npm install, npm pack).
 */
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');

/** Bundles the command line into `outfile`. */
async function buildCli(outfile = path.join(root, 'build', 'cli', 'scorecard-narrator.js')) {
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
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli(process.argv[2] && path.resolve(process.argv[2])).catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
}
