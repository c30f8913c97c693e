import {
  SheetProtectedError,
  WorkbookProtectedError,
  WriteFailedError,
  describeExcelError,
  isPayloadError,
} from '../../src/excel/errors';
import { ConfigError } from '../../src/core/config/ConfigError';
import { NoIndicatorReadError, NoIndicatorTableError, ScorecardError } from '../../src/core/errors';
import { FakeOfficeError } from './fakeExcel';

const office = (code: string) => new FakeOfficeError(code, 'Range.values');

describe('describeExcelError', () => {
  it('explains a protected sheet or read-only workbook, naming the sheet when known', () => {
    expect(describeExcelError(new WriteFailedError(office('AccessDenied'), 'refresh', ['Scorecard']), 'refresh')).toBe(
      "Excel stopped partway through writing the RAG colours and labels. Excel did not allow the change: the sheet 'Scorecard' is protected or the workbook is open read-only. " +
        'Unprotect the sheet (Review › Unprotect Sheet) or open an editable copy, then run Refresh RAG again to finish.',
    );
    expect(new SheetProtectedError(['Scorecard', 'Education'], 'refresh').message).toBe(
      "The sheets 'Scorecard', 'Education' are protected, so the RAG colours and labels could not be written; nothing was changed. Unprotect them (Review › Unprotect Sheet) and try again.",
    );
  });

  it('tells the officer to leave cell-edit mode, and that nothing changed when the failure came before any write', () => {
    expect(describeExcelError(office('InvalidOperationInCellEditMode'), 'draft')).toBe(
      'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was changed.',
    );
  });

  // Every code of Excel.ErrorCodes and OfficeExtension.ErrorCodes the adapter's calls can meet, and the common
  // codes of the documentation's error table, each with the words that tell the officer what to do.
  it.each([
    ['AccessDenied', 'Unprotect the sheet (Review › Unprotect Sheet) or open an editable copy'],
    ['InvalidOperation', 'Unprotect it or open an editable copy'],
    ['InvalidOperationInCellEditMode', 'Press Enter or Esc to finish editing'],
    ['ItemNotFound', 'renamed or deleted'],
    ['InvalidReference', 'renamed or deleted'],
    ['InvalidObjectPath', 'renamed or deleted'],
    ['ItemAlreadyExists', 'A sheet or name Scorecard Narrator was adding already exists'],
    ['ResponsePayloadSizeLimitExceeded', 'too large for Excel on the web'],
    ['RequestPayloadSizeLimitExceeded', 'too large for Excel on the web'],
    ['RangeExceedsLimit', 'Ctrl+End finds the last cell'],
    ['OperationCellsExceedLimit', 'Ctrl+End finds the last cell'],
    ['Conflict', 'Someone else changed the workbook'],
    ['InsertDeleteConflict', 'Someone else changed the workbook'],
    ['FilteredRangeConflict', 'Clear it (Data › Clear)'],
    ['MergedRangeConflict', 'Unmerge the cells'],
    ['PivotTableRangeConflict', 'Move it away'],
    ['UnsupportedSheet', 'Name only worksheets in the settings'],
    ['InactiveWorkbook', 'Click in this workbook'],
    ['ApiNotFound', 'Update Office'],
    ['ApiNotAvailable', 'Update Office'],
    ['NotImplemented', 'Update Office'],
    ['UnsupportedOperation', 'Update Office'],
    ['UnsupportedFeature', 'Open it in the Excel desktop app'],
    ['FormulaLengthExceedsLimit', 'shorten the sheet names'],
    ['EmptyChartSeries', 'Check that Refresh RAG rates'],
    ['ActivityLimitReached', 'wait a minute'],
    ['MemoryLimitReached', 'Close other workbooks'],
    ['ServiceNotAvailable', 'Check the connection'],
    ['ConnectionFailure', 'Check the connection'],
    ['Unauthenticated', 'Reload the page and sign in'],
    ['RequestAborted', 'Excel cancelled the request'],
    ['GeneralException', 'Save the workbook, close it and open it again'],
    ['InvalidArgument', 'please report it'],
    ['PropertyNotLoaded', 'please report it'],
  ])('turns %s into one sentence a person can act on', (code, words) => {
    const text = describeExcelError(office(code), 'refresh');
    expect(text).toContain(words);
    expect(text).toMatch(/, then try again\. Nothing was changed\.$/);
    expect(text).not.toContain('Range.values');
    expect(text).not.toContain('Excel reported a problem');
  });

  it('names the code of one it does not know, rather than guessing what to do', () => {
    expect(describeExcelError(office('PowerQueryRefreshResourceChallenge'), 'draft')).toBe(
      'Excel reported a problem (PowerQueryRefreshResourceChallenge). If it keeps happening, save the workbook and reopen it, then try again. Nothing was changed.',
    );
  });

  it('says which command cannot add its sheet to a workbook whose structure is protected', () => {
    const error = new WorkbookProtectedError('Narrative', 'draft');
    expect(describeExcelError(error, 'draft')).toBe(
      "The workbook's structure is protected, so Draft narrative cannot add the sheet 'Narrative'; nothing was changed. " +
        'Unprotect the workbook (Review › Protect Workbook) and try again. Refresh RAG adds no sheet, so it still works.',
    );
    expect(new WorkbookProtectedError('Narrative', 'insert').message).toMatch(
      /^The workbook's structure is protected, so Insert in workbook cannot add/,
    );
    expect([error.code, error.sheet]).toEqual(['workbook-protected', 'Narrative']);
  });

  it('keeps the message of errors of our own, and never shows "[object Object]"', () => {
    expect(describeExcelError(new Error('No column for the period Q9.'), 'refresh')).toBe(
      'No column for the period Q9.',
    );
    expect(describeExcelError({}, 'draft')).toContain('the Narrative sheet could not be written');
  });

  it('shows the sentence of any error of the family as it stands, although each carries a code of its own', () => {
    const config = new ConfigError(['tolerance.value: must be a number of at least 0'], 'workbook settings');
    const noTable = new NoIndicatorTableError('this workbook', 'choose the column that holds the indicator names');
    const noIndicator = new NoIndicatorReadError(
      'this workbook',
      { sheet: 'KPIs', headerRow: 0, columns: [], rows: [] },
      "choose each column's role in the pane's list of tables",
    );
    const locked = new SheetProtectedError(['Scorecard'], 'refresh');
    for (const error of [config, noTable, noIndicator, locked]) {
      expect(error).toBeInstanceOf(ScorecardError);
      expect(describeExcelError(error, 'refresh')).toBe(error.message);
    }
    expect([config.code, noTable.code, noIndicator.code, locked.code]).toEqual([
      'config-invalid',
      'no-indicator-table',
      'no-indicator-read',
      'sheet-protected',
    ]);
    expect(noIndicator.sheet).toBe('KPIs');
    expect(noIndicator.message).toBe(
      "No indicator could be read in this workbook: the table with its header on row 1 of 'KPIs' has indicator names but no period or target columns with figures (e.g. 'Q2 2021/22' or 'Target'); choose each column's role in the pane's list of tables.",
    );
    expect(locked.sheet).toBe('Scorecard');
    expect(noTable.message).toMatch(
      /^No indicator table was found in this workbook, so nothing was changed\. A table needs a header row/,
    );
  });

  it('recognises the 5 MB refusals', () => {
    expect(isPayloadError(office('ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadError(office('AccessDenied'))).toBe(false);
    expect(isPayloadError(new Error('x'))).toBe(false);
  });
});
