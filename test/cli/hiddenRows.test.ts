/**
 * A corporate scorecard on which the officer has hidden the rows of indicators not reported this
 * year (one deleted, two replaced), as councils' scorecards keep last year's rows out of view rather
 * than delete them. Excel's charts leave out hidden rows; the report does the same, and says so.
 * What the officer should see was worked out by hand before the command was run:
 * - rated, Q2 2024/25 (column F): HS01 62 % against 60 %, higher is better: green; HS02 300
 *   households against 250, lower is better: red; CT01 57 % against 55 %: green;
 * - rows 6, 8 and 9 (HS03, CT02, CT03) are hidden: not rated, not in the narrative, one warning
 *   naming the rows and that three indicators are left out;
 * - the copy leaves those rows as they were (still hidden, no colour, no label), and colours the rest.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';

const SHEET = 'Q2 Scorecard';

async function workbook(dir: string): Promise<string> {
  const file = join(dir, 'corporate-scorecard.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'Corporate Performance Scorecard – Quarter 2 2024/25';
  ws.getRow(3).values = ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2024/25', 'Q2 2024/25'];
  const rows: [string, string, string, number, number, number, string][] = [
    ['HS01', '% of homelessness cases prevented', 'High', 0.6, 0.55, 0.62, '0%'],
    ['HS02', 'Number of households in temporary accommodation', 'Low', 250, 262, 300, '0'],
    ['HS03', 'Average days in bed and breakfast (deleted 2024/25)', 'Low', 42, 50, 60, '0'],
    ['CT01', '% of council tax collected', 'High', 0.55, 0.28, 0.57, '0%'],
    ['CT02', '% of business rates collected (replaced by CT04)', 'High', 0.6, 0.2, 0.3, '0%'],
    ['CT03', 'Number of council tax accounts in arrears (replaced by CT05)', 'Low', 900, 950, 1400, '0'],
  ];
  rows.forEach(([ref, name, polarity, target, q1, q2, format], i) => {
    const row = ws.getRow(4 + i);
    row.values = [ref, name, polarity, target, q1, q2];
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = format;
  });
  for (const r of [6, 8, 9]) ws.getRow(r).hidden = true;
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a scorecard with rows the officer has hidden', () => {
  let json: ReportJson;
  let copy: ExcelJS.Worksheet;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-hidden-rows-'));
    const out = join(dir, 'annotated.xlsx');
    const r = await runReport({ workbook: await workbook(dir), format: 'json', out });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    copy = wb.getWorksheet(SHEET)!;
  });

  it('rates the rows in view and leaves the hidden ones out', () => {
    expect(json.period).toBe('Q2 2024/25');
    expect(json.indicators.map((i) => [i.id, i.cell, i.rag])).toEqual([
      ['HS01', 'F4', 'green'],
      ['HS02', 'F5', 'red'],
      ['CT01', 'F7', 'green'],
    ]);
  });

  it('says which rows were left out, and how many indicators', () => {
    const hidden = json.warnings.filter((w) => w.code === 'rows-hidden');
    expect(hidden).toHaveLength(1);
    expect(hidden[0].sheet).toBe(SHEET);
    expect(hidden[0].message).toContain('rows 6 and 8–9 are hidden');
    expect(hidden[0].message).toContain('their 3 indicators are left out of the report');
  });

  it('does not speak of the hidden indicators', () => {
    const text = json.narrative.text;
    expect(text).not.toMatch(/bed and breakfast|business rates|arrears/i);
    expect(text).toMatch(/temporary accommodation/);
  });

  it('leaves the hidden rows of the copy as they were', () => {
    for (const r of [6, 8, 9]) expect(copy.getRow(r).hidden).toBe(true);
    const refs = (copy as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.flatMap(
      (cf) => cf.ref.split(' '),
    );
    const rowsOf = (ref: string) => {
      const [from, to = from] = ref.replace(/\$/g, '').split(':');
      const n = (a: string) => Number(/\d+/.exec(a)![0]);
      return { top: n(from), bottom: n(to) };
    };
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const { top, bottom } = rowsOf(ref);
      for (const hidden of [6, 8, 9]) expect(hidden >= top && hidden <= bottom).toBe(false);
    }
    // Nothing written into a hidden row: its cells are the officer's alone.
    for (const r of [6, 8, 9]) expect(copy.getRow(r).cellCount).toBe(6);
  });
});
