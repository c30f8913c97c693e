/**
 * Builds what the browser tests serve: the production task pane (the project's own webpack
 * configuration, as `npm run build` makes it) and the stand-in for Office.js, into one folder.
 *
 *   npx tsx scripts/e2eBuild.ts <output folder>
 *
 * The stand-in is written to `<output folder>/e2e/fakeOffice.js`; it is never part of `dist/`.
 */
import * as path from 'node:path';
import webpack, { type Configuration } from 'webpack';

const root = path.resolve(__dirname, '..');

/** The stand-in for Office.js: the in-memory Excel fake, bundled for the browser. */
function fakeOfficeConfig(outDir: string): Configuration {
  return {
    mode: 'development',
    devtool: false,
    context: root,
    entry: { fakeOffice: './test/e2e/browser/fakeOffice.ts' },
    output: { path: path.join(outDir, 'e2e'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2017' } } },
        },
      ],
    },
  };
}

function compile(config: Configuration | Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config as Configuration[], (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Builds the production pane into `outDir` and the Office.js stand-in into `outDir/e2e`. */
export async function buildForBrowser(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const paneConfig = require(path.join(root, 'webpack.config.js')) as (
    env: unknown,
    argv: { mode: string },
  ) => Promise<Configuration>;
  const pane = await paneConfig({}, { mode: 'production' });
  await compile({ ...pane, context: root, output: { ...pane.output, path: outDir } });
  await compile(fakeOfficeConfig(outDir));
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('Usage: npx tsx scripts/e2eBuild.ts <output folder>\n');
    process.exit(2);
  }
  buildForBrowser(path.resolve(outDir)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
