/**
 * The command piped into a reader that stops early (`scorecard-narrator report … --format json | head -1`):
 * the reader has what it wanted, so the command ends quietly, as `git log | head -1` or `rg … | head`
 * do — no stack trace, no error, and the annotated copy written in full.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partsOf } from '../helpers/realWorkbooks';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'scorecard-closed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ended {
  readonly firstLine: string;
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the command from the sources with its standard output a pipe, reads up to the first line
 * and closes the pipe, as `head -1` does. The report read (some 5 MB of JSON) is many times what
 * a pipe holds, so the command is still writing when the pipe closes: it blocks on the full pipe
 * until then, whatever the machine's speed.
 */
function firstLineOnly(args: readonly string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ firstLine: out.split('\n')[0], stderr, code, signal }));
  });
}

describe('output to a reader that stops early', () => {
  it('ends quietly with exit code 0, its warnings and its annotated copy as in a full run', async () => {
    const out = join(dir, 'annotated.xlsx');
    const input = 'test/fixtures/large-2000.xlsx';
    const ended = await firstLineOnly(['report', input, '--format', 'json', '--out', out]);
    expect(ended.firstLine).toBe('{');
    expect(ended.stderr).not.toMatch(/EPIPE|error|Error|\n\s+at /);
    expect(ended.stderr).toMatch(/^note: The report is on Q2 2021\/22/);
    expect(ended.stderr).toContain(`Wrote ${out}.`);
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    // Every part of the input, and the Narrative sheet.
    const [copy, original] = await Promise.all([out, join(root, input)].map((f) => partsOf(readFileSync(f))));
    expect(copy.size).toBe(original.size + 1);
  }, 120_000);
});
