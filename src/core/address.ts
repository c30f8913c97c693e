/**
 * A1 addresses. Inside the engine rows and columns are zero-based numbers; people (messages,
 * JSON, narrative citations) see A1 strings such as "F5".
 */

/** Excel's last column, XFD, zero-based. */
export const MAX_COL = 16383;
/** Excel's last row, 1048576, zero-based. */
export const MAX_ROW = 1048575;

function assertIndex(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} must be a whole number from 0 to ${max}; got ${value}.`);
  }
}

/** Columns A to ZZ: their letters are worked out once. */
const KEPT_COLUMNS = 702;
const LETTERS: string[] = [];

/**
 * Column letters for a zero-based column: 0 → "A", 25 → "Z", 26 → "AA".
 * @throws RangeError when `col` is not a whole number from 0 to 16383 (XFD).
 */
export function colToLetters(col: number): string {
  assertIndex(col, MAX_COL, 'Column');
  // Every cell address passes through here; a sheet's columns are few, so their letters are kept.
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (col < KEPT_COLUMNS) LETTERS[col] = letters;
  return letters;
}

/**
 * The zero-based column for column letters, in either case: "A" → 0, "aa" → 26.
 * Returns null when the text is not column letters or lies beyond XFD, so it can tell a
 * column letter from other text (a header, say) without throwing.
 */
export function lettersToCol(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= MAX_COL ? n - 1 : null;
}

/**
 * The A1 address of a zero-based cell: `toA1(4, 5)` → "F5".
 * @throws RangeError for a negative, fractional or out-of-sheet row or column.
 */
export function toA1(row: number, col: number): string {
  assertIndex(row, MAX_ROW, 'Row');
  return `${colToLetters(col)}${row + 1}`;
}

/**
 * The zero-based position of an A1 address: "F5" → `{ row: 4, col: 5 }`. Accepts "$F$5" and
 * lower case. Returns null when the text is not a single-cell address on the sheet.
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (!match) return null;
  const col = lettersToCol(match[1]);
  const row = Number(match[2]) - 1;
  if (col === null || row < 0 || row > MAX_ROW) return null;
  return { row, col };
}

/**
 * An A1 range from zero-based inclusive bounds: `rangeToA1(4, 5, 8, 5)` → "F5:F9".
 * A single cell gives its address alone ("F5").
 * @throws RangeError when a bound is out of the sheet or the range is inside out.
 */
export function rangeToA1(top: number, left: number, bottom: number, right: number): string {
  if (bottom < top || right < left) {
    throw new RangeError(`Range bounds are inside out: rows ${top}–${bottom}, columns ${left}–${right}.`);
  }
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

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

/**
 * Splits an address at its last "!" into the sheet name (unquoted, `''` → `'`) and the range, as
 * Office.js reports addresses: "'O''Neil data'!B3:H20" → { sheet: "O'Neil data", range: "B3:H20" }.
 * No "!" → sheet "".
 */
export function splitAddress(address: string): { sheet: string; range: string } {
  const at = address.lastIndexOf('!');
  if (at < 0) return { sheet: '', range: address.trim() };
  const raw = address.slice(0, at).trim();
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, range: address.slice(at + 1).trim() };
}

/** As {@link parseRange}, for an address that may name its sheet ("Sheet1!B3:H20"). */
export function parseBounds(address: string): Bounds | null {
  return parseRange(splitAddress(address).range);
}

/** Bounds as an A1 range ("B3:H20"; one cell gives "F5"). */
export function boundsToA1(b: Bounds): string {
  return rangeToA1(b.top, b.left, b.bottom, b.right);
}

/** The range of column `col` from row `top` to `bottom`: (5, 4, 8) → "F5:F9". */
export function columnSpan(col: number, top: number, bottom: number): string {
  const letters = colToLetters(col);
  return top === bottom ? `${letters}${top + 1}` : `${letters}${top + 1}:${letters}${bottom + 1}`;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right
  );
}

/** A sheet's name as a reference spells it: always quoted, a quote in it doubled ("'O''Neil data'"). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const stringLiteral = (text: string) => `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;

/**
 * A formula (without "=") that shows "Sheet!F5" and, chosen, selects that cell:
 * `HYPERLINK("#'Sheet'!F5","Sheet!F5")`. Excel and LibreOffice both follow such a link within the
 * workbook.
 */
export function cellLinkFormula(sheet: string, cell: string): string {
  return `HYPERLINK(${stringLiteral(`#${quoteSheet(sheet)}!${cell}`)},${stringLiteral(`${sheet}!${cell}`)})`;
}

/**
 * {@link cellLinkFormula} for the cells of one sheet: the sheet's part of the formula worked out once
 * (a Narrative sheet links some 200,000 cells of a few sheets). The same text, as a cell's
 * reference ("F5") holds no quote to double.
 */
export function cellLinksOf(sheet: string): (cell: string) => string {
  const before = `HYPERLINK(${stringLiteral(`#${quoteSheet(sheet)}!`).slice(0, -1)}`;
  const between = `",${stringLiteral(`${sheet}!`).slice(0, -1)}`;
  return (cell) => `${before}${cell}${between}${cell}")`;
}
