/**
 * The `scorecard-narrator` command as it is installed: the bundle `npm run build:cli` writes gives
 * what the sources give, byte for byte, and loads exceljs only for a run that reads a workbook.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assembleZip, storedEntry } from '../../src/xlsx/zipParts';
import { partsOf } from '../helpers/realWorkbooks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../../scripts/buildCli.js') as { buildCli: (outfile: string) => Promise<void> };

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const sample = 'samples/northmoor-childrens-scorecard.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'scorecard-bin-'));
const bundle = join(dir, 'scorecard-narrator.js');

interface Ran {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/**
 * Runs `node <args>` in the repository, with its output and exit code whatever the code. The bundle,
 * built outside the repository, finds exceljs in the repository's node_modules, as an installed one does in its own.
 */
async function node(args: readonly string[]): Promise<Ran> {
  const env = { ...process.env, NODE_PATH: join(root, 'node_modules') };
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], { cwd: root, env, maxBuffer: 64 << 20 });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const { stdout, stderr, code } = e as { stdout: string; stderr: string; code: number };
    return { stdout, stderr, code };
  }
}

const fromSource = (args: readonly string[]) => node(['--import', 'tsx', 'src/cli/main.ts', ...args]);
const fromBundle = (args: readonly string[]) => node([bundle, ...args]);

beforeAll(() => buildCli(bundle));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built command', () => {
  it.each(['text', 'markdown'])('prints the sample’s report as %s exactly as the sources do', async (format) => {
    const args = ['report', sample, '--format', format];
    const [built, source] = await Promise.all([fromBundle(args), fromSource(args)]);
    expect(built.code).toBe(0);
    expect(built.stdout.length).toBeGreaterThan(1000);
    expect(built).toEqual(source);
  });

  it('prints the same JSON and writes the same annotated copy, part for part, as the sources', async () => {
    const outs = [join(dir, 'built.xlsx'), join(dir, 'source.xlsx')];
    const [built, source] = await Promise.all([
      fromBundle(['report', sample, '--format', 'json', '--out', outs[0]]),
      fromSource(['report', sample, '--format', 'json', '--out', outs[1]]),
    ]);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout).indicators.length).toBeGreaterThan(20);
    expect(built.stdout).toBe(source.stdout);
    expect(built.stderr.replace(outs[0], 'OUT')).toBe(source.stderr.replace(outs[1], 'OUT'));
    const [a, b] = await Promise.all(outs.map(async (f) => partsOf(readFileSync(f))));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.has('xl/worksheets/sheet3.xml')).toBe(true); // the Narrative sheet
    for (const [name, bytes] of a) expect({ name, same: bytes.equals(b.get(name)!) }).toEqual({ name, same: true });
  });

  it('is written in ASCII alone (so that Node reads it one byte a character), its characters beyond it escaped', () => {
    const text = readFileSync(bundle, 'latin1');
    expect(text.match(/[\u0080-\uffff]/g)).toBeNull();
    // The dashes a header may use for a range ("2021–22"), kept as escapes in the bundle's regular expressions.
    expect(text).toContain('[\\u2013\\u2014]');
  });

  it('gives the same message and exit code for a mistake on the command line', async () => {
    const args = ['report', sample, '--format', 'pdf'];
    const [built, source] = await Promise.all([fromBundle(args), fromSource(args)]);
    expect(built.code).toBe(2);
    expect(built).toEqual(source);
  });

  it('loads exceljs only for a copy that has to be rebuilt through it', async () => {
    // Preloaded: says, as the process ends, whether exceljs was ever loaded.
    const probe = join(dir, 'probe.js');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(f)) ? 'exceljs loaded\\n' : 'exceljs not loaded\\n'));",
    );
    const help = await node(['-r', probe, bundle, '--help']);
    expect(help.stdout).toContain('Usage: scorecard-narrator report');
    expect(help.stderr).toBe('exceljs not loaded\n');
    const usage = await node(['-r', probe, bundle, 'report']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/exceljs not loaded\n$/);
    const report = await node(['-r', probe, bundle, 'report', sample]);
    expect(report.code).toBe(0);
    expect(report.stderr).toMatch(/exceljs not loaded\n$/);
    // A copy written as a patch of the file: the workbook is read from its parts alone.
    const annotated = join(dir, 'annotated.xlsx');
    const patched = await node(['-r', probe, bundle, 'report', sample, '--out', annotated]);
    expect(patched.code).toBe(0);
    expect(patched.stderr).toMatch(/exceljs not loaded\n$/);
    // A label cell holding an array formula cannot be edited in place: the copy is rebuilt through exceljs.
    const parts = await partsOf(readFileSync(annotated));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const arrayed = sheet.replace(/(<c r="Q7"[^>]*>)<f>/, '$1<f t="array" ref="Q7">');
    expect(arrayed).not.toBe(sheet);
    parts.set('xl/worksheets/sheet1.xml', Buffer.from(arrayed, 'utf8'));
    const input = join(dir, 'array-label.xlsx');
    writeFileSync(
      input,
      assembleZip(Array.from(parts, ([name, bytes]) => storedEntry(name, bytes, null, new Date(2024, 0, 1)))),
    );
    const rebuilt = await node(['-r', probe, bundle, 'report', input, '--out', join(dir, 'rebuilt.xlsx')]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toContain('rebuilt rather than edited in place');
    expect(rebuilt.stderr).toMatch(/exceljs loaded\n$/);
  });

  it("loads Node's crypto module only for a run that writes a copy (it names the copy's temporary file)", async () => {
    const probe = join(dir, 'crypto-probe.js');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(process.moduleLoadList.some((m) => /^NativeModule (internal\\/)?crypto\\b/.test(m)) ? 'crypto loaded\\n' : 'crypto not loaded\\n'));",
    );
    const report = await node(['-r', probe, bundle, 'report', sample, '--format', 'json']);
    expect(report.code).toBe(0);
    expect(report.stderr).toMatch(/crypto not loaded\n$/);
    const copy = await node(['-r', probe, bundle, 'report', sample, '--out', join(dir, 'crypto.xlsx')]);
    expect(copy.code).toBe(0);
    expect(copy.stderr).toMatch(/crypto loaded\n$/);
  });
});
