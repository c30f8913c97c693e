/**
 * The command at 200,000 indicators with an annotated copy, as the officer runs it: it finishes, writes
 * the copy, and stays under 2 GB of memory (issue 13: "never … more than 2 GB"). The workbook is made
 * here, part by part; the command is the bundle `npm run build:cli` makes, built afresh, run in a
 * child process whose peak resident memory is recorded as it exits (as the benchmark records it). The
 * child's heap is capped too, so that a run needing more memory fails outright rather than only
 * sometimes, as the machine's load lets it. No time is measured: the limits only keep a regression
 * from hanging the run.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnLetters, sheetRowsXml, simpleWorkbook, zipParts, type RawCell } from '../../scripts/lib/rawPackage';
import { QUARTERS } from '../../scripts/lib/largeScorecard';
import { partBytes, readZip } from '../../src/xlsx/zipParts';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../../scripts/buildCli.js') as { buildCli: (outfile: string) => Promise<void> };

const INDICATORS = 200_000;
/** The limit: 2 GB, taken as 2 GiB of resident memory. */
const LIMIT_KIB = 2 * 1024 * 1024;
/** The child's heap: well above what the run needs, well below the limit with the rest of the process beside it. */
const HEAP_MIB = 1536;
const ROOT = join(__dirname, '..', '..');
const HEADER = ['Ref', 'Indicator', 'Polarity', 'Target', ...QUARTERS];
/** A section row before every fifteen indicators, as councils group them. */
const PER_SECTION = 15;

/**
 * The scorecard's rows: a title, the header on row 3, and the indicators under section rows.
 * Indicator i: target 50 + (i mod 40), higher or (every third) lower is better, the quarters
 * wandering round the target, the latest quarter "n/a" for every 97th.
 */
function scorecardRows(): RawCell[][] {
  const rows: RawCell[][] = [[`Scorecard of ${INDICATORS.toLocaleString('en-GB')} indicators`], [], HEADER];
  for (let i = 1; i <= INDICATORS; i++) {
    if ((i - 1) % PER_SECTION === 0) rows.push([`Service area ${(i - 1) / PER_SECTION + 1}`]);
    const target = 50 + (i % 40);
    const values: RawCell[] = QUARTERS.map((_, q) => target - 12 + ((i * 7 + q * 3) % 25));
    if (i % 97 === 0) values[values.length - 1] = 'n/a';
    rows.push([
      `PI${i}`,
      `Percentage of cases in area ${i} reviewed within timescale`,
      i % 3 === 0 ? 'Lower' : 'Higher',
      target,
      ...values,
    ]);
  }
  return rows;
}

interface Ran {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /** The child's peak resident memory, in KiB, as it recorded it on exit (0 if it did not). */
  readonly maxRssKiB: number;
}

/** Runs the bundle with `args`, its standard output into `stdoutFile`, and reads back its peak memory. */
function runBundle(bundle: string, args: readonly string[], stdoutFile: string, peakFile: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MIB}`, '-r', join(ROOT, 'bench', 'peakMemory.js'), bundle, ...args],
      {
        cwd: ROOT,
        // The bundle, built outside the repository, finds exceljs in the repository's node_modules.
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), BENCH_PEAK_FILE: peakFile },
        stdio: ['ignore', out, 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      closeSync(out);
      let maxRssKiB = 0;
      try {
        maxRssKiB = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // No record: the process died before it could write one (killed, or out of memory).
      }
      resolve({ code, signal, stderr, maxRssKiB });
    });
  });
}

/** The last `n` bytes of a file, as text. */
function tail(file: string, n: number): string {
  const size = statSync(file).size;
  const buf = Buffer.alloc(Math.min(n, size));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, size - buf.length);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

describe(`report --format json --out at ${INDICATORS.toLocaleString('en-GB')} indicators`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-large-'));
  const input = join(dir, 'large.xlsx');
  const copy = join(dir, 'large.annotated.xlsx');
  const json = join(dir, 'report.json');
  let ran: Ran;

  beforeAll(async () => {
    const bundle = join(dir, 'scorecard-narrator.js');
    await buildCli(bundle);
    writeFileSync(input, zipParts(simpleWorkbook([{ name: 'Scorecard', rowsXml: sheetRowsXml(scorecardRows()) }])));
    ran = await runBundle(bundle, ['report', input, '--format', 'json', '--out', copy], json, join(dir, 'peak'));
  }, 1_800_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes, prints the whole report and writes the copy', () => {
    expect({ code: ran.code, signal: ran.signal, error: ran.stderr.match(/^error: .*$/m)?.[0] }).toEqual({
      code: 0,
      signal: null,
      error: undefined,
    });
    expect(ran.stderr).toContain(`Wrote ${copy}.`);
    // Every indicator is in the JSON (about a kilobyte each), which ends as a whole document does.
    expect(statSync(json).size).toBeGreaterThan(INDICATORS * 1000);
    expect(tail(json, 16).trimEnd().endsWith('}')).toBe(true);
  });

  it('stays under 2 GB of memory', () => {
    expect(ran.maxRssKiB).toBeGreaterThan(0);
    expect(ran.maxRssKiB).toBeLessThan(LIMIT_KIB);
  });

  it('writes a copy with a label beside the last indicator and the Narrative sheet naming it', async () => {
    const parts = readZip(readFileSync(copy))!;
    const text = async (name: string) => (await partBytes(parts.find((p) => p.name === name)!))!.toString('utf8');
    expect(await text('xl/workbook.xml')).toMatch(/<sheet name="Narrative" sheetId="2"/);
    const lastRow = 3 + INDICATORS + Math.ceil(INDICATORS / PER_SECTION);
    const label = `${columnLetters(HEADER.length + 1)}${lastRow}`;
    expect(await text('xl/worksheets/sheet1.xml')).toMatch(
      new RegExp(`<c r="${label}"[^>]*><f>[^<]+</f><v>(Green|Amber|Red)</v></c></row></sheetData>`),
    );
    expect(await text('xl/worksheets/sheet2.xml')).toContain(`area ${INDICATORS} reviewed within timescale`);
  });
});
