/// <reference types="office-js" />
import { WriteFailedError } from '../../src/excel/errors';
import { WriteBatch } from '../../src/excel/writeBatch';
import { createExcelHost } from '../../src/excel/host';
import { FakeExcel, FakeOfficeError } from './fakeExcel';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

async function writeRows(excel: FakeExcel, rows: number, budget: number): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Scorecard');
    const batch = new WriteBatch(context, 'refresh', ['Scorecard'], budget);
    for (let r = 20; r < 20 + rows; r++) {
      await batch.room(100);
      sheet.getRange(`H${r}`).values = [[`row ${r}`]];
    }
    await batch.send();
  });
}

describe('WriteBatch', () => {
  it('sends everything in one round trip when it fits, and starts another only when it would not', async () => {
    const one = fakeWith([SMALL_GRID]);
    await writeRows(one, 10, 10_000);
    expect(one.roundTrips).toBe(1);
    const several = fakeWith([SMALL_GRID]);
    await writeRows(several, 10, 300);
    expect(several.roundTrips).toBe(4);
    expect(several.cell('Scorecard', 'H29')?.value).toBe('row 29');
  });

  it('passes on a refusal of the first batch as it is (nothing was written), and reports a later failure as partway', async () => {
    const refused = fakeWith([SMALL_GRID]);
    refused.editMode = true;
    await expect(writeRows(refused, 3, 10_000)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const later = fakeWith([SMALL_GRID]);
    let writes = 0;
    later.beforeCommand = (c) => {
      if (c.kind === 'write' && ++writes === 5) throw new FakeOfficeError('GeneralException', c.what);
    };
    await expect(writeRows(later, 10, 300)).rejects.toBeInstanceOf(WriteFailedError);
    expect(later.cell('Scorecard', 'H23')?.value).toBe('row 23');
  });

  it('tells the officer a workbook too large for Excel on the web was left unchanged', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.payloadLimit = 2_000;
    const before = excel.snapshot();
    await expect(createExcelHost({ run: excel.run, rangeAreas: () => true }).refreshRag()).rejects.toThrow(
      'The workbook is too large for Excel on the web to pass the RAG colours and labels in one go. Use the Excel desktop app, or name fewer sheets in the settings, then try again. Nothing was changed.',
    );
    expect(excel.snapshot()).toBe(before);
  });
});
