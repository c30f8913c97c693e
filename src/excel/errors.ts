/**
 * Office.js errors as one sentence an officer can act on. Office.js rejects `context.sync()` with
 * an `OfficeExtension.Error` whose `code` is one of `Excel.ErrorCodes` (or the common codes such
 * as "RequestPayloadSizeLimitExceeded"); the message Excel attaches is not meant for end users.
 */
import { ScorecardError } from '../core';

/** What the adapter was doing, for the wording. */
export type ExcelAction = 'refresh' | 'draft' | 'insert' | 'settings' | 'clear';

const WHAT: Record<ExcelAction, string> = {
  refresh: 'the RAG colours and labels',
  draft: 'the Narrative sheet',
  insert: 'the Narrative sheet',
  settings: 'the settings',
  clear: 'what Scorecard Narrator wrote',
};
const COMMAND: Record<ExcelAction, string> = {
  refresh: 'Refresh RAG',
  draft: 'Draft narrative',
  insert: 'Insert in workbook',
  settings: 'Save',
  clear: 'Clear RAG',
};

/** The Office.js error code of a rejection (`error.code`), or null when it is not an Office error. */
export function errorCode(error: unknown): string | null {
  if (error instanceof ScorecardError) return null; // our own codes are not Office's
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** True when Excel on the web refused a round trip for its size (the 5 MB request/response limit). */
export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** Sheets that must be written to are protected: found before anything was written. */
export class SheetProtectedError extends ScorecardError<'sheet-protected'> {
  override readonly name = 'SheetProtectedError';
  constructor(
    readonly sheets: readonly string[],
    readonly action: ExcelAction,
  ) {
    const list = sheets.map((s) => `'${s}'`).join(', ');
    super(
      'sheet-protected',
      `${sheets.length === 1 ? `The sheet ${list} is` : `The sheets ${list} are`} protected, so ${WHAT[action]} could not be ${action === 'clear' ? 'removed' : 'written'}; nothing was changed. ` +
        `Unprotect ${sheets.length === 1 ? 'it' : 'them'} (Review › Unprotect Sheet) and try again.`,
      sheets.length === 1 ? { sheet: sheets[0] } : {},
    );
  }
}

/**
 * The workbook's structure is protected (Review › Protect Workbook), and the command must add a
 * sheet (or, for Clear RAG, delete one), which such a workbook refuses: found before anything was written.
 */
export class WorkbookProtectedError extends ScorecardError<'workbook-protected'> {
  override readonly name = 'WorkbookProtectedError';
  constructor(
    sheet: string,
    readonly action: ExcelAction,
  ) {
    const verb = action === 'clear' ? 'delete' : 'add';
    super(
      'workbook-protected',
      `The workbook's structure is protected, so ${COMMAND[action]} cannot ${verb} the sheet '${sheet}'; nothing was changed. ` +
        'Unprotect the workbook (Review › Protect Workbook) and try again.' +
        (action === 'clear' ? '' : ' Refresh RAG adds no sheet, so it still works.'),
      { sheet },
    );
  }
}

/** The batch of writes itself failed: Excel may have applied part of it. */
export class WriteFailedError extends ScorecardError<'write-failed'> {
  override readonly name = 'WriteFailedError';
  constructor(
    override readonly cause: unknown,
    readonly action: ExcelAction,
    readonly sheets: readonly string[],
  ) {
    super('write-failed', `Writing ${WHAT[action]} failed (${errorCode(cause) ?? 'unknown error'}).`);
  }
}

function sheetWords(sheets: readonly string[]): string {
  if (sheets.length === 0) return 'a sheet';
  return sheets.length === 1
    ? `the sheet '${sheets[0]}'`
    : `one of the sheets ${sheets.map((s) => `'${s}'`).join(', ')}`;
}

/**
 * The reason, by code, without saying whether anything was written: every code of
 * `Excel.ErrorCodes` and `OfficeExtension.ErrorCodes` that the adapter's calls can meet, and the
 * common ones of "Error handling with the application-specific JavaScript APIs"
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). One
 * wording per condition: codes that mean the same to the officer share it. Codes of APIs the
 * adapter never calls (bindings, data types, Power Query, linked workbooks, passwords, the ribbon)
 * fall to the general sentence, which still names the code.
 */
function reason(code: string | null, action: ExcelAction, sheets: readonly string[]): string {
  switch (code) {
    case 'AccessDenied':
    case 'ReadOnly':
      return `Excel did not allow the change: ${sheetWords(sheets)} is protected or the workbook is open read-only. Unprotect the sheet (Review › Unprotect Sheet) or open an editable copy`;
    case 'InvalidOperation':
      return 'Excel would not make this change to the workbook as it stands: it may be protected (Review › Protect Workbook), shared or open read-only. Unprotect it or open an editable copy';
    case 'InvalidOperationInCellEditMode':
      return 'Excel is still editing a cell. Press Enter or Esc to finish editing';
    case 'ItemNotFound':
    case 'InvalidReference':
    case 'InvalidObjectPath':
      return 'A sheet or range changed while Scorecard Narrator was working (perhaps it was renamed or deleted)';
    case 'ItemAlreadyExists':
      return 'A sheet or name Scorecard Narrator was adding already exists: it appeared while Scorecard Narrator was working (perhaps a co-author added it)';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return `The workbook is too large for Excel on the web to pass ${WHAT[action]} in one go. Use the Excel desktop app, or name fewer sheets in the settings`;
    case 'RangeExceedsLimit':
    case 'OperationCellsExceedLimit':
      return 'A sheet reaches further than Excel lets an add-in handle at once, usually because of a stray value far below or to the right of the table. Delete it (Ctrl+End finds the last cell)';
    case 'Conflict':
    case 'InsertDeleteConflict':
      return 'Someone else changed the workbook at the same moment';
    case 'FilteredRangeConflict':
      return 'A filter on the sheet is in the way. Clear it (Data › Clear)';
    case 'MergedRangeConflict':
      return 'Merged cells are in the way of the RAG labels or the Narrative sheet. Unmerge the cells just right of the table (Home › Merge & Center)';
    case 'PivotTableRangeConflict':
      return 'A PivotTable is in the way of the RAG labels. Move it away from the cells just right of the table';
    case 'UnsupportedSheet':
      return 'A sheet Scorecard Narrator was given is a chart or macro sheet, which add-ins cannot change. Name only worksheets in the settings';
    case 'InactiveWorkbook':
      return 'Another workbook took the focus while Scorecard Narrator was working. Click in this workbook';
    case 'ApiNotFound':
    case 'ApiNotAvailable':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return 'This version of Excel lacks a feature Scorecard Narrator needs. Update Office, or use Excel on the web';
    case 'UnsupportedFeature':
      return 'The workbook has a feature this Excel cannot change through an add-in. Open it in the Excel desktop app';
    case 'FormulaLengthExceedsLimit':
      return 'A RAG formula is longer than Excel allows; shorten the sheet names or split the table';
    case 'EmptyChartSeries':
      return "Excel could not draw the chart of RAG counts on the Narrative sheet because it had no figures. Check that Refresh RAG rates the scorecard's indicators";
    case 'ActivityLimitReached':
    case 'MemoryLimitReached':
      return 'Excel is short of resources for the moment. Close other workbooks, wait a minute';
    case 'ServiceNotAvailable':
    case 'ConnectionFailure':
      return 'Excel could not be reached (Excel on the web may have lost its connection). Check the connection, wait a moment';
    case 'Unauthenticated':
      return 'Excel on the web needs you to sign in again. Reload the page and sign in';
    case 'RequestAborted':
      return 'Excel cancelled the request';
    case 'GeneralException':
      return 'Excel hit an internal error (GeneralException). Save the workbook, close it and open it again';
    case 'InvalidArgument':
    case 'PropertyNotLoaded':
    case 'ValueNotLoaded':
    case 'InvalidRequestContext':
    case 'RunMustReturnPromise':
      return `Excel refused a request from Scorecard Narrator (${code}), which is a fault in Scorecard Narrator: please report it with the workbook. Save the workbook and reopen it`;
    default:
      return `Excel reported a problem (${code ?? 'no code'}). If it keeps happening, save the workbook and reopen it`;
  }
}

/**
 * One sentence for the task pane about an error from an adapter call. Office errors are explained
 * by code (naming the sheet where known) and say whether anything was written; errors of our own
 * ({@link ScorecardError}: a protected sheet found beforehand, a configuration problem, no
 * indicator table) keep their sentence.
 */
export function describeExcelError(error: unknown, action: ExcelAction): string {
  if (error instanceof WriteFailedError) {
    return `Excel stopped partway through ${action === 'clear' ? 'removing' : 'writing'} ${WHAT[action]}. ${reason(errorCode(error.cause), action, error.sheets)}, then run ${COMMAND[action]} again to finish.`;
  }
  if (error instanceof ScorecardError) return error.message;
  const code = errorCode(error);
  if (code === null) {
    if (error instanceof Error && error.message.trim() !== '') return error.message;
    return `Something went wrong in Excel: ${WHAT[action]} could not be ${action === 'clear' ? 'removed' : 'written'}. Try again; if it keeps happening, save the workbook and reopen it.`;
  }
  return `${reason(code, action, [])}, then try again. Nothing was changed.`;
}
