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
import { isPeriodWords } from '../periods/periodTokens';
import type { Period } from '../periods/types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { cellFormat, cellValue, gridWidth } from './gridAccess';
import { displayText, isBlank } from './headerText';
import type { ColumnInfo, TableRow } from './types';
import { isFiguresHeader } from './columnRoles';
import { parseNumber } from '../values/parseNumber';
import { parsePolarity } from '../values/polarity';
import { nameQualifiers, qualifiedName } from './nameQualifiers';

/** Roles a column of periods may have been given by its header ("Reporting period" reads as a frequency). */
const SPARE_ROLES = new Set<ColumnInfo['role']>(['ignore', 'frequency']);
/** The fewest period cells down a column taken as periods laid out in rows. */
const FEWEST = 2;
/** How many of the periods found a message names. */
const NAMED = 3;

/**
 * The period a cell gives, read as a header would be: text ("Q2 2024/25", "Sep-24"), or a date
 * under a header that says it is a period ("Month", "Quarter", "Period"): a date elsewhere may be
 * the day a figure was updated. With `years`, in a table's column so headed, a year alone ("2023",
 * as a public health profile gives a year of births beside "2023/24" for admissions) is that
 * calendar year.
 */
function periodAt(grid: SheetGrid, row: number, col: number, underPeriod: boolean, years = false): Period | null {
  const raw = cellValue(grid, row, col);
  if (typeof raw === 'number' && !underPeriod) return null;
  return parsePeriodHeader(raw, cellFormat(grid, row, col), years ? { calendarYears: true } : {});
}

/** The distinct labels of `periods`, in order, as a message names them ("Q1 2024/25, Q2 2024/25, …"). */
function named(periods: readonly Period[]): string {
  const labels = [...new Set(periods.map((p) => p.label))];
  return labels.slice(0, NAMED).join(', ') + (labels.length > NAMED ? ', …' : '');
}

const PERIOD_WORDS = /\b(?:period|quarter|qtr|month|year|date)\b/i;

/** A column of a table that gives a period on most of its rows, with the periods and the cells. */
interface RowPeriods {
  readonly column: ColumnInfo;
  readonly periods: readonly Period[];
  /** Every filled cell in the column is a period. */
  readonly all: boolean;
  /** The column's cells beside the table's rows, "B2:B5". */
  readonly range: string;
}

/**
 * The columns of a table whose cells give a period on two rows in three or more; none when the table
 * has a period column, unless `besidePeriods` (see {@link periodOfEveryRow}).
 */
function rowPeriodColumns(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
  besidePeriods = false,
): RowPeriods[] {
  if ((!besidePeriods && columns.some((c) => c.role === 'period')) || rows.length === 0) return [];
  const out: RowPeriods[] = [];
  for (const column of columns) {
    if (!SPARE_ROLES.has(column.role)) continue;
    const underPeriod = PERIOD_WORDS.test(column.header);
    const periods: Period[] = [];
    let filled = 0;
    for (const { row } of rows) {
      if (isBlank(cellValue(grid, row, column.col))) continue;
      filled++;
      const p = periodAt(grid, row, column.col, underPeriod, underPeriod);
      if (p) periods.push(p);
    }
    if (periods.length === 0 || periods.length * 3 < filled * 2) continue;
    const range = `${toA1(rows[0].row, column.col)}:${toA1(rows[rows.length - 1].row, column.col)}`;
    out.push({ column, periods, all: periods.length === filled, range });
  }
  return out;
}

/** True when an indicator's name is on more than one of the rows. */
export function namesRepeat(grid: SheetGrid, columns: readonly ColumnInfo[], rows: readonly TableRow[]): boolean {
  const nameCol = columns.find((c) => c.role === 'name')?.col;
  if (nameCol === undefined) return false;
  // Rows of one name told apart by another column ("Male", "Female" under "Sex") are indicators of their own.
  const apart = nameQualifiers(grid, columns, rows);
  const names = rows.map(({ row }) => qualifiedName(displayText(cellValue(grid, row, nameCol)), apart.get(row)));
  return new Set(names).size < names.length;
}

/** What {@link periodOfEveryRow} finds: the period, the column that gives it, and the column of figures it is for. */
export interface EveryRowPeriod {
  readonly period: Period;
  readonly from: { readonly header: string; readonly range: string };
  readonly figures: ColumnInfo;
  /** The rows that give an earlier period than `period` (a measure whose latest result is older), and theirs. */
  readonly own: readonly { readonly row: number; readonly period: Period }[];
  /**
   * Where every row gives a period, every row and its period, `period`'s rows too: each row's figure
   * is its latest, for a report on a later period (another table's) as much as for `period`.
   */
  readonly every: readonly { readonly row: number; readonly period: Period }[];
}

/**
 * For a table whose rows all give the same period in a column of their own ("Period": Q2 2024/25 on
 * each row; Northumberland's "Last Available Result": Nov 2024), an indicator to a row, beside one
 * column of figures headed only "Actual", "Current Performance" or the like: that period, for that
 * column, as a title naming it would give it. Where the rows give different periods (each measure's
 * latest result: Nov 2024 on one row, Oct 2024 or Q2 2024/25 on another), the latest of them, and
 * each earlier row keeps its own (`own`). Beside period columns ("2023/24 Performance"), only periods
 * later than all of theirs. Null otherwise (an indicator on several rows, one for each period).
 */
export function periodOfEveryRow(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
): EveryRowPeriod | null {
  // A column headed "Performance" that holds Red, Amber and Green (Northumberland's) is the sheet's rating, not figures.
  const figures = columns.filter(
    (c) =>
      c.role === 'ignore' && c.source === 'detected' && isFiguresHeader(c.header) && holdsFigures(grid, c.col, rows),
  );
  if (figures.length !== 1) return null;
  // One period (on every row that gives one), or a period on every row, each measure's own.
  const given = rowPeriodColumns(grid, columns, rows, true).filter(
    (g) => g.all && (g.periods.every((p) => p.label === g.periods[0].label) || g.periods.length === rows.length),
  );
  if (given.length !== 1 || namesRepeat(grid, columns, rows)) return null;
  const [{ column, periods, range }] = given;
  // Beside columns of earlier periods ("2023/24 Performance"), the rows' periods must come after them all.
  const latest = columns.reduce(
    (m, c) => (c.role === 'period' && c.period ? Math.max(m, c.period.sortKey) : m),
    -Infinity,
  );
  if (periods.some((p) => p.sortKey <= latest)) return null;
  // The latest period the rows give (the first row's of those that end together: "Q2 2024/25" and "Sep 2024").
  const period = periods.reduce((m, p) => (p.sortKey > m.sortKey ? p : m), periods[0]);
  const own =
    periods.length === rows.length
      ? rows.flatMap(({ row }, i) => (periods[i].label === period.label ? [] : [{ row, period: periods[i] }]))
      : [];
  const every = periods.length === rows.length ? rows.map(({ row }, i) => ({ row, period: periods[i] })) : [];
  return { period, from: { header: column.header, range }, figures: figures[0], own, every };
}

/** True when at least half of the rows hold a number in the column (or text that reads as one). */
export function holdsFigures(grid: SheetGrid, col: number, rows: readonly { readonly row: number }[]): boolean {
  let figures = 0;
  for (const { row } of rows) {
    const v = cellValue(grid, row, col);
    if (typeof v === 'number' || (typeof v === 'string' && parseNumber(v).value !== null)) figures++;
  }
  return figures * 2 >= rows.length;
}

/**
 * For a table read with no period column: the columns whose cells give a period on most rows. The
 * warning (`periods-in-rows`) says whether an indicator takes several rows, one for each period.
 */
export function periodsInRowsIssues(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
): Issue[] {
  const found = rowPeriodColumns(grid, columns, rows).filter((g) => g.periods.length >= FEWEST);
  // Names are compared only where there is something to say: every table read passes through here.
  if (found.length === 0) return [];
  const repeated = namesRepeat(grid, columns, rows);
  return found.map(({ column, periods, range }) => {
    const args = { sheet: grid.name, range, header: column.header, periods: named(periods), repeated };
    return warning('periods-in-rows', args, { sheet: grid.name, cell: range });
  });
}

/** How far down and across a sheet without a table the search for periods down a column goes. */
const SEARCH_ROWS = 60;
const SEARCH_COLS = 3;
/** The fewest period cells down a column, and indicator names across, taken as a table turned round. */
const FEWEST_DOWN = 3;
const FEWEST_ACROSS = 2;

/** True when `row` right of `from` names a period, with or without its year, in two cells or more. */
function hasPeriodWords(grid: SheetGrid, row: number, from: number, width: number): boolean {
  let n = 0;
  for (let c = from; c < width; c++) {
    const v = cellValue(grid, row, c);
    if (typeof v === 'string' && (parsePeriodHeader(v) || isPeriodWords(v))) n++;
  }
  return n >= 2;
}

/**
 * A sheet without a table, laid out the other way round: three or more periods down one of its
 * first columns, and above them a row naming two or more columns of figures (not periods: "Q1 | Q2"
 * over "2018/19", "Target", "2017/18" is a block of one indicator's figures). Null when it is not so.
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
        if (typeof v === 'string' && v.trim() !== '' && !parsePeriodHeader(v) && !isPeriodWords(v))
          names.push(displayText(v));
      }
      // A row of polarities ("Higher | Higher | Lower") under the names says how each is rated, not what it is.
      if (names.length >= FEWEST_ACROSS && names.every((n) => parsePolarity(n) !== null)) continue;
      // Periods across ("Q1 | Q2 | Q3 | Q4" over rows "2018/19", "Target", "2017/18") are no indicators to turn.
      if (names.length < FEWEST_ACROSS) {
        if (hasPeriodWords(grid, row, col + 1, width)) return null;
        continue;
      }
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
