/**
 * A customer services scorecard whose waits are kept as Excel keeps time (0.00303 shown as 04:22 in
 * an "mm:ss" format), as a telephony system exports them and councils' contact centre measures report
 * them ("average speed of answer"). Before, each was read as the bare fraction of a day: the report
 * said "0 against a target of 0" and "the same as last quarter". What the officer should see was
 * worked out by hand before the command was run:
 * - the report is on Q2 2024/25 (column F);
 * - CS1: 4 minutes 22 seconds against 3 minutes, lower is better: red; worse than 3 minutes 40 seconds;
 * - CS2: 5 minutes 50 seconds against 6 minutes ("[m]:ss"): green;
 * - CS3, written out: "3 mins 5 secs" (185 seconds) against "3 minutes" (180): 2.8 % over, within
 *   the 5 % tolerance: amber; "written as text" is said of its figures;
 * - CS4: a target of 10 beside times says nothing of its unit: not read, a warning names D7, not rated;
 * - CS5: 92 % against 90 %: green, as before;
 * - the copy's live colours, computed by another spreadsheet engine, agree for the cells kept as times.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

const SHEET = 'Customer Services';
const minutes = (m: number, s = 0) => (m * 60 + s) / 86_400;

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-durations-')), 'customer-services.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'Customer Services Performance – Quarter 2 2024/25';
  ws.getRow(3).values = ['Ref', 'Measure', 'Good is', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
  const rows: [(string | number)[], string | null][] = [
    [['CS1', 'Average speed of answer (telephone)', 'Low', minutes(3), minutes(3, 40), minutes(4, 22)], 'mm:ss'],
    [['CS2', 'Average call handling time', 'Low', minutes(6), minutes(5, 30), minutes(5, 50)], '[m]:ss'],
    [['CS3', 'Average wait for a callback', 'Low', '3 minutes', '4 minutes 5 seconds', '3 mins 5 secs'], null],
    [['CS4', 'Average queue time at reception', 'Low', 10, minutes(12), minutes(9, 30)], 'h:mm:ss'],
    [['CS5', '% of calls answered', 'High', 0.9, 0.85, 0.92], '0%'],
  ];
  rows.forEach(([cells, format], i) => {
    const row = ws.getRow(4 + i);
    row.values = cells;
    // The target of 10 keeps the General format, as a number typed into a cell does.
    if (format) for (const c of [4, 5, 6]) if (!(i === 3 && c === 4)) row.getCell(c).numFmt = format;
  });
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a scorecard of waits kept as Excel time (mm:ss) or written out', () => {
  let json: ReportJson;
  let copy: string;
  beforeAll(async () => {
    const file = await workbook();
    copy = join(mkdtempSync(join(tmpdir(), 'scorecard-durations-out-')), 'rated.xlsx');
    const r = await runReport({ workbook: file, format: 'json', out: copy });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
  });

  it('rates each wait against its target as a length of time', () => {
    expect(json.period).toBe('Q2 2024/25');
    expect(json.indicators.map((i) => [i.id, i.rag, i.display])).toEqual([
      ['CS1', 'red', '4 minutes 22 seconds'],
      ['CS2', 'green', '5 minutes 50 seconds'],
      ['CS3', 'amber', '3 minutes 5 seconds'],
      ['CS4', 'none', '9 minutes 30 seconds'],
      ['CS5', 'green', '92 per cent'],
    ]);
    // Up 42 seconds on last quarter, to the second: not 42.000000074.
    expect(json.indicators[0].change).toBe(42);
  });

  it('writes the waits as a committee report does', () => {
    const text = json.narrative.text;
    expect(text).toContain('4 minutes 22 seconds against a target of 3 minutes');
    expect(text).toMatch(/worse than 3 minutes 40 seconds last quarter/);
    expect(text).not.toMatch(/\b0 against a target of 0\b/);
  });

  it('leaves a plain number beside times unread, and says so', () => {
    expect(json.warnings.filter((w) => w.code === 'figure-not-time').map((w) => w.cell)).toEqual(['D7']);
    // Said once: not also as a target that "is not a number".
    expect(json.warnings.filter((w) => w.cell === 'D7').map((w) => w.code)).toEqual(['figure-not-time']);
    expect(json.indicators[3].targetUnusable).toEqual({ cell: 'D7', shown: '10', reason: 'no-time-unit' });
    expect(json.narrative.text).toContain(
      "It is not rated: its target is a number without a unit beside lengths of time — please check it ('10' in D7).",
    );
    const asText = json.warnings.filter((w) => w.code === 'number-as-text');
    expect(asText.map((w) => w.cell)).toEqual(['E6', 'F6']);
    expect(asText[0].message).toContain('is a length of time written as text');
  });

  it("colours the copy's time cells as the report does, computed by another spreadsheet engine", async () => {
    const colours = await evaluateRagRules(copy, RAG_MARKER);
    expect(['F4', 'F5', 'F8'].map((c) => colours.get(`${SHEET}!${c}`) ?? null)).toEqual(['red', 'green', 'green']);
    const labels = await evaluateLabels(copy, RAG_MARKER);
    const byRow = [...labels].filter(([k]) => /!\D+(4|5|8)$/.test(k)).map(([, v]) => v);
    expect(byRow).toEqual(['Red', 'Green', 'Green']);
  });
});
