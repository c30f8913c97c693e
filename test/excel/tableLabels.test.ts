/// <reference types="office-js" />
/**
 * RAG labels beside an Excel table (ListObject), against the fake's Table auto-expansion (Excel
 * widens a table over a value written into the empty column just right of it, API edits
 * included: see test/excel/fake/README.md). Labels written in that column are swallowed; the
 * labels now leave one column empty, and a column an earlier version let the table swallow is
 * taken up again rather than a second one started.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import { RAG_MARKER, labelHeaderFormula } from '../../src/core/annotate';
import { colToLetters } from '../../src/core/address';
import type { SheetGrid } from '../../src/core/values/types';
import { applyFormats } from '../../src/excel/applyFormats';
import { createExcelHost } from '../../src/excel/host';
import { LAST_REFRESH_KEY } from '../../src/excel/settings';
import { colOf, rowOf } from './fake/doc';
import type { FakeExcel } from './fakeExcel';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';
import { fakeFromXlsx } from '../contract/xlsxToFake';

/** The small scorecard as an Excel table over A3:F8. */
const TABLE_GRID: SheetGrid = { ...SMALL_GRID, tables: [{ name: 'tblKPIs', top: 2, left: 0, bottom: 7, right: 5 }] };

const hostFor = (excel: FakeExcel) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

/** The table's range, as A1. */
function tableRange(excel: FakeExcel): string {
  const b = excel.sheet('Scorecard').tables[0].bounds;
  return `${colToLetters(b.left)}${b.top + 1}:${colToLetters(b.right)}${b.bottom + 1}`;
}

/** The columns holding any of our formulas (labels or their heading). */
function labelColumns(excel: FakeExcel): string[] {
  const cols = new Set<number>();
  for (const [k, cell] of excel.sheet('Scorecard').cells) if (cell.formula?.includes(RAG_MARKER)) cols.add(colOf(k));
  return [...cols].sort((a, b) => a - b).map(colToLetters);
}

/** Cells of a column holding anything, rows 3 to 8. */
function filledIn(excel: FakeExcel, col: number): number[] {
  return [...excel.sheet('Scorecard').cells]
    .filter(([k, c]) => colOf(k) === col && rowOf(k) >= 2 && rowOf(k) <= 7 && (c.formula !== null || c.value !== null))
    .map(([k]) => rowOf(k) + 1);
}

describe('RAG labels beside an Excel table', () => {
  it('the fake widens a table over a value written just right of it, and turns its header formula into text', async () => {
    const excel = fakeWith([TABLE_GRID]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Scorecard');
      ws.getRange('H4').values = [['two columns away']];
      await context.sync();
    });
    expect(tableRange(excel)).toBe('A3:F8');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Scorecard').getRange('G3:G4').formulas = [
        ['="RAG"&T(N("scorecard-narrator:rag"))'],
        ['=1'],
      ];
      await context.sync();
    });
    expect(tableRange(excel)).toBe('A3:G8');
    expect(excel.cell('Scorecard', 'G3')).toMatchObject({ formula: null, value: 'RAG' });
  });

  it('labels written in the column next to the table (as before) are swallowed by it, and the heading formula is lost', async () => {
    const excel = fakeWith([TABLE_GRID]);
    await excel.run((context) =>
      applyFormats(context, {
        marker: RAG_MARKER,
        blocks: [],
        labelHeaders: [
          { sheet: 'Scorecard', cell: 'G3', text: 'RAG Q2 2021/22', formula: labelHeaderFormula('RAG Q2 2021/22') },
        ],
        labels: ['G4', 'G5', 'G7', 'G8'].map((cell) => ({
          sheet: 'Scorecard',
          cell,
          formula: `=IF(N("${RAG_MARKER}")=0,"Green")`,
          expected: 'Green',
        })),
      }),
    );
    expect(tableRange(excel)).toBe('A3:G8');
    // The heading is now the table's column name: nothing in the header row says the column is ours.
    expect(excel.cell('Scorecard', 'G3')).toMatchObject({ formula: null, value: 'RAG Q2 2021/22' });

    // Refreshing from there takes the swallowed column up again: five refreshes, still one label column.
    const host = hostFor(excel);
    const first = await host.refreshRag();
    // The note of the last refresh rightly changes (each has the one before to compare with); all else stays.
    const after = excel.snapshot([LAST_REFRESH_KEY]);
    for (let i = 0; i < 4; i++) await host.refreshRag();
    expect(excel.snapshot([LAST_REFRESH_KEY])).toBe(after);
    expect(tableRange(excel)).toBe('A3:G8');
    expect(labelColumns(excel)).toEqual(['G']);
    expect(filledIn(excel, 7)).toEqual([]);
    expect(first.review?.warnings?.map((w) => w.message) ?? []).not.toContainEqual(
      expect.stringContaining('was not written'),
    );
    // Read as our labels, not as the sheet's own RAG column.
    expect(first.review?.tables[0].columns.filter((c) => c.labels).map((c) => c.column)).toEqual(['G']);
    expect(first.review?.tables[0].columns.find((c) => c.column === 'G')).toMatchObject({ role: 'ignore' });
    expect(first.review?.indicators.every((i) => i.sheetRag === null)).toBe(true);
  });

  it('leaves one column empty between the table and the labels: five refreshes, the table as it was and one label column', async () => {
    const excel = fakeWith([TABLE_GRID]);
    const host = hostFor(excel);
    await host.refreshRag();
    // The note of the last refresh rightly changes (each has the one before to compare with); all else stays.
    const after = excel.snapshot([LAST_REFRESH_KEY]);
    for (let i = 0; i < 4; i++) await host.refreshRag();
    expect(excel.snapshot([LAST_REFRESH_KEY])).toBe(after);
    expect(tableRange(excel)).toBe('A3:F8');
    expect(filledIn(excel, 6)).toEqual([]);
    expect(labelColumns(excel)).toEqual(['H']);
    expect(excel.cell('Scorecard', 'H3')?.formula).toContain(RAG_MARKER);
    expect(filledIn(excel, 7)).toEqual([3, 4, 5, 7, 8]);
  });

  it('puts a plain table’s labels just right of it, as before', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await hostFor(excel).refreshRag();
    expect(labelColumns(excel)).toEqual(['G']);
  });

  it('the command line and the add-in put the sample’s Excel table’s labels in the same cells, past one empty column', async () => {
    const input = path.join(__dirname, '..', '..', 'samples', 'northmoor-childrens-scorecard.xlsx');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'scorecard-table-labels-')), 'copy.xlsx');
    expect((await runReport({ workbook: input, format: 'json', out })).exitCode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Education')!;
    const table = ws.getTable('EducationIndicators') as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe('A3:I9');
    const ours = (col: string) =>
      [3, 4, 5, 6, 7, 8, 9].filter((r) => String(ws.getCell(`${col}${r}`).formula ?? '').includes(RAG_MARKER));
    expect(ours('J')).toEqual([]);
    expect([3, 4, 5, 6, 7, 8, 9].every((r) => ws.getCell(`J${r}`).value === null)).toBe(true);
    expect(ours('K')).toEqual([3, 4, 5, 6, 7, 9]);
    // Dressed like the table's last column across the gap (number format aside).
    expect(ws.getCell('I3').style.font?.bold).toBe(true);
    expect(ws.getCell('K3').style.font).toEqual(ws.getCell('I3').style.font);

    const excel = await fakeFromXlsx(input);
    await hostFor(excel).refreshRag();
    const cells = [...excel.sheet('Education').cells]
      .filter(([, c]) => c.formula?.includes(RAG_MARKER))
      .map(([k]) => `${colToLetters(colOf(k))}${rowOf(k) + 1}`);
    expect(cells.sort()).toEqual(['K3', 'K4', 'K5', 'K6', 'K7', 'K9']);
    expect(excel.sheet('Education').tables[0].bounds).toMatchObject({ left: 0, right: 8 });
  });
});
