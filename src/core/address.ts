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
