/**
 * `npm run bench:excel`: the Office.js adapter against the in-memory Excel fake, for synthetic
 * scorecards of 10 to 5,000 indicators — round trips (`context.sync()` calls that carry commands),
 * conditional-format rules, label cells, and the largest request and response of any round trip
 * (Excel on the web refuses over 5 MB); and the read of the same scorecards with a stray value
 * left far from the table (A200000, XFD1048576), which should cost at most twice the table alone.
 */
import { performance } from 'node:perf_hooks';
import { createExcelHost } from '../src/excel/host';
import { readWorkbook } from '../src/excel/readWorkbook';
import type { FakeExcel } from '../test/excel/fakeExcel';
import { syntheticExcel } from '../test/excel/sampleWorkbook';

const MARKER = 'scorecard-narrator:rag';
const SIZES = [10, 100, 1_000, 5_000];

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

function largest(excel: FakeExcel, from: number): { request: number; response: number } {
  const trips = excel.trips.slice(from);
  return {
    request: Math.max(...trips.map((t) => t.requestBytes)),
    response: Math.max(...trips.map((t) => t.responseBytes)),
  };
}

function ourRules(excel: FakeExcel): number {
  return excel.doc.sheets.reduce((n, s) => n + s.cfs.filter((cf) => cf.formula?.includes(MARKER)).length, 0);
}

async function measure(n: number, rangeAreas: boolean) {
  const excel = syntheticExcel(n);
  // The 5 MB limit is Excel on the web's, and Excel on the web always has ExcelApi 1.9.
  if (!rangeAreas) excel.payloadLimit = Infinity;
  const host = createExcelHost({ run: excel.run, rangeAreas: () => rangeAreas });
  await excel.run((context) => readWorkbook(context));
  const read = excel.roundTrips;
  const t0 = performance.now();
  await host.refreshRag();
  const ms = performance.now() - t0;
  const first = excel.roundTrips - read;
  const rules = ourRules(excel);
  const labels = [...excel.sheet('Scorecard').cells.values()].filter((c) => c.formula?.includes(MARKER)).length;
  await host.refreshRag();
  const again = excel.roundTrips - read - first;
  const beforeDraft = excel.roundTrips;
  await host.draftNarrative();
  const draft = excel.roundTrips - beforeDraft;
  return { read, first, again, rules, sameRules: ourRules(excel) === rules, labels, draft, ms, ...largest(excel, 0) };
}

const STRAY = [null, 'A200000', 'XFD1048576'] as const;

/**
 * A read of a scorecard of `n` indicators, with a value left at `stray`: round trips, bytes both
 * ways, and the median time of five reads after a warm-up one (a single read is a few milliseconds).
 */
async function measureRead(n: number, stray: string | null) {
  const excel = syntheticExcel(n);
  if (stray) excel.setCell('Scorecard', stray, 'old note');
  const times: number[] = [];
  let trips = 0;
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const from = excel.roundTrips;
    const t0 = performance.now();
    await excel.run((context) => readWorkbook(context));
    if (i) times.push(performance.now() - t0);
    trips = excel.roundTrips - from;
    bytes = excel.trips.slice(from).reduce((sum, t) => sum + t.requestBytes + t.responseBytes, 0);
  }
  return { trips, bytes, ms: times.sort((a, b) => a - b)[2] };
}

async function strayCells(): Promise<void> {
  console.log('\nReading, with and without a stray value far from the table (at most 2× the table alone):');
  console.log('  indicators | stray value | round trips | bytes (both ways) | read time (median of 5)');
  for (const n of [100, 1_000, 5_000]) {
    for (const stray of STRAY) {
      const m = await measureRead(n, stray);
      const row = [
        n.toLocaleString('en-GB').padStart(10),
        (stray ?? 'none').padStart(11),
        String(m.trips).padStart(11),
        mb(m.bytes).padStart(17),
        `${m.ms.toFixed(0)} ms`.padStart(22),
      ];
      console.log(`  ${row.join(' | ')}`);
    }
  }
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}: Excel adapter against the in-memory fake`,
  );
  for (const rangeAreas of [true, false]) {
    console.log(
      rangeAreas
        ? '\nExcelApi 1.9, as in Excel on the web and Microsoft 365 (one rule per RAG over all of a block’s ranges):'
        : '\nBefore ExcelApi 1.9, as in Excel 2019 (the rules copied to each range; no 5 MB limit on the desktop):',
    );
    console.log(
      '  indicators | read | refresh (first, again) | draft | rules | label cells | largest request / response | refresh time',
    );
    for (const n of SIZES) {
      const m = await measure(n, rangeAreas);
      const row = [
        n.toLocaleString('en-GB').padStart(10),
        String(m.read).padStart(4),
        `${m.first}, ${m.again}${m.sameRules ? '' : ' (rules changed!)'}`.padStart(22),
        String(m.draft).padStart(5),
        String(m.rules).padStart(5),
        String(m.labels).padStart(11),
        `${mb(m.request)} / ${mb(m.response)}`.padStart(26),
        `${m.ms.toFixed(0)} ms`.padStart(12),
      ];
      console.log(`  ${row.join(' | ')}`);
    }
  }
  await strayCells();
  console.log('\nRound trips are context.sync() calls that carry commands; the fake counts them as Excel would.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
