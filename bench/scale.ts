/**
 * `npm run bench` (and `npm run bench:scale -- 100,2000` for some sizes only): the command as it is
 * installed, whole processes timed side by side on scorecards of 100 to 300,000 indicators, as ratios
 * to yardsticks measured in turns with it — so that the figures hold on a loaded machine:
 *
 * - at 100 indicators, `report --format json` against `node -e 0` (start-up), both as a user runs them (no
 *   preload), fifteen runs of each in turns, and the same from the sources through tsx;
 * - at each size, `report --format json --out` against exceljs reading the same file and nothing else;
 * - reading alone (the file to the engine's grids, in this process) against a minimal reader, the floor;
 * - the command's peak resident memory, per indicator.
 *
 * docs/benchmarks.md and the README's benchmark table quote what it prints.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readWorkbookGrids } from '../src/xlsx/read';
import { buildLargeScorecard } from '../scripts/lib/largeScorecard';
import { minimalRead } from './minimalReader';
import { medians, middle } from './timing';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../scripts/buildCli.js') as { buildCli: () => Promise<void> };

const root = join(__dirname, '..');
const SIZES = [100, 2_000, 10_000, 50_000, 300_000];
/** Runs of each process at each size: fewer where one run takes a minute. */
const RUNS: Record<number, number> = { 100: 9, 2_000: 5, 10_000: 3, 50_000: 3, 300_000: 1 };
/** Runs of each process for start-up, at 100 indicators: each takes a fraction of a second. */
const START_UP_RUNS = 15;

interface Ran {
  readonly ms: number;
  /** Peak resident memory, KiB. */
  readonly peak: number;
}

/**
 * Runs `node <args>` in the repository, its output thrown away; its wall time and, when `peak`, its peak
 * memory (read by a preloaded module, which start-up is timed without: it is a file more to load).
 */
async function node(args: readonly string[], dir: string, peak = true): Promise<Ran> {
  const peakFile = join(dir, `peak-${process.pid}`);
  const t0 = performance.now();
  const stderr: Buffer[] = [];
  const code = await new Promise<number | null>((done, failed) => {
    const child = spawn(process.execPath, [...(peak ? ['-r', join(__dirname, 'peakMemory.js')] : []), ...args], {
      cwd: root,
      env: peak ? { ...process.env, BENCH_PEAK_FILE: peakFile } : process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', failed);
    child.on('close', done);
  });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}: ${Buffer.concat(stderr).toString()}`);
  return { ms, peak: peak ? Number(readFileSync(peakFile, 'utf8')) : 0 };
}

/**
 * Each of `commands` run `runs` times in turns (after one warm-up round when `warmUp`): their medians,
 * and their peak memory when `peak`.
 */
async function inTurns(
  runs: number,
  commands: readonly (readonly string[])[],
  dir: string,
  { warmUp = true, peak = true } = {},
) {
  const all: Ran[][] = commands.map(() => []);
  if (warmUp) for (const c of commands) await node(c, dir, peak);
  for (let i = 0; i < runs; i++) for (const [j, c] of commands.entries()) all[j].push(await node(c, dir, peak));
  return all.map((r) => ({ ms: middle(r.map((x) => x.ms)), peak: r.reduce((m, x) => Math.max(m, x.peak), 0) }));
}

const sec = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const times = (x: number) => `${x.toFixed(2)}×`;

async function main(): Promise<void> {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : SIZES;
  await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-scale-'));
  const report = (input: string) => ['bin/scorecard-narrator.js', 'report', input, '--format', 'json'];
  const command = (input: string) => [...report(input), '--out', join(dir, 'annotated.xlsx')];
  const exceljsRead = (input: string) => [join(__dirname, 'exceljsRead.js'), input];
  const rows: string[] = [];
  try {
    console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}: the command, whole processes`);
    for (const n of sizes) {
      const input = join(dir, `scorecard-${n}.xlsx`);
      await buildLargeScorecard(n).xlsx.writeFile(input);
      const runs = RUNS[n] ?? 3;
      const big = n > 50_000;
      console.log(`${n.toLocaleString('en-GB')} indicators (${runs} run${runs > 1 ? 's' : ''} of each, in turns):`);
      if (n === 100) {
        // Start-up, as the target has it: the whole process of a report, against the whole process of nothing.
        const [empty, ours, tsx] = await inTurns(
          START_UP_RUNS,
          [
            ['-e', '0'],
            report(input),
            [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/main.ts', ...report(input).slice(1)],
          ],
          dir,
          { peak: false },
        );
        console.log(`  start-up, ${START_UP_RUNS} runs of each in turns:`);
        console.log(`  node -e 0:                               ${sec(empty.ms)}`);
        console.log(
          `  scorecard-narrator report … --format json: ${sec(ours.ms)}  ${times(ours.ms / empty.ms)} node -e 0 (target ≤ 3×)`,
        );
        console.log(`  the same from the sources through tsx:   ${sec(tsx.ms)}  ${times(tsx.ms / empty.ms)} node -e 0`);
      }
      const [ours, read] = await inTurns(runs, [command(input), exceljsRead(input)], dir, { warmUp: !big });
      const perIndicator = (ours.peak * 1024) / n / 1024;
      console.log(
        `  report --format json --out:              ${sec(ours.ms)}, peak ${mib(ours.peak)} (${perIndicator.toFixed(1)} KiB an indicator)`,
      );
      console.log(`  exceljs reading alone:                   ${sec(read.ms)}, peak ${mib(read.peak)}`);
      console.log(`  report ÷ exceljs reading alone:          ${times(ours.ms / read.ms)}  (target ≤ 1×)`);
      let readRatio = '';
      if (!big) {
        const bytes = await readFile(input);
        const [alone, floor] = await medians(runs, [
          async () => (await readWorkbookGrids(input)).grids,
          () => minimalRead(bytes),
        ]);
        readRatio = times(alone / floor);
        console.log(`  reading alone (file to grids), in process: ${sec(alone)}; the minimal reader: ${sec(floor)}`);
        console.log(`  reading alone ÷ the minimal reader:      ${readRatio}  (target ≤ 2×)`);
      }
      rows.push(
        `| ${n.toLocaleString('en-GB')} | ${sec(ours.ms)} | ${mib(ours.peak)} | ${perIndicator.toFixed(1)} KiB | ${sec(read.ms)} | ${times(ours.ms / read.ms)} | ${readRatio || '—'} |`,
      );
    }
    console.log(
      '\n| indicators | report --format json --out | peak memory | per indicator | exceljs reading alone | ratio | reading ÷ floor |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) console.log(r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
