/**
 * Table auto-expansion, as Excel documents it and applies it to API edits too: with AutoCorrect's
 * "Include new rows and columns in table" on (the default), typing into a cell of an empty column
 * next to a table makes the table take that column in
 * (https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange), and
 * AutoCorrect options apply to changes made through the API (OfficeDev/office-js issue 6745).
 * A table's header cells hold no formulas: the new column's header keeps the text it showed, or
 * is named "ColumnN" when it was empty. Only columns are modelled (see README.md).
 */
import type { Bounds } from '../../../src/core/address';
import { type SheetState, key } from './doc';

function filled(sheet: SheetState, row: number, col: number): boolean {
  const cell = sheet.cells.get(key(row, col));
  return !!cell && (cell.formula !== null || (cell.value !== null && cell.value !== ''));
}

/** The tables a write of `data` over `b` will expand: it puts something in the empty column just right of them. */
export function tablesToExpand(sheet: SheetState, b: Bounds, data: unknown[][]): SheetState['tables'] {
  return sheet.tables.filter(({ bounds: t }) => {
    const col = t.right + 1;
    if (col < b.left || col > b.right) return false;
    const writes = data.some((line, i) => {
      const row = b.top + i;
      const input = line[col - b.left];
      return row >= t.top && row <= t.bottom && input !== null && input !== undefined && input !== '';
    });
    if (!writes) return false;
    for (let row = t.top; row <= t.bottom; row++) if (filled(sheet, row, col)) return false;
    return true;
  });
}

/** Widens each table by the column right of it; its header cell becomes the text it shows (or "ColumnN"). */
export function expandTables(sheet: SheetState, tables: SheetState['tables']): void {
  for (const table of tables) {
    const t = table.bounds;
    const col = t.right + 1;
    table.bounds = { ...t, right: col };
    const header = sheet.cells.get(key(t.top, col));
    const shown = header?.value === null || header?.value === undefined ? '' : String(header.value);
    const name = shown === '' ? `Column${col - t.left + 1}` : shown;
    if (header) {
      header.formula = null;
      header.value = name;
    } else sheet.cells.set(key(t.top, col), { value: name, formula: null, format: 'General' });
  }
}
