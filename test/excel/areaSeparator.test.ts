/// <reference types="office-js" />
import { areaSeparator } from '../../src/excel/areaSeparator';
import { FakeExcel } from './fakeExcel';

describe('areaSeparator', () => {
  it.each([
    [',', 1],
    [';', 2],
  ] as const)('finds that getRanges takes "%s" here, in %i round trip(s)', async (separator, trips) => {
    const excel = new FakeExcel();
    excel.addSheet('Data', { values: [[1]] });
    excel.doc.listSeparator = separator;
    const found = await excel.run((context) => areaSeparator(context, context.workbook.worksheets.getItem('Data')));
    expect([found, excel.roundTrips]).toEqual([separator, trips]);
  });

  it('passes on a failure that is not about the address, such as a cell being edited', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data', { values: [[1]] });
    excel.editMode = true;
    await expect(
      excel.run((context) => areaSeparator(context, context.workbook.worksheets.getItem('Data'))),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});
