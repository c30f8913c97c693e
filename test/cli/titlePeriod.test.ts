/**
 * A scorecard laid out as Lincolnshire County Council's "Council Business Plan Measures - Adult Care
 * - Quarter 3 2016/17" (Appendix A): the quarter named once, in the title, over columns headed
 * "Actual", "Target" and "Achieved?", percentages as whole per cent, no polarity column.
 * What the officer should see was worked out by hand before the command was run:
 * - the Actual column is Q3 2016/17, from the title in A1, and a warning says so;
 * - SA1: 96 % against 100 %, higher is better (assumed, with a warning): within 5 %, amber; the
 *   sheet's "Not achieved" says only that the target was missed, which amber is too, so the two do
 *   not disagree (its "Achieved?" column says only achieved or not);
 * - SA2: 77 % against 60 %: green, as the sheet says ("Achieved");
 * - CAR1: 1,268 against 1,440 carers: below 1,368 (5 % under), red, as the sheet says;
 * - the copy colours C5:C7 and labels them under "RAG Q3 2016/17".
 * Without the title, nothing can be read, and the officer is told which column lacks a period
 * before being told that no indicator could be read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';

const TITLE = 'Appendix A Council Business Plan Measures - Adult Care - Quarter 3 2016/17';
const SA1 =
  '% of concluded safeguarding enquiries where the person at risk lacks capacity where support was provided by an advocate, family or friend';

async function workbook(title: boolean): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-title-period-')), 'adult-care.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Adult Care');
  if (title) ws.addRow([TITLE]);
  ws.addRow([]);
  ws.addRow(['Measure', 'Ref', 'Actual', 'Target', 'Achieved?']);
  ws.addRow(['Safeguarding Adults']);
  ws.addRow([SA1, 'SA1', 0.96, 1, 'Not achieved']);
  ws.addRow([
    '% of completed safeguarding enquiries where the risk was reduced or removed',
    'SA2',
    0.77,
    0.6,
    'Achieved',
  ]);
  ws.addRow(['Carers supported in the last 12 months per 100,000 population', 'CAR1', 1268, 1440, 'Not achieved']);
  const first = title ? 5 : 4;
  for (const r of [first, first + 1]) for (const c of ['C', 'D']) ws.getCell(`${c}${r}`).numFmt = '0%';
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a scorecard whose quarter is named only in its title', () => {
  let json: ReportJson;
  let stderr: string[];
  let copy: string;
  beforeAll(async () => {
    const file = await workbook(true);
    copy = join(mkdtempSync(join(tmpdir(), 'scorecard-title-period-out-')), 'rated.xlsx');
    const r = await runReport({ workbook: file, format: 'json', out: copy });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
    stderr = r.stderr;
  });

  it('rates the Actual column as the title’s quarter, and says where the quarter came from', () => {
    expect(json.period).toBe('Q3 2016/17');
    expect(json.indicators.map((i) => [i.id, i.cell, i.rag, i.sheetRag?.rag ?? null])).toEqual([
      ['SA1', 'C5', 'amber', 'red'],
      ['SA2', 'C6', 'green', 'green'],
      ['CAR1', 'C7', 'red', 'red'],
    ]);
    expect(stderr[0]).toBe(
      `warning: Adult Care!C3: the column 'Actual' names no period, so its figures are read as Q3 2016/17, the period named in the title in Adult Care!A1 ('${TITLE}'); if they are for another period, head the column with it, as in 'Q2 2024/25'.`,
    );
    expect(json.warnings.filter((w) => w.code === 'rag-disagrees').map((w) => w.cell)).toEqual([]);
  });

  it('colours the Actual cells in the copy and labels them with the quarter', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet('Adult Care')!;
    const shown = (cell: string) => (ws.getCell(cell).value as { result?: unknown }).result;
    expect(shown('F3')).toBe('RAG Q3 2016/17');
    expect([5, 6, 7].map((r) => shown(`F${r}`))).toEqual(['Amber', 'Green', 'Red']);
    // The two percentages share a rule; the count, stored otherwise, has its own.
    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(rules.map((f) => f.ref)).toEqual(['C5:C6', 'C7']);
  });
});

describe('the same scorecard without its title', () => {
  it('says which column names no period before saying that no indicator could be read', async () => {
    const file = await workbook(false);
    const r = await runReport({ workbook: file, format: 'text' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toEqual([
      "warning: Adult Care!C2: the column 'Actual' names no period, and no title above the table or the sheet's name names one, so it is not read; head it with the period its figures are for, as in 'Q2 2024/25', or name the period in a title above the table.",
      `error: No indicator could be read in ${file}: the table with its header on row 2 of 'Adult Care' has indicator names and targets but no period columns (e.g. 'Q2 2021/22'): head the column of figures with its period, or set the columns in a configuration file if the headers are unusual.`,
    ]);
  });
});
