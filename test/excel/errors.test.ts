import { SheetProtectedError, WriteFailedError, describeExcelError, isPayloadError } from '../../src/excel/errors';
import { ConfigError } from '../../src/core/config/ConfigError';
import { NoIndicatorTableError, ScorecardError } from '../../src/core/errors';
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

  it.each([
    ['ItemNotFound', 'renamed or deleted'],
    ['ResponsePayloadSizeLimitExceeded', 'too large for Excel on the web'],
    ['RequestPayloadSizeLimitExceeded', 'too large for Excel on the web'],
    ['Conflict', 'Someone else changed the workbook'],
    ['InactiveWorkbook', 'Click in this workbook'],
    ['ApiNotFound', 'Update Office'],
    ['GeneralException', 'Excel reported a problem (GeneralException)'],
  ])('turns %s into one sentence a person can act on', (code, words) => {
    const text = describeExcelError(office(code), 'refresh');
    expect(text).toContain(words);
    expect(text).not.toContain('Range.values');
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
    const locked = new SheetProtectedError(['Scorecard'], 'refresh');
    for (const error of [config, noTable, locked]) {
      expect(error).toBeInstanceOf(ScorecardError);
      expect(describeExcelError(error, 'refresh')).toBe(error.message);
    }
    expect([config.code, noTable.code, locked.code]).toEqual([
      'config-invalid',
      'no-indicator-table',
      'sheet-protected',
    ]);
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
