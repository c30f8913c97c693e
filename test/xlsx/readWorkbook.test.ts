import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../src/core/values/types';
import type { Issue } from '../../src/core/warnings';
import { loadWorkbook, workbookToGrids } from '../../src/xlsx/readWorkbook';
import { WorkbookError } from '../../src/xlsx/workbookError';
import { tempDir } from './scorecardFixture';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes `wb`, reads it back through the adapter and returns its grids and issues. */
async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<{ grids: SheetGrid[]; issues: Issue[] }> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const issues: Issue[] = [];
  const grids = workbookToGrids(await loadWorkbook(file), (i) => issues.push(i));
  return { grids, issues };
}

describe('workbookToGrids', () => {
  it('leaves out a stray value far from the table, as the add-in does, and names it for the warning', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.addRow(['Ref', 'Indicator', 'Q1 2023/24']);
    ws.addRow(['PI1', 'Visits on time (%)', 85]);
    ws.getCell('A200000').value = 'old note';
    ws.getCell('XFD1').value = 'x';
    const { grids } = await roundTrip(wb, 'stray.xlsx');
    expect(grids[0].values).toEqual([
      ['Ref', 'Indicator', 'Q1 2023/24'],
      ['PI1', 'Visits on time (%)', 85],
    ]);
    expect(grids[0].farAway).toEqual([
      { top: 0, left: 16_383, bottom: 0, right: 16_383 },
      { top: 199_999, left: 0, bottom: 199_999, right: 0 },
    ]);
  });

  it('gives the formulas of the cells that hold them, so the engine knows its own labels on a re-run', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.getCell('A1').value = 'Indicator';
    ws.getCell('B3').value = { formula: 'IF(N("scorecard-narrator:rag")=0,"Green","")', result: 'Green' };
    ws.getCell('C3').value = 5;
    const { grids } = await roundTrip(wb, 'formulas.xlsx');
    expect(grids[0].formulas?.[2]?.[1]).toBe('IF(N("scorecard-narrator:rag")=0,"Green","")');
    expect(grids[0].formulas?.[2]?.[2] ?? null).toBeNull();
    expect(grids[0].formulas?.[0]?.[0] ?? null).toBeNull();
    expect(grids[0].values[2][1]).toBe('Green');
  });

  it('reads every kind of cell value as the engine expects', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.getCell('A1').value = 'Indicator';
    ws.getCell('B1').value = 0.927;
    ws.getCell('B1').numFmt = '0.0%';
    ws.getCell('C1').value = new Date(Date.UTC(2021, 11, 1));
    ws.getCell('C1').numFmt = 'mmm-yy';
    ws.getCell('D1').value = { formula: 'B1*100', result: 92.7 };
    ws.getCell('E1').value = { richText: [{ text: 'Front ' }, { font: { bold: true }, text: 'Door' }] };
    ws.getCell('F1').value = { text: 'Ofsted report', hyperlink: 'https://example.org/report' };
    ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('H1').value = true;
    ws.getCell('I1').value = { formula: 'IF(B1>0.9,"Met","Not met")', result: 'Met' };
    ws.getCell('J1').value = { formula: 'B1>1', result: false };
    ws.getCell('K1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('L1').value = { formula: 'B1-B1', result: 0 };
    ws.getCell('M1').value = 'c';
    const { grids, issues } = await roundTrip(wb, 'kinds.xlsx');
    expect(grids[0].values[0]).toEqual([
      'Indicator',
      0.927,
      44531,
      92.7,
      'Front Door',
      'Ofsted report',
      { error: '#N/A' },
      true,
      'Met',
      false,
      { error: '#DIV/0!' },
      0,
      'c',
    ]);
    expect(grids[0].formats?.[0]).toEqual([
      null,
      '0.0%',
      'mmm-yy',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(issues).toEqual([]);
  });

  it("gives formulas without '=' (for SUBTOTAL rows) and says which Excel tables show their totals row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Housing');
    ws.addTable({
      name: 'tblLet',
      ref: 'A1',
      headerRow: true,
      totalsRow: true,
      // exceljs writes totalsRowResult as the cached result, though its type declarations leave it out.
      columns: [
        { name: 'Indicator', totalsRowLabel: 'Total' },
        { name: 'Q1 2023/24', totalsRowFunction: 'sum', totalsRowResult: 15 } as ExcelJS.TableColumnProperties,
      ],
      rows: [
        ['Homes let', 12],
        ['Voids', 3],
      ],
    });
    ws.getCell('D2').value = { formula: 'SUBTOTAL(9,B2:B3)', result: 15 };
    const { grids } = await roundTrip(wb, 'totals.xlsx');
    expect(grids[0].tables).toEqual([{ name: 'tblLet', top: 0, left: 0, bottom: 3, right: 1, totalsRow: true }]);
    expect(grids[0].formulas?.[1]?.[3]).toBe('SUBTOTAL(9,B2:B3)');
    expect(grids[0].formulas?.[3]?.[1]).toMatch(/^SUBTOTAL\(109,/);
    expect(grids[0].formulas?.[0] ?? []).toEqual([]);
  });

  it('gives shared-formula cells their own saved results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getColumn(1).values = [1, 2, 3];
    ws.getCell('B1').value = {
      formula: 'A1*10',
      result: 10,
      shareType: 'shared',
      ref: 'B1:B3',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 30 } as ExcelJS.CellSharedFormulaValue;
    const { grids } = await roundTrip(wb, 'shared.xlsx');
    expect(grids[0].values.map((r) => r[1])).toEqual([10, 20, 30]);
  });

  it('reads a formula with no saved result as blank and says so once per sheet, naming the cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Q2 data');
    ws.getCell('A1').value = 5;
    ws.getCell('B1').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { formula: 'A1*3' } as ExcelJS.CellFormulaValue;
    const { grids, issues } = await roundTrip(wb, 'noresult.xlsx');
    expect(grids[0].values).toEqual([
      [5, null],
      [null, null],
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'formula-no-result', sheet: 'Q2 data', cell: 'B1' });
    expect(issues[0].message).toMatch(/^Q2 data!B1: 2 formulas have no saved result \(B1, B2\)/);
  });

  it('keeps a merged value in the top-left cell only, and leaves gaps as nulls', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Merged');
    ws.getCell('B2').value = 'Children in care';
    ws.mergeCells('B2:D3');
    ws.getCell('A5').value = 1;
    const { grids } = await roundTrip(wb, 'merged.xlsx');
    expect(grids[0].values).toEqual([[], [null, 'Children in care'], [], [], [1]]);
  });

  it('reads the General format as no format whatever its case, as Excel does ("GENERAL" as some writers store it)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Formats');
    ws.getCell('A1').value = 12;
    ws.getCell('A1').numFmt = 'GENERAL';
    ws.getCell('B1').value = 0.5;
    ws.getCell('B1').numFmt = '0%';
    const { grids } = await roundTrip(wb, 'general.xlsx');
    expect(grids[0].values[0]).toEqual([12, 0.5]);
    expect(grids[0].formats?.[0]).toEqual([null, '0%']);
  });

  it('reads an ISO date cell as its date, and an error result in a date-formatted cell as the error, as Excel does', async () => {
    const real = path.join(__dirname, '..', 'fixtures', 'real');
    // <c r="A4" s="1" t="d"><v>1990-01-01</v></c>, with a date format.
    const strict = workbookToGrids(await loadWorkbook(path.join(real, 'poi-SimpleStrict.xlsx')));
    expect(strict.find((g) => g.name === 'Sheet Number 2')?.values[3]?.[0]).toBe(32874);
    // <c r="J5" s="3" t="e"><f>1/0</f><v>#DIV/0!</v></c>, formatted mm-dd-yy.
    const pivots = workbookToGrids(await loadWorkbook(path.join(real, 'cal-pivots.xlsx')));
    const withError = pivots.filter((g) => g.formulas?.[4]?.[9] === '1/0');
    expect(withError.length).toBeGreaterThan(0);
    for (const g of withError) expect(g.values[4][9]).toEqual({ error: '#DIV/0!' });
  });

  it('dates read as Excel serial numbers, also in a workbook using the 1904 date system', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('Dates');
      ws.getCell('A1').value = new Date(Date.UTC(2022, 2, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = new Date(Date.UTC(1900, 2, 1));
      ws.getCell('B1').numFmt = 'dd/mm/yyyy';
      const { grids } = await roundTrip(wb, `dates-${date1904}.xlsx`);
      expect(grids[0].values[0]).toEqual([44651, 61]);
    }
  });

  it('lists Excel tables with zero-based bounds, header row first, and keeps hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.addTable({
      name: 'Kpis',
      ref: 'B3',
      columns: [{ name: 'Indicator' }, { name: 'Target' }],
      rows: [
        ['A', 90],
        ['B', 80],
      ],
    });
    wb.addWorksheet('Lookups', { state: 'hidden' }).getCell('A1').value = 'x';
    const { grids } = await roundTrip(wb, 'tables.xlsx');
    expect(grids.map((g) => g.name)).toEqual(['Scorecard', 'Lookups']);
    expect(grids[0].tables).toEqual([{ name: 'Kpis', top: 2, left: 1, bottom: 4, right: 2 }]);
    expect(grids[0].values[2]).toEqual([null, 'Indicator', 'Target']);
  });

  it('reads a table saved without headerRowCount (as Excel saves it) as having a header, and writes it back so', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Scorecard').addTable({
      name: 'Kpis',
      ref: 'A1',
      columns: [{ name: 'Indicator' }, { name: 'Target' }],
      rows: [['A', 90]],
    });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const tablePath = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
    const xml = await zip.file(tablePath)!.async('string');
    zip.file(tablePath, xml.replace(/\sheaderRowCount="1"/, ''));
    const file = path.join(dir, 'excel-table.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const loaded = await loadWorkbook(file);
    const table = (loaded.getWorksheet('Scorecard')!.getTables() as unknown as { table: { headerRow: boolean } }[])[0]
      .table;
    expect(table.headerRow).toBe(true);
    const written = await JSZip.loadAsync(await loaded.xlsx.writeBuffer());
    expect(await written.file(tablePath)!.async('string')).toContain('headerRowCount="1"');
  });
});

describe('loadWorkbook errors', () => {
  async function failure(name: string, bytes: Buffer | string | null): Promise<WorkbookError> {
    const file = path.join(dir, name);
    if (bytes !== null) await fs.writeFile(file, bytes);
    const err = await loadWorkbook(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).message).toContain(file);
    expect((err as WorkbookError).message).not.toMatch(/\n\s+at /);
    return err as WorkbookError;
  }

  it('says when the file is missing', async () => {
    const err = await failure('missing.xlsx', null);
    expect(err.code).toBe('not-found');
    expect(err.message).toMatch(/was not found\.$/);
  });

  it('says when the file is CSV or other plain text', async () => {
    const err = await failure('scorecard.csv', 'Indicator,Target,Q1\nAssessments,90,85\n');
    expect(err.code).toBe('not-xlsx');
    expect(err.message).toMatch(/is not an Excel workbook \(\.xlsx\): it is a plain text file \(perhaps CSV\)/);
  });

  it('says when the file is text saved as UTF-16 (Excel’s "Unicode text")', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Indicator\tTarget\r\n', 'utf16le')]);
    expect((await failure('unicode.txt', utf16)).message).toMatch(/it is a plain text file/);
  });

  it('says when the file is a PDF', async () => {
    expect((await failure('report.xlsx', '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj')).message).toMatch(
      /it is a PDF document/,
    );
  });

  it('says when the file is encrypted or an old .xls (a compound file container)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const err = await failure('locked.xlsx', cfb);
    expect(err.code).toBe('encrypted-or-xls');
    expect(err.message).toMatch(
      /is password-protected \(encrypted\) or an old \.xls file: open it in Excel and save it as an unprotected \.xlsx\.$/,
    );
  });

  it('says when the zip is damaged', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 1;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const err = await failure('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/is damaged and cannot be read/);
  });

  it('says when a zip holds no workbook (a Word document, say)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<document/>');
    const err = await failure('letter.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(err.code).toBe('not-xlsx');
  });

  it('says when the file is empty, and when the path is a folder', async () => {
    expect((await failure('empty.xlsx', Buffer.alloc(0))).code).toBe('empty');
    const folder = path.join(dir, 'folder.xlsx');
    await fs.mkdir(folder);
    expect((await failure('folder.xlsx', null)).code).toBe('not-a-file');
  });
});
