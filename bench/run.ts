/**
 * `npm run bench`: the engine on 10,000 indicators, and the CLI on a 2,000-indicator workbook
 * against exceljs alone reading and writing the same file. Prints the figures docs/benchmarks.md quotes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../src/cli/runReport';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { buildIndicators } from '../src/core/indicators/buildIndicators';
import { printedDecimals } from '../src/core/narrative/citations';
import { draftNarrative } from '../src/core/narrative/draftNarrative';
import { rateIndicator } from '../src/core/rating/rateIndicator';
import { buildReport } from '../src/core/report/buildReport';
import { findTables } from '../src/core/tables/findTables';
import { buildLargeScorecard } from '../scripts/lib/largeScorecard';
import { syntheticGrid } from './syntheticGrid';
import { median, medians } from './timing';

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function engine(): Promise<void> {
  const n = 10_000;
  const grid = syntheticGrid(n);
  const config = DEFAULT_CONFIG;
  const [table] = findTables(grid).tables;
  const indicators = buildIndicators(grid, table, config).indicators;
  const period = indicators[0].values[indicators[0].values.length - 1].period;
  const options = {
    amberRule: config.amberRule,
    decimals: (pv: { measure: Parameters<typeof printedDecimals>[0] }) => printedDecimals(pv.measure, config.style),
  };
  const rateAndDraft = await median(9, () => {
    const items = indicators.map((indicator) => ({ indicator, rating: rateIndicator(indicator, period, options) }));
    return draftNarrative(items, period, config.style);
  });
  const whole = await median(5, () => buildReport([grid], config));
  const report = buildReport([grid], config);
  console.log(`Engine, ${n.toLocaleString('en-GB')} indicators (${indicators.length} read):`);
  console.log(`  rating + narrative:                         ${ms(rateAndDraft)}  (target < 100 ms)`);
  console.log(`  whole report (find tables, read, rate, narrative, format plan): ${ms(whole)}`);
  console.log(
    `  conditional-format blocks planned: ${report.formatPlan.blocks.length}, rules: ${report.formatPlan.blocks.reduce((s, b) => s + b.rules.length, 0)}`,
  );
}

async function cli(): Promise<void> {
  const n = 2_000;
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
  try {
    const input = join(dir, 'large.xlsx');
    await buildLargeScorecard(n).xlsx.writeFile(input);
    const plainRun = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      await wb.xlsx.writeFile(join(dir, 'plain.xlsx'));
    };
    const oursRun = async () => {
      const r = await runReport({ workbook: input, format: 'json', out: join(dir, 'annotated.xlsx') });
      if (r.exitCode !== 0) throw new Error(r.stderr.join('\n'));
    };
    // Taken in turns, so that whatever else the machine is doing weighs on both alike.
    const [plain, ours] = await medians(7, [plainRun, oursRun]);
    console.log(`CLI, ${n.toLocaleString('en-GB')}-indicator workbook:`);
    console.log(`  exceljs alone, read + write:                ${ms(plain)}`);
    console.log(`  report --format json --out (read, rate, draft, annotate, write): ${ms(ours)}`);
    console.log(`  ratio: ${(ours / plain).toFixed(2)}×  (target ≤ 1.5×)`);
    const kib = (f: string) => `${(statSync(join(dir, f)).size / 1024).toFixed(0)} KiB`;
    console.log(
      `  file sizes: input ${kib('large.xlsx')}, exceljs's copy ${kib('plain.xlsx')}, annotated copy ${kib('annotated.xlsx')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  await engine();
  await cli();
  console.log(`Peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
