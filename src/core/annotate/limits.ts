/** Excel's limits that the annotation must keep, and the one way a long text is cut to keep them. */
import { MAX_COL, MAX_ROW } from '../address';

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;
/** The tallest a row can be, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Rows and columns on a sheet (one-based counts). */
export const SHEET_ROWS = MAX_ROW + 1;
export const SHEET_COLUMNS = MAX_COL + 1;

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
