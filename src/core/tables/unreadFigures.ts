/**
 * Columns of figures that a table read leaves out because their headers mean nothing the engine
 * knows ("Year" beside Q1 to Q4, "Quarter 1 Performance against target", "Forecast 2024/25"). Most
 * are rightly left out, but the officer cannot tell from the report which, so each is named once,
 * with how to have it read if it holds a period's figures.
 */
import { toA1 } from '../address';
import { isDateFormat } from '../values/numberFormat';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { cellFormat, cellValue } from './gridAccess';
import type { HeaderCell } from './headerRow';
import type { ColumnInfo, TableRow } from './types';

/**
 * For a table that reads figures (it has a period column): its columns headed with text that means
 * nothing known, neither configured nor already warned about (`skip`), whose cells hold a number
 * that is not a date on at least half of the table's rows.
 */
export function unreadFiguresIssues(
  grid: SheetGrid,
  cells: readonly HeaderCell[],
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
  headerRow: number,
  skip: ReadonlySet<string>,
): Issue[] {
  if (rows.length === 0 || !columns.some((c) => c.role === 'period')) return [];
  const issues: Issue[] = [];
  for (const cell of cells) {
    if (cell.cls || cell.config || cell.display === '') continue;
    const at = toA1(headerRow, cell.col);
    if (skip.has(at)) continue;
    let figures = 0;
    for (const { row } of rows) {
      const v = cellValue(grid, row, cell.col);
      if (typeof v === 'number' && !isDateFormat(cellFormat(grid, row, cell.col))) figures++;
    }
    if (figures === 0 || figures * 2 < rows.length) continue;
    const range = `${toA1(rows[0].row, cell.col)}:${toA1(rows[rows.length - 1].row, cell.col)}`;
    const args = { sheet: grid.name, cell: at, header: cell.display, range };
    issues.push(warning('figures-header-unknown', args, { sheet: grid.name, cell: at }));
  }
  return issues;
}
