/**
 * What the task pane and the ribbon commands ask of the workbook. The Office.js adapter
 * provides the real implementation; the pane and the commands receive it, never `Excel.*`.
 */
export interface HostApi {
  /** Rates every indicator red, amber or green; resolves to a one-line summary for the officer. */
  refreshRag(): Promise<{ message: string }>;
  /** Drafts the committee narrative from the scorecard; resolves to the draft text. */
  draftNarrative(): Promise<{ text: string }>;
}

/**
 * A host for when the workbook cannot be reached (for example, the page was opened outside
 * Excel): every call rejects with a message the officer can act on.
 */
export const unavailableHost: HostApi = {
  refreshRag: () => Promise.reject(new Error(notInExcel)),
  draftNarrative: () => Promise.reject(new Error(notInExcel)),
};

const notInExcel = 'Scorecard Narrator cannot reach the workbook. Open it from the Home tab in Excel.';

/**
 * The text to show an officer for something thrown by a host call. Errors keep their message;
 * anything else gets a general sentence rather than "[object Object]".
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong in Excel. Please try again; if it keeps happening, save the workbook and reopen it.';
}
