/**
 * Periods laid out down the rows rather than across the header. Indicators are read one to a row,
 * with a column headed with each period; a sheet laid out otherwise gives nothing to rate, and the
 * officer is told what the engine saw and how to lay it out, naming the cells:
 *
 * - a table whose figures' period is given on each row, in a column of its own ("Latest period":
 *   Q2 2024/25, September 2024, 2023/24), or whose indicators each take a row for every period (as
 *   a system's export often does: "Indicator | Period | Actual | Target");
 * - a sheet turned the other way: periods down a column and the indicators across a row above them
 *   (a tracker of months, with one column for each measure).
 */
import { colToLetters, toA1 } from '../address';
import { parsePeriodHeader } from '../periods/parsePeriod';
import type { Period } from '../periods/types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { cellFormat, cellValue, gridWidth } from './gridAccess';
import { displayText, isBlank } from './headerText';
import type { ColumnInfo, TableRow } from './types';

/** Roles a column of periods may have been given by its header ("Reporting period" reads as a frequency). */
const SPARE_ROLES = new Set<ColumnInfo['role']>(['ignore', 'frequency']);
/** The fewest period cells down a column taken as periods laid out in rows. */
const FEWEST = 2;
/** How many of the periods found a message names. */
const NAMED = 3;

/**
 * The period a cell gives, read as a header would be: text ("Q2 2024/25", "Sep-24"), or a date
 * under a header that says it is a period ("Month", "Quarter", "Period"): a date elsewhere may be
 * the day a figure was updated.
 */
function periodAt(grid: SheetGrid, row: number, col: number, datesArePeriods: boolean): Period | null {
  const raw = cellValue(grid, row, col);
  if (typeof raw === 'number' && !datesArePeriods) return null;
  return parsePeriodHeader(raw, cellFormat(grid, row, col));
}

/** The distinct labels of `periods`, in order, as a message names them ("Q1 2024/25, Q2 2024/25, …"). */
function named(periods: readonly Period[]): string {
  const labels = [...new Set(periods.map((p) => p.label))];
  return labels.slice(0, NAMED).join(', ') + (labels.length > NAMED ? ', …' : '');
}

const PERIOD_WORDS = /\b(?:period|quarter|qtr|month|year|date)\b/i;

/**
 * For a table read with no period column: the columns whose cells give a period on most rows. The
 * warning (`periods-in-rows`) says whether an indicator takes several rows, one for each period.
 */
export function periodsInRowsIssues(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
): Issue[] {
  if (columns.some((c) => c.role === 'period') || rows.length < FEWEST) return [];
  const nameCol = columns.find((c) => c.role === 'name')?.col;
  const issues: Issue[] = [];
  for (const column of columns) {
    if (!SPARE_ROLES.has(column.role)) continue;
    const datesArePeriods = PERIOD_WORDS.test(column.header);
    const periods: Period[] = [];
    let filled = 0;
    for (const { row } of rows) {
      if (isBlank(cellValue(grid, row, column.col))) continue;
      filled++;
      const p = periodAt(grid, row, column.col, datesArePeriods);
      if (p) periods.push(p);
    }
    if (periods.length < FEWEST || periods.length * 3 < filled * 2) continue;
    const names = nameCol === undefined ? [] : rows.map(({ row }) => displayText(cellValue(grid, row, nameCol)));
    const repeated = new Set(names).size < names.length;
    const range = `${toA1(rows[0].row, column.col)}:${toA1(rows[rows.length - 1].row, column.col)}`;
    const args = { sheet: grid.name, range, header: column.header, periods: named(periods), repeated };
    issues.push(warning('periods-in-rows', args, { sheet: grid.name, cell: range }));
  }
  return issues;
}

/** How far down and across a sheet without a table the search for periods down a column goes. */
const SEARCH_ROWS = 60;
const SEARCH_COLS = 3;
/** The fewest period cells down a column, and indicator names across, taken as a table turned round. */
const FEWEST_DOWN = 3;
const FEWEST_ACROSS = 2;

/**
 * A sheet without a table, laid out the other way round: three or more periods down one of its
 * first columns, and above them a row naming two or more columns of figures. Null when it is not so.
 */
export function transposedTableIssue(grid: SheetGrid): Issue | null {
  const width = gridWidth(grid);
  const rows = Math.min(grid.values.length, SEARCH_ROWS);
  for (let col = 0; col < Math.min(width, SEARCH_COLS); col++) {
    const at: { row: number; period: Period }[] = [];
    for (let row = 0; row < rows; row++) {
      const period = periodAt(grid, row, col, true);
      if (period) at.push({ row, period });
    }
    if (at.length < FEWEST_DOWN) continue;
    // The row that names the columns: the nearest above the first period with text in two columns or more to the right.
    for (let row = at[0].row - 1; row >= 0; row--) {
      const names: string[] = [];
      for (let c = col + 1; c < width; c++) {
        const v = cellValue(grid, row, c);
        if (typeof v === 'string' && v.trim() !== '' && !parsePeriodHeader(v)) names.push(displayText(v));
      }
      if (names.length < FEWEST_ACROSS) continue;
      const figures = at.some(({ row: r }) => {
        for (let c = col + 1; c < width; c++) if (typeof cellValue(grid, r, c) === 'number') return true;
        return false;
      });
      if (!figures) return null;
      const args = {
        sheet: grid.name,
        range: `${toA1(at[0].row, col)}:${toA1(at[at.length - 1].row, col)}`,
        column: colToLetters(col),
        periods: `${at[0].period.label} to ${at[at.length - 1].period.label}`,
        row: row + 1,
        names:
          names
            .slice(0, 2)
            .map((n) => `'${n}'`)
            .join(', ') + (names.length > 2 ? ', …' : ''),
      };
      return warning('table-transposed', args, { sheet: grid.name, cell: args.range });
    }
  }
  return null;
}
