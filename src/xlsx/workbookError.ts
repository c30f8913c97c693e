import * as path from 'path';
import { ScorecardError } from '../core';

/** Why a workbook could not be read or written. */
export type WorkbookErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'special-file'
  | 'too-large'
  | 'unreadable'
  | 'empty'
  | 'not-xlsx'
  | 'encrypted-or-xls'
  | 'corrupt'
  | 'no-sheets'
  | 'same-file'
  | 'write-failed';

/**
 * A workbook that cannot be read or saved. `message` is one sentence naming the file, fit to show
 * a person as it stands; `code` is stable for callers that branch on the cause.
 */
export class WorkbookError extends ScorecardError<WorkbookErrorCode> {
  override readonly name = 'WorkbookError';

  constructor(
    code: WorkbookErrorCode,
    message: string,
    /** The file concerned, as the caller gave it. */
    readonly file: string,
  ) {
    super(code, message);
  }
}

/** The file name as shown in messages: the path as given, in quotes. */
const shown = (file: string) => `'${file}'`;

const MESSAGES: Record<WorkbookErrorCode, (file: string, detail?: string) => string> = {
  'not-found': (f) => `The workbook ${shown(f)} was not found.`,
  'not-a-file': (f) => `${shown(f)} is a folder, not a workbook file.`,
  'special-file': (f) =>
    `${shown(f)} is a device, pipe or socket, not a workbook file: give the path of an .xlsx file saved on disk.`,
  'too-large': (f, d) =>
    `The workbook ${shown(f)} is too large to read${d ? `: ${d}` : ''}. A scorecard is far smaller: check that this is the right file, or save a copy holding only the scorecard's sheets and run on that.`,
  unreadable: (f, d) => `The workbook ${shown(f)} could not be opened for reading${d ? ` (${d})` : ''}.`,
  empty: (f) => `The workbook ${shown(f)} is empty (0 bytes): it is not an Excel workbook.`,
  'not-xlsx': (f, d) => `${shown(f)} is not an Excel workbook (.xlsx)${d ? `: ${d}` : ''}.`,
  'encrypted-or-xls': (f) =>
    `${shown(f)} is password-protected (encrypted) or an old .xls file: open it in Excel and save it as an unprotected .xlsx.`,
  corrupt: (f, d) =>
    d
      ? `The workbook ${shown(f)} is damaged and cannot be read: ${d}. Open it in Excel to repair it, then save it again.`
      : `The workbook ${shown(f)} is damaged and cannot be read: open it in Excel to repair it, then save it again.`,
  'no-sheets': (f) => `The workbook ${shown(f)} has no worksheets.`,
  'same-file': (f) =>
    `The output ${shown(f)} is the input workbook itself: choose another file name, so that the original is never overwritten.`,
  'write-failed': (f, d) => `The annotated copy could not be saved as ${shown(f)}${d ? ` (${d})` : ''}.`,
};

/** Builds a {@link WorkbookError} with its standard sentence. */
export function workbookError(code: WorkbookErrorCode, file: string, detail?: string): WorkbookError {
  return new WorkbookError(code, MESSAGES[code](file, detail), file);
}

/** A short reason from a Node file-system error code, for the parenthesis in a message. */
export function fsReason(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return `the folder ${shown(path.dirname(file))} does not exist`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the location is read-only';
    case 'EISDIR':
      return 'that name is a folder';
    case 'EBUSY':
      return 'the file is in use, perhaps open in Excel';
    default:
      return code ? `system error ${code}` : 'unexpected error';
  }
}
