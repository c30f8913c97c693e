/** Excel's limits that the annotation must keep, and the one way a long text is cut to keep them. */
import { MAX_COL, MAX_ROW } from '../address';
import { ScorecardError } from '../errors';

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;
/** The tallest a row can be, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Rows and columns on a sheet (one-based counts). */
export const SHEET_ROWS = MAX_ROW + 1;
export const SHEET_COLUMNS = MAX_COL + 1;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Refuses a sheet laid out down to `lastRow` (one-based) when that is past Excel's last row, with a
 * message naming the limit: Excel will not open a file with a row beyond it. `what` names the sheet.
 */
export function checkSheetRows(lastRow: number, what: string): void {
  if (lastRow <= SHEET_ROWS) return;
  throw new ScorecardError(
    'too-many-rows',
    `${what} would need ${grouped(lastRow)} rows, more than the ${grouped(SHEET_ROWS)} an Excel sheet can hold: draft it for fewer indicators at a time.`,
  );
}

/**
 * Text cut into pieces of at most `max` characters: at the end of a sentence or at "; " between
 * names when one falls in the second half of the piece, else at a space, else anywhere. Each piece
 * is trimmed at the cut. One piece for any usual line.
 */
export function splitText(text: string, max: number): string[] {
  if (max > MAX_CELL_CHARS || max < 1)
    throw new RangeError(`splitText: ${max} characters is not a piece an Excel cell can hold.`);
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
    cut = cut > max / 2 ? cut + 1 : head.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}
