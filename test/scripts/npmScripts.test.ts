/**
 * The npm scripts follow Microsoft's Office add-in templates without sending anything anywhere that
 * a developer did not ask for, and without a dependency that cannot be installed from the npm
 * registry alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  sideEffects: string[];
  config: Record<string, string | number>;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

const versionParts = (version: string): number[] => version.split('.').map((part) => Number.parseInt(part, 10));
const atLeast = (version: string, minimum: string): boolean => {
  const [a, b] = [versionParts(version), versionParts(minimum)];
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

describe('npm scripts', () => {
  it('has the Office add-in template scripts', () => {
    for (const name of ['start', 'stop', 'watch', 'build', 'build:dev', 'dev-server', 'validate']) {
      expect(pkg.scripts[name]).toEqual(expect.any(String));
    }
    expect(pkg.scripts.validate).toBe('office-addin-manifest validate manifest.xml');
    expect(pkg.config.app_to_debug).toBe('excel');
  });

  it('runs office-addin-debugging on demand at a pinned version that sends no usage data', () => {
    // 6.1.1 is the first release whose office-addin-usage-data range (^2.1.0) is the one with reporting removed.
    const uses = Object.entries(pkg.scripts).filter(([, command]) => command.includes('office-addin-debugging'));
    expect(uses.map(([name]) => name).sort()).toEqual(['start', 'stop']);
    for (const [, command] of uses) {
      const version = /^npx --yes office-addin-debugging@(\d+\.\d+\.\d+) /.exec(command)?.[1];
      expect(version).toBeDefined();
      expect(atLeast(version!, '6.1.1')).toBe(true);
    }
    // As a dev dependency it would pull @microsoft/m365agentstoolkit-cli and its native keytar
    // module, which cannot be installed from the npm registry alone.
    expect(pkg.devDependencies['office-addin-debugging']).toBeUndefined();
  });

  it('installs only versions of office-addin-usage-data that send nothing', () => {
    const installed = Object.entries(lock.packages).filter(([path]) =>
      path.endsWith('node_modules/office-addin-usage-data'),
    );
    expect(installed.length).toBeGreaterThan(0);
    for (const [, entry] of installed) expect(atLeast(entry.version!, '2.1.0')).toBe(true);
  });

  it('serves on the port office-addin-debugging waits for', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require('../../webpack.config.js') as (
      env: object,
      argv: object,
    ) => Promise<{ devServer: { port: number } }>;
    const config = await webpackConfig({}, { mode: 'development' });
    expect(config.devServer.port).toBe(pkg.config.dev_server_port);
    expect(pkg.scripts['dev-server']).toBe('webpack serve --mode development');
  });

  it('names every module imported for its side effects, so that the bundler keeps it', () => {
    // "sideEffects" lets webpack leave out what the task pane does not use of the engine's public
    // surface (src/core/index.ts); a module imported only for what it does on loading must be listed.
    const bare: string[] = [];
    for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import '(\.[^']+)';$/gm)) {
        bare.push(
          `./${relative(root, join(dirname(file), m[1]))
            .split('\\')
            .join('/')}.ts`,
        );
      }
    }
    expect(bare.length).toBeGreaterThan(0);
    expect([...pkg.sideEffects].sort()).toEqual([...new Set(bare)].sort());
  });
});
