/// <reference types="office-js" />
import { createExcelHost, type ExcelHostOptions } from '../../src/excel/host';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

const hostFor = (excel: ReturnType<typeof fakeWith>, options: ExcelHostOptions = {}) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3), ...options });

const sheetNames = (excel: ReturnType<typeof fakeWith>) => excel.doc.sheets.map((s) => s.name);

describe('workbook protection in the fake, as documented', () => {
  it('reports the structure as protected once loaded and synced, and refuses a new sheet at sync', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.doc.structureProtected = true;
    await excel.run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      expect(() => protection.protected).toThrow(/not available/);
      await context.sync();
      expect(protection.protected).toBe(true);
      context.workbook.worksheets.add('Narrative');
      await expect(context.sync()).rejects.toEqual(expect.objectContaining({ code: 'AccessDenied' }));
    });
    expect(sheetNames(excel)).toEqual(['Scorecard']);
    excel.doc.structureProtected = false;
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Narrative');
      await context.sync();
    });
    expect(sheetNames(excel)).toEqual(['Scorecard', 'Narrative']);
  });
});

describe('a workbook whose structure is protected', () => {
  it('stops Draft narrative before any write, naming the command, and leaves Refresh RAG working', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.doc.structureProtected = true;
    const before = excel.snapshot();
    const host = hostFor(excel);
    await expect(host.draftNarrative()).rejects.toThrow(
      "The workbook's structure is protected, so Draft narrative cannot add the sheet 'Narrative'; nothing was changed. " +
        'Unprotect the workbook (Review › Protect Workbook) and try again. Refresh RAG adds no sheet, so it still works.',
    );
    expect(excel.snapshot()).toBe(before);
    expect((await host.refreshRag()).message).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
  });

  it('stops Insert in workbook the same way when it would add the sheet', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.doc.structureProtected = true;
    const before = excel.snapshot();
    await expect(hostFor(excel).insertNarrative!('Our own words.')).rejects.toThrow(
      /^The workbook's structure is protected, so Insert in workbook cannot add the sheet 'Narrative'; nothing was changed\./,
    );
    expect(excel.snapshot()).toBe(before);
  });

  it('still rewrites a Narrative sheet that is already there: that changes no sheet, which protection allows', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.draftNarrative();
    excel.doc.structureProtected = true;
    expect(await host.insertNarrative!('Our own words.')).toEqual({
      message: "Your edited narrative is on the sheet 'Narrative'.",
    });
    expect(sheetNames(excel)).toEqual(['Scorecard', 'Narrative']);
  });
});

describe('a command met while the officer edits a cell', () => {
  it('in the fake: a batch run with delayForCellEdit waits for the edit to end; one without fails', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.editMode = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('Plain');
        await context.sync();
      }),
    ).rejects.toEqual(expect.objectContaining({ code: 'InvalidOperationInCellEditMode' }));
    const waiting = excel.whenWaitingForEdit();
    const delayed = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.add('Delayed');
      await context.sync();
    });
    await waiting;
    expect(sheetNames(excel)).toEqual(['Scorecard']);
    excel.endCellEdit();
    await delayed;
    expect(sheetNames(excel)).toEqual(['Scorecard', 'Delayed']);
  });

  it('waits and then drafts, where this Excel can hold a command during an edit', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.editMode = true;
    const waiting = excel.whenWaitingForEdit();
    const drafted = hostFor(excel, { delayForCellEdit: () => true }).draftNarrative();
    await waiting;
    expect(sheetNames(excel)).toEqual(['Scorecard']);
    excel.endCellEdit();
    const result = await drafted;
    expect('text' in result && result.text).toMatch(/^Performance summary: Q2 2021\/22/);
    expect(sheetNames(excel)).toEqual(['Scorecard', 'Narrative']);
  });

  it('asks the officer to finish editing where it cannot, and changes nothing', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.editMode = true;
    const before = excel.snapshot();
    await expect(hostFor(excel, { delayForCellEdit: () => false }).refreshRag()).rejects.toThrow(
      'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was changed.',
    );
    expect(excel.snapshot()).toBe(before);
  });

  it('asks Excel to hold its commands only where ExcelApi 1.11 is supported', async () => {
    const asked: boolean[] = [];
    const excel = fakeWith([SMALL_GRID]);
    const run = ((first: unknown, second?: unknown) => {
      asked.push(typeof first === 'object' && (first as Excel.RunOptions).delayForCellEdit === true);
      return second ? excel.run(first as Excel.RunOptions, second as never) : excel.run(first as never);
    }) as typeof excel.run;
    for (const newest of ['1.11', '1.10']) {
      const supported = (set: string, version: string) =>
        set === 'ExcelApi' && Number(version.split('.')[1]) <= Number(newest.split('.')[1]);
      (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: supported } } };
      try {
        await createExcelHost({ run, rangeAreas: () => true }).review!();
      } finally {
        delete (globalThis as Record<string, unknown>).Office;
      }
    }
    expect(asked).toEqual([true, false]);
  });
});
