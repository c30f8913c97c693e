import type { RawValue, SheetGrid } from '../values/types';

/** Reading a {@link SheetGrid} safely: ragged rows and missing formats read as blank. */

/** Zero-based inclusive rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The value at a cell, or null when the grid has nothing there. */
export function cellValue(grid: SheetGrid, row: number, col: number): RawValue {
  return grid.values[row]?.[col] ?? null;
}

/** The number format at a cell, or null. */
export function cellFormat(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formats?.[row]?.[col] ?? null;
}

/** The number of columns of the widest row. */
export function gridWidth(grid: SheetGrid): number {
  return grid.values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** True when the cell lies inside one of the rectangles. */
export function inAny(rects: readonly Rect[], row: number, col: number): boolean {
  // A plain loop: this is asked for every cell a table search looks at.
  for (const r of rects) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  return false;
}

/**
 * The grid with the hidden rows that hold a value (`hiddenRows`, in order; see {@link SheetGrid}), or
 * the grid as it was when none does. Both hosts give the engine hidden rows this way, so that a
 * workbook gives the same grid read from its file as through Excel: a blank row hidden, as below a
 * filtered table, says nothing.
 */
export function withHiddenRows(grid: SheetGrid, hidden: Iterable<number>): SheetGrid {
  const rows: number[] = [];
  for (const r of hidden) if (grid.values[r]?.some((v) => v !== null && v !== '')) rows.push(r);
  if (rows.length === 0) return grid;
  rows.sort((a, b) => a - b);
  return { ...grid, hiddenRows: rows };
}
