/// <reference types="office-js" />
import { FakeExcel, FakeOfficeError } from './fakeExcel';

function excelWithData(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Data', { values: [[null], [null, 'Name', 'Value'], [null, 'a', 1]] });
  return excel;
}

describe('the Excel fake behaves like Office.js where the adapter relies on it', () => {
  it('throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced', async () => {
    const excel = excelWithData();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('B2:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Name', 'Value'],
        ['a', 1],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync, and counts each sync with commands as a round trip', async () => {
    const excel = excelWithData();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B3').values = [['b']];
      expect(excel.cell('Data', 'B3')?.value).toBe('a');
      await context.sync();
      expect(excel.cell('Data', 'B3')?.value).toBe('b');
      await context.sync();
    });
    expect(excel.roundTrips).toBe(1);
  });

  it('raises errors at sync, keeps what ran before the failing command, and delivers no loaded values', async () => {
    const excel = excelWithData();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B3').values = [['first']];
      const used = sheet.getUsedRangeOrNullObject(true).load('address');
      context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
      expect(excel.cell('Data', 'B3')?.value).toBe('first');
      expect(() => used.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it.each([',', ';'] as const)(
    'takes areas in getRanges joined by the list separator of the locale ("%s") only, as Excel on Windows does',
    async (separator) => {
      const excel = excelWithData();
      excel.doc.listSeparator = separator;
      const other = separator === ',' ? ';' : ',';
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        const areas = sheet.getRanges(`B2:C2${separator} C3`).load('areaCount');
        await context.sync();
        expect(areas.areaCount).toBe(2);
        sheet.getRanges(`B2:C2${other} C3`).load('areaCount');
        await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      });
    },
  );

  it('counts formatted empty cells in the used range unless valuesOnly is true, as documented', async () => {
    const excel = excelWithData();
    excel.setCell('Data', 'E9', null, { format: '0.0%' });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRangeOrNullObject(true).load('address');
      const band = sheet.getRange('A5:Z20').getUsedRangeOrNullObject(true).load('address');
      const formatted = sheet.getRange('A5:Z20').getUsedRangeOrNullObject().load('address');
      await context.sync();
      expect([all.address, values.address, formatted.address]).toEqual(['Data!B2:E9', 'Data!B2:C3', 'Data!E9']);
      expect(band.isNullObject).toBe(true);
    });
  });

  it('keeps conditional formats in priority order: added at the top, moved by priority', async () => {
    const excel = excelWithData();
    excel.addUserRule('Data', { formula: '=C3>0', ranges: ['C3'] });
    await excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('Data').getRange('C2:C3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=C2<0';
      await context.sync();
      expect(excel.rules('Data').map((r) => r.formula)).toEqual(['=C2<0', '=C3>0']);
      cf.priority = 99;
      await context.sync();
      expect(excel.rules('Data').map((r) => r.formula)).toEqual(['=C3>0', '=C2<0']);
      const formats = context.workbook.worksheets.getItem('Data').getRange().conditionalFormats.load('items/type');
      await context.sync();
      const ranges = formats.items.map((f) => f.getRange().load('address'));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(['Data!C3', 'Data!C2:C3']);
    });
  });

  it('refuses changes to a protected sheet, and a round trip over the size limit', async () => {
    const excel = excelWithData();
    excel.sheet('Data').isProtected = true;
    excel.payloadLimit = 10_000;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B3').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.getRange('A1:A2000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(excel.cell('Data', 'B3')?.value).toBe('a');
  });

  it('stores a string starting with "=" as a formula, unless the cell is formatted as text', async () => {
    const excel = excelWithData();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('D1:D2');
      range.numberFormat = [['General'], ['@']];
      range.values = [['=1+1'], ['=1+1']];
      await context.sync();
    });
    expect(excel.cell('Data', 'D1')).toMatchObject({ formula: '1+1' });
    expect(excel.cell('Data', 'D2')).toMatchObject({ formula: null, value: '=1+1' });
  });
});

describe('sheets, references and charts in the fake', () => {
  it('turns references to a deleted sheet into #REF!, leaving the same words in quotes alone', async () => {
    const excel = excelWithData();
    excel.addSheet('Narrative', { values: [['Drafted text']] });
    excel.setCell('Data', 'E1', 'Drafted text', { formula: 'Narrative!A1' });
    excel.setCell('Data', 'E2', 'Narrative!A1', { formula: 'HYPERLINK("#Narrative!A1","Narrative!A1")' });
    expect(excel.shown('Data', 'E1')).toBe('Drafted text');
    await excel.run(async (context) => context.workbook.worksheets.getItem('Narrative').delete());
    expect(excel.cell('Data', 'E1')).toMatchObject({ formula: '#REF!', value: { error: '#REF!' } });
    expect(excel.shown('Data', 'E1')).toEqual({ error: '#REF!' });
    expect(excel.cell('Data', 'E2')?.formula).toBe('HYPERLINK("#Narrative!A1","Narrative!A1")');
  });

  it('lists, finds, renames and deletes a sheet’s charts by name', async () => {
    const excel = excelWithData();
    excel.addUserChart('Data', 'B2:C3');
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const ours = sheet.charts.add('ColumnClustered', sheet.getRange('B2:C3'), 'Columns');
      ours.name = 'Ours';
      const charts = sheet.charts.load('items/name');
      const missing = sheet.charts.getItemOrNullObject('None such');
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(['Chart 1', 'Ours']);
      expect(missing.isNullObject).toBe(true);
      sheet.charts.getItemOrNullObject('Ours').delete();
    });
    expect(excel.sheet('Data').charts.map((c) => c.name)).toEqual(['Chart 1']);
  });

  it('clears contents and formats but keeps column widths, and a later format replaces an earlier one', async () => {
    const excel = excelWithData();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B:B').format.columnWidth = 80;
      sheet.getRange('B2').format.font.bold = true;
      sheet.getRange('B2').format.font.bold = false;
      await context.sync();
      expect(excel.sheet('Data').formatCalls.map((c) => [c.path, c.value])).toEqual([
        ['columnWidth', 80],
        ['font.bold', false],
      ]);
      sheet.getRange().clear();
    });
    expect(excel.sheet('Data').cells.size).toBe(0);
    expect(excel.sheet('Data').formatCalls.map((c) => c.path)).toEqual(['columnWidth']);
  });
});
