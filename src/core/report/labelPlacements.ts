import { RAG_MARKER, type LabelPlacement } from '../rating/formatPlan';
import type { RatedIndicator } from '../rating/types';
import type { DetectedTable } from '../tables/types';
import type { SheetGrid } from '../values/types';

function isEmpty(grid: SheetGrid, row: number, col: number): boolean {
  const v = grid.values[row]?.[col];
  return v === null || v === undefined || v === '';
}

function isOurs(grid: SheetGrid, row: number, col: number): boolean {
  return grid.formulas?.[row]?.[col]?.includes(RAG_MARKER) ?? false;
}

/**
 * Where each table's RAG label column goes: the column we wrote on an earlier run when there is
 * one (its header formula carries our marker), else the first column right of the table whose
 * header cell and indicator-row cells are all empty — never over a cell of the user's.
 */
export function labelPlacements(
  grids: readonly SheetGrid[],
  tables: readonly DetectedTable[],
  items: readonly RatedIndicator[],
): LabelPlacement[] {
  const out: LabelPlacement[] = [];
  for (const table of tables) {
    const grid = grids.find((g) => g.name === table.sheet);
    if (!grid) continue;
    const rows = new Set(
      items
        .filter(
          (i) => i.indicator.sheet === table.sheet && i.indicator.row >= table.top && i.indicator.row <= table.bottom,
        )
        .map((i) => i.indicator.row),
    );
    if (!rows.size) continue;
    const width = Math.max(table.right + 1, ...[table.headerRow, ...rows].map((r) => grid.values[r]?.length ?? 0));
    let col = -1;
    for (let c = table.left; c < width && col < 0; c++) if (isOurs(grid, table.headerRow, c)) col = c;
    if (col < 0) {
      col = table.right + 1;
      const free = (c: number) => [table.headerRow, ...rows].every((r) => isEmpty(grid, r, c) || isOurs(grid, r, c));
      while (!free(col)) col++;
    }
    out.push({ sheet: table.sheet, headerRow: table.headerRow, col, rows });
  }
  return out;
}
