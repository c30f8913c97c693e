/**
 * Office.js errors as one sentence an officer can act on. Office.js rejects `context.sync()` with
 * an `OfficeExtension.Error` whose `code` is one of `Excel.ErrorCodes` (or the common codes such
 * as "RequestPayloadSizeLimitExceeded"); the message Excel attaches is not meant for end users.
 */
import { ScorecardError } from '../core';

/** What the adapter was doing, for the wording. */
export type ExcelAction = 'refresh' | 'draft' | 'insert' | 'settings';

const WHAT: Record<ExcelAction, string> = {
  refresh: 'the RAG colours and labels',
  draft: 'the Narrative sheet',
  insert: 'the Narrative sheet',
  settings: 'the settings',
};
const COMMAND: Record<ExcelAction, string> = {
  refresh: 'Refresh RAG',
  draft: 'Draft narrative',
  insert: 'Insert',
  settings: 'Save',
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
      `${sheets.length === 1 ? `The sheet ${list} is` : `The sheets ${list} are`} protected, so ${WHAT[action]} could not be written; nothing was changed. ` +
        `Unprotect ${sheets.length === 1 ? 'it' : 'them'} (Review › Unprotect Sheet) and try again.`,
      sheets.length === 1 ? { sheet: sheets[0] } : {},
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

/** The reason, by code, without saying whether anything was written. */
function reason(code: string | null, action: ExcelAction, sheets: readonly string[]): string {
  switch (code) {
    case 'AccessDenied':
    case 'ReadOnly':
      return `Excel did not allow the change: ${sheetWords(sheets)} is protected or the workbook is open read-only. Unprotect the sheet (Review › Unprotect Sheet) or open an editable copy`;
    case 'InvalidOperationInCellEditMode':
      return 'Excel is still editing a cell. Press Enter or Esc to finish editing';
    case 'ItemNotFound':
    case 'InvalidReference':
      return 'A sheet or range changed while Scorecard Narrator was working (perhaps it was renamed or deleted)';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return `The workbook is too large for Excel on the web to pass ${WHAT[action]} in one go. Use the Excel desktop app, or name fewer sheets in the settings`;
    case 'Conflict':
    case 'InsertDeleteConflict':
      return 'Someone else changed the workbook at the same moment';
    case 'InactiveWorkbook':
      return 'Another workbook took the focus while Scorecard Narrator was working. Click in this workbook';
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
    case 'UnsupportedFeature':
      return 'This version of Excel lacks a feature Scorecard Narrator needs. Update Office, or use Excel on the web';
    case 'FormulaLengthExceedsLimit':
      return 'A RAG formula is longer than Excel allows; shorten the sheet names or split the table';
    case 'RequestAborted':
      return 'Excel cancelled the request';
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
    return `Excel stopped partway through writing ${WHAT[action]}. ${reason(errorCode(error.cause), action, error.sheets)}, then run ${COMMAND[action]} again to finish.`;
  }
  if (error instanceof ScorecardError) return error.message;
  const code = errorCode(error);
  if (code === null) {
    if (error instanceof Error && error.message.trim() !== '') return error.message;
    return `Something went wrong in Excel: ${WHAT[action]} could not be written. Try again; if it keeps happening, save the workbook and reopen it.`;
  }
  return `${reason(code, action, [])}, then try again. Nothing was changed.`;
}
