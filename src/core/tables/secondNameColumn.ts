import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { cellValue } from './gridAccess';
import type { HeaderCell } from './headerRow';
import { displayText, headerKey } from './headerText';
import type { ColumnInfo } from './types';

/** How far down two columns are compared: enough rows to be sure, few enough to stay cheap. */
export const ROWS_LOOKED_AT = 300;

/** The table's name column, and a second column whose header also means the name, left unread for it. */
export interface NameColumns {
  readonly name: ColumnInfo;
  /** The second column's header cell, and the column as read ('ignore'). */
  readonly other: HeaderCell;
  readonly column: ColumnInfo;
}

/**
 * The name column and a second column headed as the name ("KPI | Description", "Indicator |
 * Measure"), which `buildColumns` left unread (`duplicate-role`). Null when there is none, or the
 * configuration sets the second column.
 */
export function secondNameColumn(cells: readonly HeaderCell[], columns: readonly ColumnInfo[]): NameColumns | null {
  const name = columns.find((c) => c.role === 'name');
  if (!name) return null;
  const other = cells.find((c) => c.col !== name.col && !c.config && c.cls?.role === 'name');
  const column = other && columns.find((c) => c.col === other.col);
  return other && column?.role === 'ignore' ? { name, other, column } : null;
}

/** What a rule for a second name column looks at: the two columns, the table's columns and its rows' extent. */
export interface SecondNameArea {
  readonly grid: SheetGrid;
  readonly pair: NameColumns;
  readonly columns: readonly ColumnInfo[];
  readonly headerRow: number;
  readonly lastRow: number;
}

/** A rule's reading: the columns with the second given its role, and the note that says so. */
export interface SecondNameRead {
  readonly columns: ColumnInfo[];
  readonly note: Issue;
}

/**
 * True when `row` gives the two columns' headers again: the header of the next table down the sheet
 * ("PI | Description" under "Revenues", below the planning table), where this table's rows end.
 */
export function repeatsHeaders(area: SecondNameArea, row: number): boolean {
  const { grid, pair } = area;
  const same = (col: number, header: string) => {
    const v = cellValue(grid, row, col);
    return typeof v === 'string' && headerKey(displayText(v)) === headerKey(header);
  };
  return same(pair.name.col, pair.name.header) && same(pair.other.col, pair.column.header);
}
