import { toA1 } from '../address';
import { isUnitCellText } from '../values/units';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { cellValue } from './gridAccess';
import type { HeaderCell } from './headerRow';
import { displayText, isBlank } from './headerText';
import type { ColumnInfo } from './types';

/** How far down the column is looked at: enough rows to be sure, few enough to stay cheap. */
const ROWS_LOOKED_AT = 300;
/** The longest text taken for a unit: "Rate per 10,000 children" and no more. */
const LONGEST = 30;

/**
 * A second column headed as the indicators' name ("Indicator | Measure | Target", the council's
 * "Measure" being what each figure measures) that holds units: "%", "Number", "Days", "£k", "Rate
 * per 10,000". It is read as the unit column, where it would otherwise be left unread and the
 * figures printed without their units ("£1,530" for £1,530k). Null when the column is not so: every
 * filled cell short text, at least two, and at least half of them units the engine reads; nor when
 * the table has a unit column already, or the configuration sets the column.
 */
export function unitsBesideNames(
  grid: SheetGrid,
  cells: readonly HeaderCell[],
  columns: readonly ColumnInfo[],
  headerRow: number,
  lastRow: number,
): { columns: ColumnInfo[]; note: Issue } | null {
  const name = columns.find((c) => c.role === 'name');
  if (!name || columns.some((c) => c.role === 'unit')) return null;
  const other = cells.find((c) => c.col !== name.col && !c.config && c.cls?.role === 'name');
  const column = other && columns.find((c) => c.col === other.col);
  if (!other || column?.role !== 'ignore') return null;
  const shown: string[] = [];
  let known = 0;
  let blanks = 0;
  for (let row = headerRow + 1; row <= Math.min(lastRow, headerRow + ROWS_LOOKED_AT); row++) {
    const v = cellValue(grid, row, other.col);
    if (isBlank(v)) {
      if (isBlank(cellValue(grid, row, name.col)) && ++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (typeof v !== 'string') return null;
    const text = displayText(v);
    if (text.length > LONGEST || text.split(' ').length > 4) return null;
    if (isUnitCellText(text)) known++;
    shown.push(text);
  }
  if (shown.length < 2 || known * 2 < shown.length) return null;
  const units = [...new Set(shown)].slice(0, 4);
  const moved = columns.map((c): ColumnInfo =>
    c === column
      ? {
          col: c.col,
          header: c.header,
          source: c.source,
          role: 'unit',
          reason: `header '${c.header}' means the indicator name, but its cells hold units (${units.join(', ')}), and '${name.header}' holds the names`,
        }
      : c,
  );
  const cell = toA1(headerRow, other.col);
  const args = { sheet: grid.name, cell, header: other.display, units: units.join(', '), names: name.header };
  return { columns: moved, note: warning('units-beside-names', args, { sheet: grid.name, cell }) };
}
