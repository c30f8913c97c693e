/**
 * The add-in run again and again on the same workbook: Refresh RAG then Draft narrative, five
 * times, must leave the workbook — its conditional formats, label cells and Narrative sheet — and
 * the pane's review as the first run left them. (`host.test.ts` refreshes the sample a hundred
 * times; this adds drafting, the pane and the fixtures with two tables, an Excel table and a
 * council's own layout, and the layouts of test/helpers/rerunLayouts.ts: labels saved as a shared
 * formula, a renamed Narrative sheet, a column of the officer's beside the table.)
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runReport } from '../../src/cli/runReport';
import { toA1 } from '../../src/core/address';
import type { WorkbookReview } from '../../src/app/hostApi';
import { createExcelHost } from '../../src/excel/host';
import { fakeFromXlsx } from '../contract/xlsxToFake';
import { evaluateLabels } from '../helpers/ragCheck';
import { buildRerunLayout, RERUN_LAYOUTS } from '../helpers/rerunLayouts';
import { defaultEvaluator } from './fake/cells';
import type { FakeExcel } from './fakeExcel';

const ROOT = path.join(__dirname, '..', '..');
/** The marker our formulas carry; the fake shows our label formulas as a spreadsheet would calculate them. */
const MARKER = 'scorecard-narrator:rag';

/**
 * What Excel would show in each label cell: the labels of the command line's copy of the same
 * workbook, calculated by a spreadsheet engine that is not ours (the two hosts place and word the
 * labels alike). Without it the fake would show them blank, and a re-run would not see them as
 * a user would.
 */
async function labelTexts(input: string): Promise<Map<string, string>> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'scorecard-rerun-')), 'copy.xlsx');
  expect((await runReport({ workbook: input, format: 'json', out })).exitCode).toBe(0);
  return evaluateLabels(out, MARKER);
}

/** The state a user could see, sheet by sheet, with our label cells picked out for a readable failure. */
function state(excel: FakeExcel) {
  return {
    sheets: excel.doc.sheets.map((s) => s.name),
    rules: excel.doc.sheets.map((s) => [s.name, excel.rules(s.name).map((cf) => ({ ...cf, id: undefined }))]),
    labels: excel.doc.sheets.flatMap((s) =>
      [...s.cells].filter(([, c]) => c.formula?.includes(MARKER)).map(([k, c]) => [s.name, k, c.formula, c.value]),
    ),
    narrative: excel.doc.sheets
      .filter((s) => s.name === 'Narrative')
      .map((s) => ({ cells: [...s.cells], charts: s.charts, formats: s.formatCalls })),
    names: excel.doc.names.map((n) => ({ ...n, sheet: n.sheet?.name ?? null })),
  };
}

/** The time every run is made at. */
const AT = new Date(2025, 2, 3);

/** The pane's lists without the note of the last refresh. */
const withoutLast = ({ lastRefresh, ...lists }: WorkbookReview) => (void lastRefresh, lists);

/** Runs the add-in on `input` (Refresh RAG, Draft narrative, the pane's review) five times: each must leave it as the first. */
async function expectFiveRunsAsOne(input: string): Promise<void> {
  const shows = await labelTexts(input);
  const excel = await fakeFromXlsx(input);
  excel.evaluate = (formula, sheet, row, col) =>
    (formula.includes(MARKER) && shows.get(`${sheet}!${toA1(row, col)}`)) || defaultEvaluator(formula, sheet, row, col);
  const host = createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => AT });
  const run = async () => {
    const refreshed = await host.refreshRag();
    const drafted = await host.draftNarrative();
    return { message: refreshed.message, review: refreshed.review, draft: drafted, pane: await host.review!() };
  };
  const first = await run();
  expect(first.pane.lastRefresh).toEqual({ at: AT.toISOString(), previous: null, changes: null });
  const once = state(excel);
  expect(once.labels.length).toBeGreaterThan(0);
  expect(
    once.labels.filter(([, , , shown]) => ['Green', 'Amber', 'Red'].includes(shown as string)).length,
  ).toBeGreaterThan(0);
  expect(once.rules.some(([, rules]) => rules.length > 0)).toBe(true);
  expect(once.narrative).toHaveLength(1);
  for (let i = 2; i <= 5; i++) {
    const again = await run();
    const now = state(excel);
    expect(now.labels).toEqual(once.labels);
    expect(now.rules).toEqual(once.rules);
    expect(now.narrative).toEqual(once.narrative);
    expect(now.sheets).toEqual(once.sheets);
    expect(now.names).toEqual(once.names);
    // The pane as the officer sees it after each run. The first refresh's own lists come from its
    // reading before it wrote, so its tables do not yet hold the label column; from then on each
    // reading lists it, as ours and not read, and is the same as the review after the first run.
    // The last refresh as the workbook notes it: the first had nothing before it; each later one
    // has the one before, at which no rating was different.
    expect(withoutLast(again.pane)).toEqual(withoutLast(first.pane));
    expect(withoutLast(again.review!)).toEqual(withoutLast(first.pane));
    expect(again.pane.lastRefresh).toEqual({ at: AT.toISOString(), previous: AT.toISOString(), changes: [] });
    expect(again.review?.lastRefresh).toEqual(again.pane.lastRefresh);
    expect(again.review?.indicators).toEqual(first.review?.indicators);
    expect([again.message, again.draft]).toEqual([first.message, first.draft]);
  }
}

describe.each([
  'samples/northmoor-childrens-scorecard.xlsx',
  'test/fixtures/two-tables.xlsx',
  'test/fixtures/list-object.xlsx',
  'test/fixtures/council/cheshire-east-children.xlsx',
])('the add-in on %s, run five times', (file) => {
  it('leaves the rules, labels, Narrative sheet and pane as after one run', async () => {
    await expectFiveRunsAsOne(path.join(ROOT, file));
  });
});

describe.each(RERUN_LAYOUTS)('the add-in on a scorecard with %s, run five times', (layout) => {
  it('leaves the rules, labels, Narrative sheet and pane as after one run', async () => {
    await expectFiveRunsAsOne(await buildRerunLayout(layout, mkdtempSync(path.join(tmpdir(), 'scorecard-rerun-'))));
  });
});
