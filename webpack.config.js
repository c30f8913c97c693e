/**
 * Builds the Excel add-in: the task pane (React + Fluent UI) and the ribbon commands.
 *
 *   npm run build   type-checks (tsc), then the production bundle in dist/, with a report of the task pane's initial JavaScript
 *   npm run dev-server  development server on https://localhost:3000 (npm start runs it; see scripts/start.ts)
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  where dist/ will be published (production only); every https://localhost:3000/
 *                     address in manifest.xml is rewritten to it. Unset, the manifest keeps the
 *                     development addresses.
 *   ADDIN_DEV_HTTP=1  serve over plain http (for a local browser check; Excel itself needs https).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const devUrl = 'https://localhost:3000/';
/** The task pane's first download should stay near a bare Fluent UI pane (~134 KiB gzip). */
const initialBudgetKiB = 160;

/** Prints the gzip size of the JavaScript the task pane page loads before it can render. */
class InitialSizeReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('InitialSizeReport', (compilation) => {
      const initial = new Set();
      for (const name of ['taskpane', 'commands']) {
        for (const file of compilation.entrypoints.get(name).getFiles()) if (file.endsWith('.js')) initial.add(file);
      }
      const outputDir = compilation.outputOptions.path;
      const gzipKiB = (file) => zlib.gzipSync(fs.readFileSync(path.join(outputDir, file)), { level: 9 }).length / 1024;
      const total = [...initial].reduce((sum, file) => sum + gzipKiB(file), 0);
      const later = compilation
        .getAssets()
        .map((a) => a.name)
        .filter((f) => f.endsWith('.js') && !initial.has(f));
      const lines = [
        `Task pane initial JavaScript: ${total.toFixed(1)} KiB gzip in ${initial.size} files (budget ${initialBudgetKiB} KiB).`,
        `Loaded on demand: ${later.map((f) => `${f} (${gzipKiB(f).toFixed(1)} KiB gzip)`).join(', ') || 'nothing'}.`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      if (total > initialBudgetKiB) {
        compilation.warnings.push(
          new Error(
            `Task pane initial JavaScript is ${total.toFixed(1)} KiB gzip, over the ${initialBudgetKiB} KiB budget.`,
          ),
        );
      }
    });
  }
}

/**
 * HTTPS options from office-addin-dev-certs, which creates a localhost certificate and asks the
 * system to trust it (once, with administrator rights). If trusting fails but the certificate
 * exists, it is served anyway: a browser can accept it by hand, Excel desktop cannot.
 */
async function httpsServer() {
  if (process.env.ADDIN_DEV_HTTP === '1') return { type: 'http' };
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => path.join(dir, f));
    const reason = String(error).split('\n')[0];
    if (!files.every((f) => fs.existsSync(f))) {
      throw new Error(
        `Could not create the localhost certificate (${reason}). For a browser-only check, set ADDIN_DEV_HTTP=1 to serve over http.`,
      );
    }
    process.stderr.write(
      `The localhost certificate could not be added to this computer's trusted certificates (${reason}).\n` +
        'Excel on the web works once you accept it at https://localhost:3000/taskpane.html; for Excel desktop, ' +
        'run "npx office-addin-dev-certs install" as an administrator.\n',
    );
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { type: 'https', options: { ca, cert, key } };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  return {
    mode: production ? 'production' : 'development',
    // No source maps in a production build: dist/ is published as it is, and would serve the source.
    devtool: production ? false : 'source-map',
    // The ribbon commands first: their scripts come before the task pane's in taskpane.html (see
    // the HtmlWebpackPlugin below), so Office.actions.associate runs before the large React and
    // Fluent UI bundle has even loaded (office-js issue 5176; src/commands/commands.ts).
    entry: {
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2017',
              },
            },
          },
        },
      ],
    },
    optimization: {
      // One runtime for both entries: the pane and the ribbon commands share module instances
      // (notably the shared host and the outcome channel) on the task pane page.
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The page that Office loads for the ribbon too (the manifest's FunctionFile, in the shared
        // runtime): commands, then the pane, in this order.
        chunks: ['commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The keyboard shortcuts the manifest's ExtendedOverrides names.
          { from: 'src/commands/shortcuts.json', to: 'shortcuts.json' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production && publicUrl ? content.toString().split(devUrl).join(publicUrl.replace(/\/?$/, '/')) : content,
          },
        ],
      }),
      ...(production ? [new InitialSizeReport()] : []),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env && env.WEBPACK_SERVE ? await httpsServer() : 'http',
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
