/**
 * bin/loadBundle.js: the command's bundle loaded with V8's code cache when there is one that fits,
 * and as it is when there is none or one that does not — the run the same either way.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Script } from 'node:vm';

/* eslint-disable @typescript-eslint/no-require-imports */
const { buildCli } = require('../../scripts/buildCli.js') as { buildCli: (outfile: string) => Promise<void> };
const { loadBundle, writeCodeCache } = require('../../bin/loadBundle.js') as {
  loadBundle: (bundle: string) => { exports: { run: unknown }; script: Script };
  writeCodeCache: (bundle: string, script: Script) => void;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'scorecard-load-'));
const bundle = join(dir, 'scorecard-narrator.js');
const cache = join(dir, 'scorecard-narrator.cache');
const loader = join(root, 'bin', 'loadBundle.js');

/**
 * Whether a new process loading the bundle had its cache turned down, and the type of its `run`: in a
 * process of its own, as V8 keeps what it compiled in this one and would not look at a cache again.
 */
async function probe(): Promise<string> {
  const script = `const { exports, script } = require(${JSON.stringify(loader)}).loadBundle(process.argv[1]); console.log(script.cachedDataRejected, typeof exports.run);`;
  return (await promisify(execFile)(process.execPath, ['-e', script, bundle])).stdout;
}

beforeAll(() => buildCli(bundle));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loading the bundle', () => {
  it('builds a bundle for another place without a cache (only the installed one gets one)', () => {
    expect(() => readFileSync(cache)).toThrow(/ENOENT/);
  });

  it('loads it without a cache, writes one, and then loads it from that cache', async () => {
    const first = loadBundle(bundle);
    expect(typeof first.exports.run).toBe('function');
    expect(first.script.cachedDataRejected).toBeUndefined(); // no cache was given
    writeCodeCache(bundle, first.script);
    expect(readFileSync(cache).length).toBeGreaterThan(10_000);
    expect(await probe()).toBe('false function\n'); // taken
  });

  it('loads it as it is when the cache does not fit it', async () => {
    writeFileSync(cache, Buffer.from('not a code cache'));
    expect(await probe()).toBe('true function\n');
  });

  it('runs the command from a loaded bundle as from the bundle itself, cache or not', async () => {
    const run = promisify(execFile);
    const sample = join(root, 'samples', 'northmoor-childrens-scorecard.xlsx');
    const env = { ...process.env, NODE_PATH: join(root, 'node_modules') };
    const viaLoader = `require(${JSON.stringify(loader)}).loadBundle(process.argv[1]).exports.run(process.argv.slice(2))`;
    const args = ['report', sample, '--format', 'json'];
    const direct = await run(process.execPath, [bundle, ...args], { env, maxBuffer: 64 << 20 });
    rmSync(cache, { force: true });
    const uncached = await run(process.execPath, ['-e', viaLoader, bundle, ...args], { env, maxBuffer: 64 << 20 });
    const writing = `const { loadBundle, writeCodeCache } = require(${JSON.stringify(loader)}); const { exports, script } = loadBundle(process.argv[1]); exports.run(process.argv.slice(2)).then(() => writeCodeCache(process.argv[1], script));`;
    await run(process.execPath, ['-e', writing, bundle, ...args], { env, maxBuffer: 64 << 20 });
    const cached = await run(process.execPath, ['-e', viaLoader, bundle, ...args], { env, maxBuffer: 64 << 20 });
    expect(JSON.parse(direct.stdout).indicators.length).toBeGreaterThan(20);
    expect(uncached).toEqual(direct);
    expect(cached).toEqual(direct);
  });
});
