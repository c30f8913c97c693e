/**
 * Addresses as Office.js speaks them ("'Q2 data'!B3:H20", "Scorecard!F5") and the rectangles the
 * adapter works with: zero-based inclusive bounds, as in the engine.
 */
import { colToLetters, parseA1, rangeToA1 } from '../core/address';

/** Zero-based inclusive bounds of a rectangular range. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Splits an address at its last "!" into the sheet name (unquoted, `''` → `'`) and the range:
 * "'O''Neil data'!B3:H20" → { sheet: "O'Neil data", range: "B3:H20" }. No "!" → sheet "".
 */
export function splitAddress(address: string): { sheet: string; range: string } {
  const at = address.lastIndexOf('!');
  if (at < 0) return { sheet: '', range: address.trim() };
  const raw = address.slice(0, at).trim();
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, range: address.slice(at + 1).trim() };
}

/** "B3:H20", "$B$3:$H$20", "F5" or "Sheet1!B3:H20" → bounds (corners in any order); null when malformed. */
export function parseBounds(address: string): Bounds | null {
  const [a, b, extra] = splitAddress(address).range.split(':');
  if (extra !== undefined) return null;
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Bounds as an A1 range ("B3:H20"; one cell gives "F5"). */
export function boundsToA1(b: Bounds): string {
  return rangeToA1(b.top, b.left, b.bottom, b.right);
}

/** A whole-column-letter range from row `top` to `bottom` of column `col`: (4, 8, 5) → "F5:F9". */
export function columnSpan(col: number, top: number, bottom: number): string {
  const letters = colToLetters(col);
  return top === bottom ? `${letters}${top + 1}` : `${letters}${top + 1}:${letters}${bottom + 1}`;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Bounds, inner: Bounds): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}
