import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const devUrl = 'https://localhost:3000/';

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; chunks?: string[]; chunksSortMode?: string };
  patterns?: { from: string; transform?: (content: Buffer) => Buffer | string }[];
}

/** The webpack configuration for a production build, with the environment given. */
async function productionConfig(
  env: Record<string, string | undefined>,
): Promise<{ plugins: Plugin[]; entry: Record<string, string> }> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (env.ADDIN_PUBLIC_URL === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = env.ADDIN_PUBLIC_URL;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(join(root, 'webpack.config.js')) as (
      e: object,
      a: { mode: string },
    ) => Promise<{ plugins: Plugin[]; entry: Record<string, string> }>;
    return await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

function manifestTransform(config: { plugins: Plugin[] }): (content: Buffer) => string {
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml');
  if (!pattern?.transform) throw new Error('webpack.config.js does not copy manifest.xml through a transform');
  const transform = pattern.transform;
  return (content) => transform(content).toString();
}

const manifest = readFileSync(join(root, 'manifest.xml'));
const pagesIn = (xml: string, base: string) =>
  [...xml.matchAll(/DefaultValue="([^"]+\.html)"/g)].map((m) => m[1].slice(base.length));

describe('webpack.config.js', () => {
  it('builds every page the manifest names, and loads the ribbon commands on the task pane page', async () => {
    const config = await productionConfig({});
    const html = config.plugins
      .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
      .map((p) => p.userOptions ?? {});
    const built = html.map((o) => o.filename);
    for (const page of pagesIn(manifest.toString(), devUrl)) expect(built).toContain(page);
    expect(html.find((o) => o.filename === 'taskpane.html')?.chunks).toEqual(['commands', 'taskpane']);
  });

  it('puts the ribbon commands ahead of the task pane, so their functions are associated before the big bundle loads', async () => {
    // office-js issue 5176: a click on a function not yet associated is lost.
    const config = await productionConfig({});
    expect(Object.keys(config.entry)).toEqual(['commands', 'taskpane']);
    const taskpane = config.plugins.find((p) => p.userOptions?.filename === 'taskpane.html')?.userOptions;
    expect(taskpane?.chunks?.[0]).toBe('commands');
    expect(taskpane?.chunksSortMode).toBe('manual');
  });

  it('leaves the development addresses alone when no public address is given', async () => {
    const transform = manifestTransform(await productionConfig({}));
    expect(transform(manifest)).toBe(manifest.toString());
  });

  it('rewrites every development address to ADDIN_PUBLIC_URL for a production build', async () => {
    const publicUrl = 'https://addins.example.gov.uk/scorecard';
    const rewritten = manifestTransform(await productionConfig({ ADDIN_PUBLIC_URL: publicUrl }))(manifest);
    expect(rewritten).not.toContain(devUrl);
    const urls = [...rewritten.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${publicUrl}/`)).toBe(true);
    expect(rewritten).toContain(`${publicUrl}/taskpane.html`);
  });
});
