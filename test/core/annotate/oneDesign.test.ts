/**
 * The add-in and the command line write one Narrative sheet: the same sheet read back from the fake
 * Excel (after `writeNarrative`) and from the command line's patched copy (after `patchCopy`) has
 * the same rows, text, counts, cited cells, bold, sizes, fills, row heights, column widths and
 * print area.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import type { NarrativeMeta } from '../../../src/core/annotate';
import { buildReport } from '../../../src/core/report/buildReport';
import { ragCounts } from '../../../src/core/report/ragCounts';
import { sheetRagNotes } from '../../../src/core/report/sheetRags';
import { parseBounds } from '../../../src/core/address';
import { widthInPoints, writeNarrative } from '../../../src/excel/writeNarrative';
import { excelFacts } from '../../../src/xlsx/excelFacts';
import { patchCopy } from '../../../src/xlsx/patch/patchCopy';
import { readWorkbookFile, workbookToGrids } from '../../../src/xlsx/readWorkbook';
import { readZip, partBytes } from '../../../src/xlsx/zipParts';
import { fakeWith } from '../../excel/sampleWorkbook';
import type { FakeExcel } from '../../excel/fakeExcel';

const SAMPLE = 'samples/northmoor-childrens-scorecard.xlsx';

/** What a reader of the Narrative sheet sees, row by row, and how it is set up. */
interface Seen {
  readonly rows: {
    row: number;
    a: string;
    beside: string[];
    bold: boolean;
    italic: boolean;
    size: number;
    fill: string | null;
    colour: string | null;
    height: number | null;
  }[];
  /** Column widths in points, columns A to L. */
  readonly widths: number[];
  readonly printArea: string;
}

/** The last value each recorded format call set for `path` on the cell at row, col (one-based). */
function formatAt(excel: FakeExcel, row: number, col: number, path: string): unknown {
  let value: unknown;
  for (const call of excel.sheet('Narrative').formatCalls) {
    if (call.path !== path) continue;
    const b = parseBounds(call.target);
    if (b && row - 1 >= b.top && row - 1 <= b.bottom && col - 1 >= b.left && col - 1 <= b.right) value = call.value;
  }
  return value;
}

function fromFake(excel: FakeExcel, last: number): Seen {
  const rows: Seen['rows'] = [];
  for (let r = 1; r <= last; r++) {
    const beside: string[] = [];
    for (let c = 2; c <= 12; c++) {
      const v = excel.cell('Narrative', `${String.fromCharCode(64 + c)}${r}`)?.value;
      if (v !== null && v !== undefined && v !== '') beside[c - 2] = String(v);
    }
    const fill = formatAt(excel, r, 1, 'fill.color') as string | undefined;
    const colour = formatAt(excel, r, 1, 'font.color') as string | undefined;
    rows.push({
      row: r,
      a: String(excel.cell('Narrative', `A${r}`)?.value ?? ''),
      beside,
      bold: formatAt(excel, r, 1, 'font.bold') === true,
      italic: formatAt(excel, r, 1, 'font.italic') === true,
      size: (formatAt(excel, r, 1, 'font.size') as number | undefined) ?? 11,
      fill: fill ? fill.replace('#', 'FF') : null,
      colour: colour ? colour.replace('#', 'FF') : null,
      height: (formatAt(excel, r, 1, 'rowHeight') as number | undefined) ?? null,
    });
  }
  const widths = Array.from({ length: 12 }, (_, c) => formatAt(excel, 1, c + 1, 'columnWidth') as number);
  const area = excel.sheet('Narrative').formatCalls.find((c) => c.path === 'pageLayout.setPrintArea()');
  return { rows, widths, printArea: String((area?.value as unknown[])[0]) };
}

async function fromCopy(bytes: Buffer, last: number): Promise<Seen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Narrative')!;
  const rows: Seen['rows'] = [];
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const a = row.getCell(1);
    const beside: string[] = [];
    for (let c = 2; c <= 12; c++) {
      const cell = row.getCell(c);
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (v !== null && v !== undefined && v !== '') beside[c - 2] = String(v);
    }
    const fill = a.fill && a.fill.type === 'pattern' ? (a.fill.fgColor?.argb ?? null) : null;
    rows.push({
      row: r,
      a: a.value === null ? '' : String(a.value),
      beside,
      bold: a.font?.bold === true,
      italic: a.font?.italic === true,
      size: a.font?.size ?? 11,
      fill,
      colour: a.font?.color?.argb ?? null,
      height: row.height ?? null,
    });
  }
  const widths = Array.from({ length: 12 }, (_, c) => widthInPoints(ws.getColumn(c + 1).width ?? 0));
  const book = readZip(bytes)!.find((p) => p.name === 'xl/workbook.xml')!;
  const area = /<definedName name="_xlnm\.Print_Area"[^>]*>[^!]*!([^<]*)<\/definedName>/.exec(
    (await partBytes(book))!.toString('utf8'),
  )!;
  return { rows, widths, printArea: area[1] };
}

describe('the Narrative sheet, in the add-in and in the command line’s copy', () => {
  it('is one design: the same rows, text, looks, heights, widths and print area', async () => {
    const { wb, bytes } = await readWorkbookFile(SAMPLE);
    const grids = workbookToGrids(wb);
    const report = buildReport(grids, DEFAULT_CONFIG);
    const meta: NarrativeMeta = {
      title: 'Scorecard narrative',
      generated: 'Drafted on 3 March 2025.',
      counts: ragCounts(report.items),
      ragNotes: sheetRagNotes(report.items, report.issues),
    };

    const excel = fakeWith(grids);
    await excel.run((context) => writeNarrative(context, report.narrative, meta));
    const patched = await patchCopy({
      input: bytes,
      read: { facts: excelFacts(wb) },
      plan: report.formatPlan,
      narrative: report.narrative,
      meta,
    });
    if (!('packed' in patched)) throw new Error(`the sample was not patched: ${patched.declined}`);
    const copy = await patched.packed;

    let last = 1;
    while (excel.cell('Narrative', `A${last + 1}`) !== undefined) last++;
    const inExcel = fromFake(excel, last);
    const inFile = await fromCopy(copy, last);

    expect(last).toBeGreaterThan(30);
    expect(inExcel.rows.filter((r) => r.bold).length).toBeGreaterThan(10);
    expect(inExcel.rows.some((r) => r.beside.some((b) => /!\$?[A-Z]+\$?\d+$/.test(b)))).toBe(true);
    expect(inExcel.rows).toEqual(inFile.rows);
    expect(inExcel.widths).toEqual(inFile.widths);
    expect(inExcel.printArea).toBe(inFile.printArea);
    expect(inFile.printArea).toBe(`$A$1:$B$${last}`);
  });
});
