/**
 * A1 helpers the .xlsx adapter needs beyond `core/address`: whole ranges as exceljs and the file
 * format spell them, and sheet names as written in references.
 */
import { parseA1 } from '../core/address';

/** Zero-based inclusive bounds of a rectangular range. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "F5:G9", "$F$5:$G$9" or "F5" → zero-based bounds (corners in any order); null when malformed. */
export function parseRange(a1: string): Bounds | null {
  const [a, b, extra] = a1.split(':');
  if (extra !== undefined) return null;
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export { quoteSheet } from '../core/address';
