import type { Bounds } from '../address';
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

/**
 * The grid with the merged areas (`merges`; see {@link SheetGrid}) whose top-left cell holds text,
 * or the grid as it was when none does. Both hosts give the engine merged areas this way.
 */
export function withMerges(grid: SheetGrid, areas: Iterable<Bounds>): SheetGrid {
  const kept: Bounds[] = [];
  for (const b of areas) {
    if (b.bottom === b.top && b.right === b.left) continue;
    const text = grid.values[b.top]?.[b.left];
    if (typeof text === 'string' && text.trim() !== '') kept.push(b);
  }
  if (kept.length === 0) return grid;
  kept.sort((a, b) => a.top - b.top || a.left - b.left);
  return { ...grid, merges: kept };
}

/** Merged areas by each row they cover, made once for a grid. */
const MERGES_BY_ROW = new WeakMap<SheetGrid, Map<number, Bounds[]>>();

/** The text of the merged area a cell lies in, other than its top-left cell (which holds it); null when none. */
export function mergedTextAt(grid: SheetGrid, row: number, col: number): string | null {
  const merges = grid.merges;
  if (!merges?.length) return null;
  let byRow = MERGES_BY_ROW.get(grid);
  if (!byRow) {
    byRow = new Map();
    for (const b of merges)
      for (let r = b.top; r <= b.bottom; r++) {
        const list = byRow.get(r);
        if (list) list.push(b);
        else byRow.set(r, [b]);
      }
    MERGES_BY_ROW.set(grid, byRow);
  }
  for (const b of byRow.get(row) ?? []) {
    if (col < b.left || col > b.right || (row === b.top && col === b.left)) continue;
    const text = grid.values[b.top]?.[b.left];
    return typeof text === 'string' ? text : null;
  }
  return null;
}
