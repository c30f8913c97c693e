/**
 * The command prints its report while the annotated copy is written. So a copy that cannot be saved
 * where it was asked for is found out before anything is printed, and a copy that fails later (the
 * folder taken away, the disk full) leaves the report whole, the copy's error said after it, and
 * exit code 2.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core/report/toJson';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const sample = 'samples/northmoor-childrens-scorecard.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'scorecard-copying-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command from the sources: its output and exit code, whatever the code. */
async function command(args: readonly string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      maxBuffer: 64 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const { stdout, stderr, code } = e as { stdout: string; stderr: string; code: number };
    return { stdout, stderr, code };
  }
}

describe('the annotated copy, written while the report is printed', () => {
  it('is said last, after the whole report', async () => {
    const out = join(dir, 'copy.xlsx');
    const ran = await command(['report', sample, '--format', 'json', '--out', out]);
    expect(ran.code).toBe(0);
    expect((JSON.parse(ran.stdout) as ReportJson).indicators.length).toBeGreaterThan(20);
    expect(ran.stderr.trimEnd().split('\n').at(-1)).toBe(`Wrote ${out}.`);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('to a folder that does not exist, prints no report: the error alone, exit code 2', async () => {
    const missing = join(dir, 'no-such-folder', 'copy.xlsx');
    const ran = await command(['report', sample, '--format', 'json', '--out', missing]);
    expect(ran).toEqual({
      stdout: '',
      stderr: expect.stringContaining(
        `error: The annotated copy could not be saved as '${missing}' (the folder '${join(dir, 'no-such-folder')}' does not exist).`,
      ),
      code: 2,
    });
  }, 60_000);

  it('failing once the report is on its way, leaves the report whole and ends with its error', async () => {
    const folder = join(dir, 'taken-away');
    mkdirSync(folder);
    const out = join(folder, 'copy.xlsx');
    const started = await startReport({ workbook: join(root, sample), format: 'json', out });
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    // The folder is taken away while the report is printed: the copy cannot be put in place.
    rmSync(folder, { recursive: true });
    const printed = JSON.parse(Array.from(started.output()).join('')) as ReportJson;
    const end = await started.finish();
    expect(printed.indicators.length).toBeGreaterThan(20);
    expect(end).toEqual({
      stderr: [`error: The annotated copy could not be saved as '${out}' (the folder '${folder}' does not exist).`],
      exitCode: 2,
    });
    expect(existsSync(folder)).toBe(false);
    expect(await started.finish()).toBe(end);
  });
});
